/**
 * Nhật ký: the append-only audit trail of every change, workflow step and sign-in, stored in the
 * same transaction as the change it records; an administrator page filters it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.chibo.audit;
