package vn.chibo.inspection;

import vn.chibo.support.PostgresIntegrationTest;

/** Inspections and remediation on PostgreSQL: BYTEA self-reports, literal-prefix scopes, the repeat query, documents. */
@PostgresIntegrationTest
class PostgresInspectionTest extends InspectionTest {
}
