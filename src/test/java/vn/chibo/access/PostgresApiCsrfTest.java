package vn.chibo.access;

import vn.chibo.support.PostgresIntegrationTest;

/** The same behaviour on a real PostgreSQL (atomic updates, ON CONFLICT, timestamps, the V17 migration). */
@PostgresIntegrationTest
class PostgresApiCsrfTest extends ApiCsrfTest {
}
