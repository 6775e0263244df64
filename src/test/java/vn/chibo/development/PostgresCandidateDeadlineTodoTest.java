package vn.chibo.development;

import vn.chibo.support.PostgresIntegrationTest;

/** The candidate deadline to-do query on a real PostgreSQL. */
@PostgresIntegrationTest
class PostgresCandidateDeadlineTodoTest extends CandidateDeadlineTodoTest {
}
