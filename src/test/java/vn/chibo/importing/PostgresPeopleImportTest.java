package vn.chibo.importing;

import vn.chibo.support.PostgresIntegrationTest;

/** The same imports on a real PostgreSQL: all-or-nothing commits and the commit lock between concurrent imports. */
@PostgresIntegrationTest
class PostgresPeopleImportTest extends PeopleImportTest {
}
