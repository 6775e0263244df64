/**
 * Thông báo: in-app notifications of the events that concern a person (invited to a meeting, materials posted, a step
 * returned with a reason, a decision about him or his organization, a remediation action assigned or overdue, an
 * inspection's findings notified), learnt from the owning modules' application events through Spring Modulith's event
 * publication registry, so that none is lost when the application stops mid-way; optionally e-mailed, by each person's
 * choice, when an SMTP server is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package vn.chibo.notification;
