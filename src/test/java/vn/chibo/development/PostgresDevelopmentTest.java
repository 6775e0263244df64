package vn.chibo.development;

import vn.chibo.support.PostgresIntegrationTest;

/** The party development pipeline on PostgreSQL: status changes through the people module, board counts, deadlines. */
@PostgresIntegrationTest
class PostgresDevelopmentTest extends DevelopmentTest {
}
