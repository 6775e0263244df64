package vn.chibo.meeting.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** The overview's SQL (month arithmetic, child of a path, filtered counts) gives the same figures on PostgreSQL. */
@PostgresIntegrationTest
class PostgresMeetingOverviewInSqlTest extends MeetingOverviewInSqlTest {
}
