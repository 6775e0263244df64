package vn.chibo.importing;

import vn.chibo.support.PostgresIntegrationTest;

/** The organizations' bulk path on a real PostgreSQL, where the ids come from the sequence before the rows go in. */
@PostgresIntegrationTest
class PostgresOrganizationsImportTest extends OrganizationsImportTest {
}
