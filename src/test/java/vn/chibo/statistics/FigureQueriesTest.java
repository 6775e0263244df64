package vn.chibo.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.organization.Subtree;

/**
 * Bucket and total logic on a small hand-checked tree: /1/ with children /1/2/ (and its child /1/2/5/) and /1/3/.
 * Rows: Ann mentors in /1/2/5/ and /1/3/, Bao in /1/2/, one row at the root itself, one outside (/9/), one out of period.
 */
class FigureQueriesTest {

    JdbcClient jdbc;
    FigureScope scope = new FigureScope(Subtree.of("/1/"), List.of("/1/2/", "/1/3/"), ReviewPeriod.ofYear(2024));

    @BeforeEach
    void tree() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:figures-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(source);
        jdbc.sql("create table t (id int, org_path varchar(40), person varchar(10), held_on date, score decimal(5, 2))").update();
        Object[][] rows = {
                {1, "/1/2/5/", "ann", "2024-03-01", "80.00"},
                {2, "/1/3/", "ann", "2024-05-01", "90.00"},
                {3, "/1/2/", "bao", "2024-06-01", "70.50"},
                {4, "/1/", "chi", "2024-07-01", null},
                {5, "/9/", "dan", "2024-07-01", "10.00"},
                {6, "/1/3/", "ann", "2023-12-31", "50.00"}};
        for (Object[] row : rows) {
            jdbc.sql("insert into t values (?, ?, ?, ?, ?)").params(row[0], row[1], row[2], LocalDate.parse((String) row[3]),
                    row[4] == null ? null : new BigDecimal((String) row[4])).update();
        }
    }

    @Test
    void additiveFiguresFillEachBucketTheOwnRowAndSumToTheTotal() {
        FigureSet set = new FigureSet();
        new FigureQueries(jdbc).sums(set, scope, "t.org_path", "from t where " + scope.within("t.org_path")
                + " and t.held_on between :from and :to", Map.of(), "held", "count(*)", "scoreSum", "sum(t.score)");
        assertThat(set.bucket("/1/2/")).containsEntry("held", 2L);
        assertThat(set.bucket("/1/3/")).containsEntry("held", 1L);
        assertThat(set.bucket("/1/")).containsEntry("held", 1L);
        assertThat(set.total()).containsEntry("held", 4L);
        assertThat((BigDecimal) set.total().get("scoreSum")).isEqualByComparingTo("240.50");
        assertThat((BigDecimal) set.bucket("/1/2/").get("scoreSum")).isEqualByComparingTo("150.50");
    }

    @Test
    void distinctCountsTakeTheirTotalFromTheirOwnQueryNotFromTheSumOfTheBuckets() {
        FigureSet set = new FigureSet();
        new FigureQueries(jdbc).distinct(set, scope, "t.org_path", "from t where " + scope.within("t.org_path")
                + " and t.held_on between :from and :to", Map.of(), "mentors", "t.person");
        assertThat(set.bucket("/1/2/")).containsEntry("mentors", 2L);
        assertThat(set.bucket("/1/3/")).containsEntry("mentors", 1L);
        assertThat(set.bucket("/1/")).containsEntry("mentors", 1L);
        assertThat(set.total()).containsEntry("mentors", 3L);
    }

    @Test
    void withoutBucketsEverythingIsTheTotal() {
        FigureSet set = new FigureSet();
        FigureScope totals = scope.totalsOnly();
        new FigureQueries(jdbc).distinct(set, totals, "t.org_path", "from t where " + totals.within("t.org_path"), Map.of(),
                "mentors", "t.person");
        new FigureQueries(jdbc).sums(set, totals, "t.org_path", "from t where " + totals.within("t.org_path"), Map.of(),
                "rows", "count(*)");
        assertThat(set.total()).containsEntry("mentors", 3L).containsEntry("rows", 5L);
    }

    @Test
    void sharesAndAveragesAreDerivedWithOneDecimalAndAbsentWithoutADenominator() {
        FigureSet set = new FigureSet().add("/1/2/", "good", 2L).add("/1/2/", "decided", 3L).add("/1/3/", "decided", 0L)
                .add("/1/2/", "sum", new BigDecimal("241")).add("/1/2/", "scored", 3L)
                .share("goodShare", "good", "decided").ratio("average", "sum", "scored");
        assertThat(set.total().get("goodShare")).isEqualTo(new BigDecimal("66.7"));
        assertThat(set.total().get("average")).isEqualTo(new BigDecimal("80.3"));
        assertThat(set.bucket("/1/3/")).doesNotContainKey("goodShare").containsEntry("good", 0L);
        assertThat(set.derivations()).containsEntry("goodShare", List.of("good", "decided", "share"));
        assertThat(FigureSet.percent(1, 8)).isEqualTo(new BigDecimal("12.5"));
        assertThat(FigureSet.percent(1, 0)).isNull();
    }

    @Test
    void theBucketExpressionNamesTheChildOrTheRootAndScopesRefuseForeignPaths() {
        assertThat(jdbc.sql("select " + scope.bucket("org_path") + " from t order by id").query(String.class).list())
                .containsExactly("/1/2/", "/1/3/", "/1/2/", "/1/", "/9/", "/1/3/");
        assertThat(scope.totalsOnly().bucket("x.p")).isEqualTo("cast('/1/' as varchar(400))");
        assertThatThrownBy(() -> new FigureScope(Subtree.of("/1/"), List.of("/9/"), ReviewPeriod.ofYear(2024)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FigureScope(Subtree.ALL, List.of(), ReviewPeriod.ofYear(2024)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
