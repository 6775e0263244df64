package vn.chibo.todo;

import vn.chibo.support.PostgresIntegrationTest;

/** The late cells' item and the overview it opens on a real PostgreSQL (lateral probes, V67's covering index). */
@PostgresIntegrationTest
class PostgresLateCellsTodoTest extends LateCellsTodoTest {
}
