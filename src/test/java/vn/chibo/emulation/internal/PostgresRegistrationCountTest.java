package vn.chibo.emulation.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** The registration counts' PL/pgSQL triggers keep the same counts as the rows on PostgreSQL. */
@PostgresIntegrationTest
class PostgresRegistrationCountTest extends RegistrationCountTest {
}
