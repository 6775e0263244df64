package vn.chibo.importing;

import vn.chibo.support.PostgresIntegrationTest;

/**
 * The mentoring register import on a real PostgreSQL: groups of three created through the mentoring module, past
 * assignments ended, the same file matched again, and a failure found in the last row at commit writes nothing.
 */
@PostgresIntegrationTest
class PostgresMentoringImportTest extends MentoringImportTest {
}
