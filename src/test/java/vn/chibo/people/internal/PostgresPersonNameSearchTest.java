package vn.chibo.people.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** The same on PostgreSQL: the names are kept by PL/pgSQL statement and row triggers there and matched by a trigram index. */
@PostgresIntegrationTest
class PostgresPersonNameSearchTest extends PersonNameSearchTest {
}
