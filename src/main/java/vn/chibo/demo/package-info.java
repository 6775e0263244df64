/**
 * Dữ liệu mẫu: a deterministic demo (fixed seed) of a synthetic military region shaped like the
 * seed articles — region committee, upper committees, grassroots and partial committees, cells,
 * members and masses with roles, and each module's records about them — plus one demo account per
 * role. Each module contributes its own part from its {@code demo} sub-package
 * ({@link vn.chibo.shared.demo.DemoContributor}); this module orders the contributors, runs them in
 * one transaction and creates the accounts. Runs only when {@code chibo.demo.enabled=true} and the
 * database is empty; never in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package vn.chibo.demo;
