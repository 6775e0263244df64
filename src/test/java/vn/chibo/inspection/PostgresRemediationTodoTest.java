package vn.chibo.inspection;

import vn.chibo.support.PostgresIntegrationTest;

/** The remediation to-do query on a real PostgreSQL. */
@PostgresIntegrationTest
class PostgresRemediationTodoTest extends RemediationTodoTest {
}
