package vn.chibo.development.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** The reach counts' PL/pgSQL triggers keep the same counts as the events on PostgreSQL. */
@PostgresIntegrationTest
class PostgresDevelopmentReachCountTest extends DevelopmentReachCountTest {
}
