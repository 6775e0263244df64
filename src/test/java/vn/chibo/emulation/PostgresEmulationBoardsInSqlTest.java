package vn.chibo.emulation;

import vn.chibo.support.PostgresIntegrationTest;

/** The boards' SQL (child of a path, depth by pattern, semi-join on the period's reviews) gives the same figures on PostgreSQL. */
@PostgresIntegrationTest
class PostgresEmulationBoardsInSqlTest extends EmulationBoardsInSqlTest {
}
