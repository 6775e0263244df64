/**
 * Tài khoản và phân quyền: accounts bound to a person, a role and an organization scope; login with
 * lockout, password change, security filter chains for pages and the API, first administrator.
 * Public API: {@link vn.chibo.access.AccountProvisioning}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package vn.chibo.access;
