/**
 * Shared kernel: Vietnamese text handling, the signed-in user and its scope, audit records,
 * web layout support and error types. Every module may use it; it depends on no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.chibo.shared;
