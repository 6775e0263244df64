package vn.chibo.notification;

import vn.chibo.support.PostgresIntegrationTest;

/** The recipients of each event kind on PostgreSQL, through the registry's PostgreSQL table. */
@PostgresIntegrationTest
class PostgresNotificationRecipientsTest extends NotificationRecipientsTest {
}
