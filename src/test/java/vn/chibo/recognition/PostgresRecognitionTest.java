package vn.chibo.recognition;

import vn.chibo.support.PostgresIntegrationTest;

/** The award and discipline registers on PostgreSQL: check constraints, literal-prefix scopes, accent-insensitive filters. */
@PostgresIntegrationTest
class PostgresRecognitionTest extends RecognitionTest {
}
