package vn.chibo.todo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** An officer is told how many cells of his subtree held no regular meeting last month, and sent to the overview. */
@IntegrationTest
@Transactional
class LateCellsTodoTest {

    @Autowired
    TodoList todos;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.chibo.meeting.internal.MeetingReports reports;
    @Autowired
    vn.chibo.organization.OrganizationDirectory organizations;

    List<TodoItem> items(String username) {
        return todos.itemsFor(demo.signIn(username)).stream().filter(i -> i.kind().equals("meeting.lateCells")).toList();
    }

    /**
     * Written apart from the application: the active cells founded before this month with no regular meeting held for
     * last month, dated within the overview's default period (the twelve months to this one).
     */
    long lateCells(YearMonth current) {
        return lateCells(demo.division(), current);
    }

    long lateCells(long scope, YearMonth current) {
        return jdbc.sql("""
                        select count(*) from organization o where o.type = 'CELL' and o.status = 'ACTIVE' and o.path like :p
                        and o.valid_from < :next and o.id not in (select m.organization_id from meeting m where m.kind = 'REGULAR'
                          and m.period = :period and m.meeting_date >= :from and m.meeting_date <= :to
                          and m.status in ('HELD', 'CLOSED'))""")
                .param("p", demo.pathOf(scope) + "%").param("next", current.atDay(1))
                .param("period", current.minusMonths(1).toString()).param("from", current.minusMonths(11).atDay(1))
                .param("to", current.atEndOfMonth()).query(Long.class).single();
    }

    /**
     * The sample cell's regular meeting of last month cancelled; the cell was founded in the middle of last month: it owed
     * that month's meeting, as the overview counts it. Returns last month.
     */
    YearMonth sampleCellFoundedLastMonthMissedIt() {
        YearMonth last = YearMonth.from(demo.today()).minusMonths(1);
        jdbc.sql("update meeting set status = 'CANCELLED' where organization_id = :o and kind = 'REGULAR' and meeting_date >= :first"
                        + " and meeting_date <= :last").param("o", demo.sampleCell()).param("first", last.atDay(1))
                .param("last", last.atEndOfMonth()).update();
        jdbc.sql("update organization set valid_from = :mid where id = :o").param("mid", last.atDay(15))
                .param("o", demo.sampleCell()).update();
        return last;
    }

    @Test
    void theDivisionOfficerSeesTheCellsThatMissedLastMonthsRegularMeeting() {
        YearMonth last = sampleCellFoundedLastMonthMissedIt();
        long late = lateCells(last.plusMonths(1));
        assertThat(late).isPositive();
        assertThat(reports.overview(organizations.find(demo.division()).orElseThrow(), last.minusMonths(10), last.plusMonths(1))
                .missedCount()).as("the overview the item opens").isEqualTo(late);
        assertThat(items("canbo.sudoan")).singleElement().satisfies(item -> {
            assertThat(item.args()).containsExactly(String.valueOf(late), String.format("%02d/%d", last.getMonthValue(), last.getYear()));
            assertThat(item.link()).isEqualTo("/meetings/overview?organizationId=" + demo.division());
        });
        assertThat(items("bithu")).isEmpty();
    }

    /**
     * The item counts the whole subtree's cells from its own kept counts, not its children's as the overview does: the
     * two agree for the region's and a division's officer, with a cell founded last month, a dissolved cell and a
     * committee that held meetings (which the overview takes off).
     */
    @Test
    void theItemsFigureIsTheOverviewsForEveryOfficerWithDissolvedCellsAndCommitteesMeetings() {
        YearMonth last = sampleCellFoundedLastMonthMissedIt();
        List<Long> held = jdbc.sql("select distinct m.organization_id from meeting m join organization o on o.id = m.organization_id"
                        + " where o.type = 'CELL' and o.id <> :o and o.path like :p and m.kind = 'REGULAR' and m.period = :period"
                        + " and m.status in ('HELD', 'CLOSED') order by m.organization_id limit 2")
                .param("o", demo.sampleCell()).param("p", demo.pathOf(demo.division()) + "%").param("period", last.toString())
                .query(Long.class).list();
        assertThat(held).hasSize(2);
        jdbc.sql("update organization set status = 'DISSOLVED' where id = :o").param("o", held.get(0)).update();
        // the second cell's regular meeting of last month recorded as its committee's instead: the cell is late, and the
        // committee's meeting is no cell's
        jdbc.sql("update meeting set organization_id = (select parent_id from organization where id = :o),"
                        + " org_path = (select p.path from organization p join organization c on c.parent_id = p.id where c.id = :o)"
                        + " where organization_id = :o and kind = 'REGULAR' and period = :period")
                .param("o", held.get(1)).param("period", last.toString()).update();
        for (String officer : List.of("canbo", "canbo.sudoan")) {
            long scope = demo.scopeOf(officer);
            long late = lateCells(scope, last.plusMonths(1));
            assertThat(reports.overview(organizations.find(scope).orElseThrow(), last.minusMonths(10), last.plusMonths(1))
                    .missedCount()).as("the overview of %s", officer).isEqualTo(late);
            assertThat(items(officer)).as(officer).singleElement()
                    .satisfies(item -> assertThat(item.args().get(0)).isEqualTo(String.valueOf(late)));
        }
    }
}
