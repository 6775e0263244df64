package vn.chibo.notification.internal;

import vn.chibo.support.PostgresIntegrationTest;

/** An incomplete publication is resubmitted on restart on PostgreSQL too. */
@PostgresIntegrationTest
class PostgresIncompletePublicationResubmittedTest extends IncompletePublicationResubmittedTest {
}
