package vn.chibo.safety;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.chibo.support.PostgresIntegrationTest;

/** The fuzz on PostgreSQL, where some input fails only there (NUL bytes in text, numeric overflow). */
@PostgresIntegrationTest
@TestPropertySource(properties = "chibo.test.context=fuzz")
@DirtiesContext
class PostgresFuzzTest extends FuzzTestBase {
}
