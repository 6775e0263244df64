package vn.chibo.importing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.statistics.ReviewFigures;
import vn.chibo.support.DemoFixture;

/** What every register import test works with: the API calls, the demo, the database and the review figures. */
abstract class RegisterImportCase {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReviewFigures reviews;
    ImportCalls calls;

    @BeforeEach
    void signedOut() {
        SecurityContextHolder.clearContext();
        calls = new ImportCalls(mvc, demo, jdbc);
    }
}
