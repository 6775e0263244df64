package vn.chibo.meeting;

import vn.chibo.support.PostgresIntegrationTest;

/**
 * The meeting tests on a real PostgreSQL: the V10 schema (bytea materials, "C" collation paths), row locks, grouped
 * facts and the indicator queries behave as on H2.
 */
@PostgresIntegrationTest
class PostgresMeetingsTest extends MeetingsTest {
}
