package vn.chibo.safety;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.chibo.support.IntegrationTest;

/** The fuzz on H2, in a context (and database) of its own: its writes must not disturb the shared test context. */
@IntegrationTest
@TestPropertySource(properties = "chibo.test.context=fuzz")
@DirtiesContext
class FuzzTest extends FuzzTestBase {
}
