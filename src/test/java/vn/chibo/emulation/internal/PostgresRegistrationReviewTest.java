package vn.chibo.emulation.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** The same on PostgreSQL: the marks are kept by a PL/pgSQL statement trigger with transition tables there. */
@PostgresIntegrationTest
class PostgresRegistrationReviewTest extends RegistrationReviewTest {
}
