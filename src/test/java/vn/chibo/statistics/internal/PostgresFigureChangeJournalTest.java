package vn.chibo.statistics.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** The journal's PL/pgSQL statement triggers name their tables, and the labelled rows of V58. */
@PostgresIntegrationTest
class PostgresFigureChangeJournalTest extends FigureChangeJournalTest {
}
