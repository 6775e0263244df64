package vn.chibo.classification.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** The kept group counts on PostgreSQL: kept there by a statement trigger with transition tables. */
@PostgresIntegrationTest
class PostgresClassificationCountsTest extends ClassificationCountsTest {
}
