package vn.chibo.classification;

import vn.chibo.support.PostgresIntegrationTest;

/** Classification rounds on PostgreSQL: batch-created entries, literal-prefix scopes, the decision lock. */
@PostgresIntegrationTest
class PostgresClassificationRoundsTest extends ClassificationRoundsTest {
}
