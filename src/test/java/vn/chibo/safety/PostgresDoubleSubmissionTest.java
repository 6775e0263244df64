package vn.chibo.safety;

import vn.chibo.support.PostgresIntegrationTest;

/** The same double submissions on PostgreSQL, where partial unique indexes back the checks. */
@PostgresIntegrationTest
class PostgresDoubleSubmissionTest extends DoubleSubmissionTest {
}
