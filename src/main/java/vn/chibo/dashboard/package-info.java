/** Tổng quan: the start page after sign-in, with the account's scope at a glance. */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package vn.chibo.dashboard;
