package vn.chibo.development.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** The deadlines' date ranges, counts and first lines give the same answer on PostgreSQL. */
@PostgresIntegrationTest
class PostgresDeadlinesInSqlTest extends DeadlinesInSqlTest {
}
