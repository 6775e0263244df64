package vn.chibo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewPeriod;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * An edit of a person or an organization that changes no column the figures read (a name, a phone number, a rank) is
 * not journaled (Flyway V68): the kept review stays exact and is served as it is, with the units' names of today. Every
 * column that is not watched is changed on every row of the region, and the kept answer must still equal a pass over
 * the rows; a change of any watched column makes it stale. Proves the watched lists of both databases' triggers.
 */
@IntegrationTest
@Transactional
class FigureChangesThatCountTest {

    @Autowired
    ReviewAnswers answers;
    @Autowired
    ReviewRefresher refresher;
    @Autowired
    ReviewFiguresService reviews;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    jakarta.persistence.EntityManager entities;

    ReviewPeriod period;
    OrganizationRef region;

    @BeforeEach
    void keepTheRegionsAnswer() {
        demo.signIn("canbo");
        int year = demo.today().getYear();
        period = ReviewPeriod.ofYears(year - 2, year);
        region = directory.find(demo.scopeOf("canbo")).orElseThrow();
        refresher.refresh(region, period);
        assertThat(fresh()).isTrue();
    }

    /** Brings the kept answer up to date and keeps it, as a stale read does (ReviewAnswerUpdateTest). */
    void keep() {
        ReviewAnswers.Found found = answers.find(region.id(), region.path(), period);
        answers.keep(region.id(), period, found.stamp(), demo.now(), refresher.upToDate(region, period, found));
    }

    boolean fresh() {
        return answers.find(region.id(), region.path(), period).fresh().isPresent();
    }

    /** Every column of the table, lower case, with its type. */
    Map<String, String> columns(String table) {
        Map<String, String> columns = new java.util.LinkedHashMap<>();
        jdbc.sql("select lower(column_name), lower(data_type) from information_schema.columns where lower(table_name) = :t")
                .param("t", table).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> columns.put(rs.getString(1), rs.getString(2)));
        return columns;
    }

    /**
     * An expression that changes the column's value on every row where it has one (a text keeps its distinct values
     * distinct, and an empty one stays empty: an identity number is unique), and gives a date to a row without one.
     */
    static String changed(String column, String type) {
        if (type.contains("char")) {
            return "case when " + column + " is null then null else concat(" + column + ", 'x') end";
        }
        if (type.equals("date")) {
            return "cast(coalesce(" + column + ", date '2000-01-01') + interval '1' day as date)";
        }
        if (type.contains("timestamp")) {
            return column + " + interval '1' day";
        }
        return column + " + 1";
    }

    @Test
    void editsOfTheColumnsNoFigureReadsLeaveTheKeptAnswerExactAndItShowsTodaysNames() {
        String under = region.path() + "%";
        for (String table : List.of("person", "organization")) {
            List<String> watched = FigureChangeTrigger.watched(table).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
            assertThat(watched).as(table).isNotEmpty();
            String path = table.equals("person") ? "org_path" : "path";
            columns(table).forEach((column, type) -> {
                if (watched.contains(column) || column.equals("id")) {
                    return;
                }
                String value = column.equals("organization_id") ? "(select min(o.id) from organization o where o.parent_id is null)"
                        : changed(column, type);
                int rows = jdbc.sql("update " + table + " set " + column + " = " + value + " where " + path + " like :p")
                        .param("p", under).update();
                assertThat(rows).as(table + "." + column).isPositive();
                assertThat(fresh()).as("the kept answer after every %s's %s changed", table, column).isTrue();
            });
        }
        entities.clear(); // a new request's persistence context: the organizations as the database has them
        Review served = reviews.review(region.id(), period);
        Review reference = reviews.reference(region.id(), period);
        ReviewAnswersTest.same("total", served.figures(), reference.figures());
        assertThat(served.organization()).isEqualTo(reference.organization());
        assertThat(served.rows()).extracting(Review.Row::organization)
                .as("today's names, in today's Vietnamese order").containsExactlyElementsOf(reference.rows().stream()
                        .map(Review.Row::organization).toList())
                .allMatch(unit -> unit.name().endsWith("x"));
        for (int i = 0; i < reference.rows().size(); i++) {
            ReviewAnswersTest.same("row " + i, served.rows().get(i).figures(), reference.rows().get(i).figures());
        }
    }

    /** The values of the watched columns that hold a Java enum's names. */
    static final Map<String, Enum<?>[]> NAMES = Map.of("party_status", vn.chibo.people.PartyStatus.values(),
            "status", vn.chibo.organization.OrganizationStatus.values(), "type", vn.chibo.organization.OrganizationType.values(),
            "category", vn.chibo.organization.OrganizationCategory.values());

    @Test
    void aChangeOfAnyWatchedColumnMakesTheKeptAnswerStale() {
        for (String table : List.of("person", "organization")) {
            String path = table.equals("person") ? "org_path" : "path";
            Map<String, String> types = columns(table);
            long id = jdbc.sql("select min(id) from " + table + " where " + path + " like :p").param("p", region.path() + "_%")
                    .query(Long.class).single();
            for (String upper : FigureChangeTrigger.watched(table)) {
                String column = upper.toLowerCase(Locale.ROOT);
                if (column.equals(path) || column.endsWith("_id") || column.equals("depth")) {
                    // the tree's columns change when a subtree moves, which ReviewAnswerUpdateTest follows
                    continue;
                }
                keep();
                assertThat(fresh()).as("kept again before %s.%s changes", table, column).isTrue();
                Enum<?>[] names = NAMES.get(column);
                String value = names == null ? changed(column, types.get(column))
                        : "case when " + column + " = '" + names[0].name() + "' then '" + names[1].name() + "' else '"
                                + names[0].name() + "' end";
                jdbc.sql("update " + table + " set " + column + " = " + value + " where id = :id").param("id", id).update();
                assertThat(fresh()).as("after %s.%s changed", table, column).isFalse();
            }
        }
    }
}
