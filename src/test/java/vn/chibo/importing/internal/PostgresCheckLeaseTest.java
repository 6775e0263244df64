package vn.chibo.importing.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** The check's lease on a real PostgreSQL: heartbeats compared as timestamps with time zone, the batch row locked. */
@PostgresIntegrationTest
class PostgresCheckLeaseTest extends CheckLeaseTest {
}
