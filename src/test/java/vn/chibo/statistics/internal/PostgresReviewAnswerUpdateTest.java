package vn.chibo.statistics.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** Kept answers brought up to date on PostgreSQL: its statement triggers name the changed table in the journal. */
@PostgresIntegrationTest
class PostgresReviewAnswerUpdateTest extends ReviewAnswerUpdateTest {
}
