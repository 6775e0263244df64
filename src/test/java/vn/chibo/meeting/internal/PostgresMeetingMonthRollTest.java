package vn.chibo.meeting.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** The monthly rollup kept by PostgreSQL's statement trigger (V47) equals the meetings, and the overview read from it too. */
@PostgresIntegrationTest
class PostgresMeetingMonthRollTest extends MeetingMonthRollTest {
}
