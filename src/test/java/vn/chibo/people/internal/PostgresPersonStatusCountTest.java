package vn.chibo.people.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** The same on PostgreSQL: the counts are kept by a PL/pgSQL row trigger there, and an import loads people by COPY. */
@PostgresIntegrationTest
class PostgresPersonStatusCountTest extends PersonStatusCountTest {
}
