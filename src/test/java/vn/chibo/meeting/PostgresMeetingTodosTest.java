package vn.chibo.meeting;

import vn.chibo.support.PostgresIntegrationTest;

/** The meeting to-do queries on a real PostgreSQL. */
@PostgresIntegrationTest
class PostgresMeetingTodosTest extends MeetingTodosTest {
}
