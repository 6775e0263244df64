package vn.chibo.mentoring.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** The same on PostgreSQL, where the counts are kept by PL/pgSQL row triggers. */
@PostgresIntegrationTest
class PostgresMentoringCountsTest extends MentoringCountsTest {
}
