package vn.chibo.access;

import vn.chibo.support.PostgresIntegrationTest;

/** The same on a real PostgreSQL. */
@PostgresIntegrationTest
class PostgresMovedSubtreeAccessTest extends MovedSubtreeAccessTest {
}
