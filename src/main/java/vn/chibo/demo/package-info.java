/**
 * Dữ liệu mẫu: a deterministic generator (fixed seed) of a synthetic military region shaped like
 * the seed articles — region committee, upper committees, grassroots and partial committees,
 * cells, members and masses with roles — plus one demo account per role. Runs only when
 * {@code chibo.demo.enabled=true} and the database is empty; never in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package vn.chibo.demo;
