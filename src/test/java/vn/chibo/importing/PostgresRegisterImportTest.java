package vn.chibo.importing;

import vn.chibo.support.PostgresIntegrationTest;

/**
 * The past classification import on a real PostgreSQL: its entries and closed rounds are written by SQL of its own,
 * refused for a year already decided, counted by the review figures, all or nothing.
 */
@PostgresIntegrationTest
class PostgresRegisterImportTest extends ClassificationImportTest {
}
