package vn.chibo.safety;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.chibo.support.EmbeddedPostgres;

/** The same double submissions on PostgreSQL, where partial unique indexes back the checks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = EmbeddedPostgres.class)
class PostgresDoubleSubmissionTest extends DoubleSubmissionTest {
}
