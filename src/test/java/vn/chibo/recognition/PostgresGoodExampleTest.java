package vn.chibo.recognition;

import vn.chibo.support.PostgresIntegrationTest;

/** Good examples on PostgreSQL: check constraint, literal-prefix scopes, accent-insensitive filters. */
@PostgresIntegrationTest
class PostgresGoodExampleTest extends GoodExampleTest {
}
