package vn.chibo.statistics.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** The watched columns of PostgreSQL's journal triggers (V68), as H2's. */
@PostgresIntegrationTest
class PostgresFigureChangesThatCountTest extends FigureChangesThatCountTest {
}
