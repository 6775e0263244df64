package vn.chibo.emulation;

import vn.chibo.support.PostgresIntegrationTest;

/** Evidence bytes in PostgreSQL (bytea) behave like in H2. */
@PostgresIntegrationTest
class PostgresEvidenceTest extends EvidenceTest {
}
