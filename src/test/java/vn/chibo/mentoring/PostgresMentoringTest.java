package vn.chibo.mentoring;

import vn.chibo.support.PostgresIntegrationTest;

/** The mentoring programme on PostgreSQL: literal-prefix scopes with the 'C' collation, grouped board counts, batch demo data. */
@PostgresIntegrationTest
class PostgresMentoringTest extends MentoringTest {
}
