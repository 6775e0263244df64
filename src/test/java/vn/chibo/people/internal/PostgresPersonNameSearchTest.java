package vn.chibo.people.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** The same on PostgreSQL: the names are kept by a PL/pgSQL statement trigger there and matched by a trigram index. */
@PostgresIntegrationTest
class PostgresPersonNameSearchTest extends PersonNameSearchTest {
}
