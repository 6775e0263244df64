package vn.chibo.organization;

import vn.chibo.support.PostgresIntegrationTest;

/** The same on PostgreSQL: the counts are kept by a PL/pgSQL statement trigger there, each statement's rows grouped. */
@PostgresIntegrationTest
class PostgresOrganizationSubtreeCountTest extends OrganizationSubtreeCountTest {
}
