package vn.chibo.access;

import vn.chibo.support.PostgresIntegrationTest;

/** The moved-tree scope matrix on a real PostgreSQL. */
@PostgresIntegrationTest
class PostgresMovedTreeScopeMatrixTest extends MovedTreeScopeMatrixTest {
}
