package vn.chibo.statistics;

import vn.chibo.support.PostgresIntegrationTest;

/** The review API, scope and locks on PostgreSQL (snapshot text, timestamps, problem details). */
@PostgresIntegrationTest
class PostgresReviewApiTest extends ReviewApiTest {
}
