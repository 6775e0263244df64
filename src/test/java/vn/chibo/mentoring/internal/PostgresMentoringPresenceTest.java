package vn.chibo.mentoring.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** The same on PostgreSQL, where the presence counts are kept by PL/pgSQL statement triggers with transition tables. */
@PostgresIntegrationTest
class PostgresMentoringPresenceTest extends MentoringPresenceTest {
}
