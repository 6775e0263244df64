package vn.chibo.recognition;

import vn.chibo.support.PostgresIntegrationTest;

/** Discipline facts in the classification on PostgreSQL. */
@PostgresIntegrationTest
class PostgresDisciplineClassificationTest extends DisciplineClassificationTest {
}
