package vn.chibo.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chibo.classification.internal.ClassificationService.Figures;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The round page's cards follow the organization chosen, and its lines by unit add up to them. */
@IntegrationTest
class RoundUnitsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    long lastYearRound() {
        return jdbc.sql("select id from classification_round where round_year = :y").param("y", demo.today().getYear() - 1)
                .query(Long.class).single();
    }

    @Test
    void theCardsCountOnlyTheChosenDivisionAndTheUnitLinesAddUpToThem() throws Exception {
        long round = lastYearRound();
        String division = demo.pathOf(demo.division());
        MvcResult page = mvc.perform(get("/classification/" + round).param("within", String.valueOf(demo.division()))
                .with(user(demo.user("canbo")))).andReturn();
        Map<String, Object> model = page.getModelAndView().getModel();
        Figures figures = (Figures) model.get("figures");
        for (String kind : List.of("ORGANIZATION", "MEMBER")) {
            long all = count(round, kind, division, "1 = 1");
            long good = count(round, kind, division, "decided_grade in ('EXCELLENT', 'GOOD')");
            long rated = count(round, kind, division, "status = 'DECIDED' and decided_grade <> 'EXEMPT'");
            assertThat(figures.get(kind, "ALL")).as(kind).isEqualTo(all);
            assertThat(figures.goodOrBetter(kind)).isEqualTo(good);
            assertThat(figures.rated(kind)).isEqualTo(rated);
            assertThat(all).isLessThan(count(round, kind, "/", "1 = 1"));
            List<?> units = (List<?>) model.get("units");
            long sum = units.stream().mapToLong(u -> ((vn.chibo.classification.internal.ClassificationService.UnitLine) u).figures()
                    .get(kind, "ALL")).sum();
            assertThat(sum).as("unit lines of " + kind).isEqualTo(all);
        }
        assertThat(page.getResponse().getContentAsString())
                .contains("Số liệu của " + jdbc.sql("select name from organization where id = :id")
                        .param("id", demo.division()).query(String.class).single())
                .contains("Theo đơn vị")
                .contains("Tốt trở lên: ");
    }

    @Test
    void aDivisionOfficerCannotLookInsideAnotherDivision() throws Exception {
        long other = jdbc.sql("select parent_id from organization where id = :id").param("id", demo.cellOutsideDivision())
                .query(Long.class).single();
        int status = mvc.perform(get("/classification/" + lastYearRound()).param("within", String.valueOf(other))
                .with(user(demo.user("canbo.sudoan")))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(404);
    }

    private long count(long round, String kind, String path, String condition) {
        return jdbc.sql("select count(*) from classification_entry where round_id = :r and subject_kind = :k and org_path like :p and "
                + condition).param("r", round).param("k", kind).param("p", path + "%").query(Long.class).single();
    }
}
