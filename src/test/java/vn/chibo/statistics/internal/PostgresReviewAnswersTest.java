package vn.chibo.statistics.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** Kept review answers on PostgreSQL: the journal is written by statement triggers with transition tables there. */
@PostgresIntegrationTest
class PostgresReviewAnswersTest extends ReviewAnswersTest {
}
