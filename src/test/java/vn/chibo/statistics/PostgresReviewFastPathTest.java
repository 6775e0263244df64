package vn.chibo.statistics;

import vn.chibo.support.PostgresIntegrationTest;

/** The fast path equals the reference on PostgreSQL (the parts table, year extraction, literal prefixes). */
@PostgresIntegrationTest
class PostgresReviewFastPathTest extends ReviewFastPathTest {
}
