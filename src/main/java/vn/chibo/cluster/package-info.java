/**
 * Several identical application nodes on one database: HTTP sessions in the database (Spring Session JDBC), scheduled
 * work that runs on one node only (ShedLock), and the optional read-only replica for boards and reports
 * ({@link vn.chibo.shared.replica.ReadsFromReplica}). It has no public API: other modules only mark their read-only
 * work. Events between modules are Spring Modulith's (its event publication registry keeps them across a node's stop).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster")
package vn.chibo.cluster;
