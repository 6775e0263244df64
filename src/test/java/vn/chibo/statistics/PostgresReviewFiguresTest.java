package vn.chibo.statistics;

import vn.chibo.support.PostgresIntegrationTest;

/** The review's figures against the raw counts on PostgreSQL (literal prefixes, 'C' collation, numeric sums). */
@PostgresIntegrationTest
class PostgresReviewFiguresTest extends ReviewFiguresTest {
}
