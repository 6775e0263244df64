package vn.chibo.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.chibo.emulation.internal.ProgrammeService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The emulation boards and the start page scope every query by subtree in SQL and join instead of
 * passing collected ids: no statement on programme subjects, registrations, reviews or assessments
 * binds more than a handful of parameters, however many the programme has (the PostgreSQL driver
 * refuses more than 65,535). A cell's page of members binds at most one page of ids; organizations
 * are looked up in chunks of at most 1,000.
 */
// Hibernate's statement inspector is BoundParameters in every test context (application-test.properties): idle until
// recorded here, and this class needs no context of its own
@IntegrationTest
class BoardBindParametersTest {

    private static final int HANDFUL = 5;

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    private List<Long> programmesOfThisYear() {
        return jdbc.sql("select id from programme where programme_year = :y order by id")
                .param("y", demo.today().getYear()).query(Long.class).list();
    }

    private List<String> statementsOf(RequestBuilder request) throws Exception {
        BoundParameters.record();
        try {
            mvc.perform(request).andExpect(status().isOk());
        } catch (Exception | AssertionError e) {
            BoundParameters.stop();
            throw e;
        }
        return BoundParameters.stop();
    }

    private static boolean readsEmulation(String sql) {
        String lower = sql.toLowerCase();
        return lower.contains("registration") || lower.contains("self_review") || lower.contains("assessment")
                || lower.contains("programme_subject");
    }

    private static void assertFewParameters(List<String> statements, int limitOnEmulation) {
        assertThat(statements).isNotEmpty();
        assertThat(statements).filteredOn(BoardBindParametersTest::readsEmulation)
                .allSatisfy(sql -> assertThat(BoundParameters.count(sql)).as(sql).isLessThanOrEqualTo(limitOnEmulation));
        assertThat(statements).allSatisfy(sql -> assertThat(BoundParameters.count(sql)).as(sql).isLessThanOrEqualTo(1000));
    }

    @Test
    void theOrganizationsBoardsBindOnlyAHandfulOfParametersForTheRegionOfficerAndTheSecretary() throws Exception {
        long members = demo.memberProgramme();
        List<Long> organizationProgrammes = programmesOfThisYear().stream().filter(id -> id != members).toList();
        assertThat(organizationProgrammes).isNotEmpty();
        for (long id : organizationProgrammes) {
            for (String account : List.of("canbo", "bithu")) {
                assertFewParameters(statementsOf(get("/programmes/" + id).with(user(demo.user(account)))), HANDFUL);
                assertFewParameters(statementsOf(get("/api/v1/programmes/" + id).with(user(demo.user(account)))), HANDFUL);
            }
        }
    }

    @Test
    void theMembersBoardBindsAHandfulAboveACellAndAtMostOnePageOfMembersInIt() throws Exception {
        long programme = demo.memberProgramme();
        assertFewParameters(statementsOf(get("/programmes/" + programme).with(user(demo.user("canbo")))), HANDFUL);
        long cell = demo.scopeOf("bithu");
        assertFewParameters(statementsOf(get("/programmes/" + programme).param("within", String.valueOf(cell))
                .with(user(demo.user("bithu")))), ProgrammeService.MEMBER_PAGE_SIZE + 2);
    }

    @Test
    void theStartPageBindsOnlyAHandfulOfParameters() throws Exception {
        for (String account : List.of("canbo", "bithu")) {
            assertFewParameters(statementsOf(get("/").with(user(demo.user(account)))), HANDFUL);
        }
    }
}
