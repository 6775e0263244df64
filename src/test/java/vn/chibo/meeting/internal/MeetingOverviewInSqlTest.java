package vn.chibo.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The meetings overview is computed in the database per sub-organization (issue 14: at national scale reading the
 * meeting rows into Java took 19 s). This test keeps the former Java calculation — every meeting row read, a
 * calendar per cell — as the reference and proves that the SQL gives the same figures, line by line, for the region,
 * a division and a cell, over the last twelve months, an earlier year and a period that reaches into the future.
 */
@IntegrationTest
@Transactional
class MeetingOverviewInSqlTest {

    @Autowired
    MeetingReports reports;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;

    @Test
    void theOverviewInSqlEqualsTheCalendarWorkedOutCellByCell() {
        YearMonth current = YearMonth.from(demo.today());
        List<YearMonth[]> periods = List.of(new YearMonth[] {current.minusMonths(11), current},
                new YearMonth[] {current.minusMonths(23), current.minusMonths(12)},
                new YearMonth[] {current.minusMonths(2), current.plusMonths(3)});
        for (long id : new long[] {demo.scopeOf("canbo"), demo.division(), demo.sampleCell()}) {
            OrganizationRef within = organizations.find(id).orElseThrow();
            for (YearMonth[] period : periods) {
                MeetingReports.Overview sql = reports.overview(within, period[0], period[1]);
                Map<Long, MeetingReports.Figures> expected = reference(within, period[0], period[1], current);
                assertThat(sql.lines()).as("lines of %s", within.name()).hasSize(expected.size());
                for (MeetingReports.Line line : sql.lines()) {
                    assertSame(line.figures(), expected.get(line.organization().id()), within.name() + " → " + line.organization().name());
                }
                MeetingReports.Figures total = new MeetingReports.Figures();
                expected.values().forEach(total::add);
                assertSame(sql.total(), total, within.name() + " total " + period[0] + "–" + period[1]);
                assertThat(sql.missedCount()).as("cells that missed last month").isEqualTo(missed.size());
                assertThat(sql.missedLastMonth()).extracting(OrganizationRef::id)
                        .containsExactlyElementsOf(missed.subList(0, Math.min(MeetingReports.MISSED_SHOWN, missed.size())));
                // the 20 latest flat meetings (which of those on the same day make the cut is unspecified)
                assertThat(sql.flatMeetings()).hasSize(Math.min(20, flat.size()));
                assertThat(sql.flatMeetings()).extracting(MeetingReports.FlatMeeting::meetingId).isSubsetOf(flat);
                assertThat(sql.flatMeetings()).extracting(MeetingReports.FlatMeeting::date)
                        .containsExactlyElementsOf(flatDates.subList(0, Math.min(20, flatDates.size())));
            }
        }
        assertThat(reports.overview(organizations.find(demo.scopeOf("canbo")).orElseThrow(), current.minusMonths(11), current)
                .total().held()).as("the demo has meetings to compare").isPositive();
    }

    /**
     * With many cells missing last month's meeting the overview counts them all (per line too) and names the first fifty
     * in tree order; the full list, page by page, is the old list.
     */
    @Test
    void cellsThatMissedLastMonthAreCountedInSqlAndListedPageByPageInTreeOrder() {
        YearMonth current = YearMonth.from(demo.today());
        jdbc.sql("update meeting set status = 'PLANNED' where kind = 'REGULAR' and period = :p and mod(organization_id, 3) <> 0")
                .param("p", current.minusMonths(1).toString()).update();
        int most = 0;
        for (long id : new long[] {demo.scopeOf("canbo"), demo.division()}) {
            OrganizationRef within = organizations.find(id).orElseThrow();
            YearMonth from = current.minusMonths(11);
            MeetingReports.Overview sql = reports.overview(within, from, current);
            Map<Long, MeetingReports.Figures> expected = reference(within, from, current, current);
            for (MeetingReports.Line line : sql.lines()) {
                assertSame(line.figures(), expected.get(line.organization().id()), within.name() + " → " + line.organization().name());
            }
            assertThat(sql.missedCount()).as("missed under %s", within.name()).isEqualTo(missed.size()).isPositive();
            assertThat(sql.missedLastMonth()).extracting(OrganizationRef::id)
                    .containsExactlyElementsOf(missed.subList(0, Math.min(MeetingReports.MISSED_SHOWN, missed.size())));
            List<Long> paged = new ArrayList<>();
            for (int page = 0; ; page++) {
                MeetingReports.MissedPage one = reports.missedLastMonth(within, from, current, page, 7);
                assertThat(one.total()).isEqualTo(missed.size());
                if (one.cells().isEmpty()) {
                    assertThat(page).isEqualTo(one.pages());
                    break;
                }
                one.cells().forEach(c -> paged.add(c.id()));
            }
            assertThat(paged).as("every page in tree order").containsExactlyElementsOf(missed);
            most = Math.max(most, missed.size());
        }
        assertThat(most).as("the region has more missed cells than the overview names").isGreaterThan(MeetingReports.MISSED_SHOWN);
    }

    private static void assertSame(MeetingReports.Figures actual, MeetingReports.Figures expected, String what) {
        assertThat(expected).as(what + " expected").isNotNull();
        assertThat(new long[] {actual.cells, actual.expectedMonths, actual.heldMonths, actual.expectedQuarters, actual.thematicQuarters,
                actual.held, actual.flat, actual.invited, actual.present, actual.speakers, actual.unexcused, actual.scored, actual.missed})
                .as(what).containsExactly(expected.cells, expected.expectedMonths, expected.heldMonths, expected.expectedQuarters,
                        expected.thematicQuarters, expected.held, expected.flat, expected.invited, expected.present, expected.speakers,
                        expected.unexcused, expected.scored, expected.missed);
        assertThat(actual.grades).as(what + " grades").containsExactly(expected.grades);
        assertThat(actual.scoreSum).as(what + " scores").isEqualByComparingTo(expected.scoreSum);
        Map<String, List<Long>> a = new TreeMap<>();
        actual.monthly.forEach((k, v) -> a.put(k, List.of(v[0], v[1], v[2])));
        Map<String, List<Long>> e = new TreeMap<>();
        expected.monthly.forEach((k, v) -> e.put(k, List.of(v[0], v[1], v[2])));
        assertThat(a).as(what + " months").isEqualTo(e);
    }

    private final List<Long> missed = new ArrayList<>();
    private final List<Long> flat = new ArrayList<>();
    private final List<LocalDate> flatDates = new ArrayList<>();

    /** The former calculation in Java (MeetingReports before issue 14), per direct sub-organization. */
    private Map<Long, MeetingReports.Figures> reference(OrganizationRef within, YearMonth from, YearMonth to, YearMonth current) {
        List<YearMonth> months = MeetingReports.months(from, to);
        List<OrganizationRef> cells = organizations.activeInSubtree(within.path(), EnumSet.of(OrganizationType.CELL));
        Map<Long, MeetingReports.Figures> byCell = new LinkedHashMap<>();
        Map<Long, Set<String>> heldPeriods = new HashMap<>();
        Map<Long, Set<String>> thematicQuarters = new HashMap<>();
        cells.forEach(c -> byCell.put(c.id(), new MeetingReports.Figures()));
        List<Object[]> flatRows = new ArrayList<>();
        jdbc.sql("select m.id, m.organization_id, m.kind, m.combined_thematic, m.period, m.meeting_date, m.official_count,"
                        + " m.probationary_count, m.present_count, m.speaker_count, m.unexcused_count, m.grade, m.score, m.flat"
                        + " from meeting m where m.org_path like :p and m.meeting_date >= :from and m.meeting_date <= :to"
                        + " and m.status in ('HELD', 'CLOSED') and m.kind <> 'COMMITTEE'")
                .param("p", within.path() + "%").param("from", from.atDay(1)).param("to", to.atEndOfMonth())
                .query(rs -> {
                    MeetingReports.Figures f = byCell.get(rs.getLong(2));
                    if (f == null) {
                        return;
                    }
                    String period = rs.getString(5);
                    f.held++;
                    if ("REGULAR".equals(rs.getString(3))) {
                        heldPeriods.computeIfAbsent(rs.getLong(2), k -> new HashSet<>()).add(period);
                    }
                    if ("THEMATIC".equals(rs.getString(3)) || rs.getBoolean(4)) {
                        YearMonth ym = YearMonth.parse(period);
                        thematicQuarters.computeIfAbsent(rs.getLong(2), k -> new HashSet<>()).add(ym.getYear() + "Q" + ((ym.getMonthValue() - 1) / 3));
                    }
                    long invited = rs.getLong(7) + rs.getLong(8);
                    f.invited += invited;
                    f.present += rs.getLong(9);
                    f.speakers += rs.getLong(10);
                    f.unexcused += rs.getLong(11);
                    long[] month = f.monthly.computeIfAbsent(period, k -> new long[3]);
                    month[0] += invited;
                    month[1] += rs.getLong(9);
                    month[2] += rs.getLong(10);
                    String grade = rs.getString(12);
                    if (grade != null && MeetingReports.GRADES.contains(grade)) {
                        f.grades[MeetingReports.GRADES.indexOf(grade)]++;
                    }
                    BigDecimal score = rs.getBigDecimal(13);
                    if (score != null) {
                        f.scoreSum = f.scoreSum.add(score);
                        f.scored++;
                    }
                    if (rs.getBoolean(14)) {
                        f.flat++;
                        flatRows.add(new Object[] {rs.getLong(1), rs.getObject(6, LocalDate.class)});
                    }
                });
        flat.clear();
        flatDates.clear();
        flatRows.stream().sorted((x, y) -> ((LocalDate) y[1]).compareTo((LocalDate) x[1])).forEach(r -> {
            flat.add((Long) r[0]);
            flatDates.add((LocalDate) r[1]);
        });
        missed.clear();
        YearMonth last = current.minusMonths(1);
        for (OrganizationRef cell : cells) {
            MeetingReports.Figures f = byCell.get(cell.id());
            f.cells = 1;
            YearMonth since = YearMonth.from(cell.validFrom());
            Set<String> held = heldPeriods.getOrDefault(cell.id(), Set.of());
            Set<String> quarters = new HashSet<>();
            for (YearMonth m : months) {
                if (m.isBefore(since) || m.isAfter(current) || (m.equals(current) && !held.contains(m.toString()))) {
                    continue;
                }
                f.expectedMonths++;
                if (held.contains(m.toString())) {
                    f.heldMonths++;
                }
                if (m.getMonthValue() % 3 == 0 && m.isBefore(current)) {
                    quarters.add(m.getYear() + "Q" + ((m.getMonthValue() - 1) / 3));
                }
            }
            f.expectedQuarters = quarters.size();
            Set<String> thematic = new HashSet<>(thematicQuarters.getOrDefault(cell.id(), Set.of()));
            thematic.retainAll(quarters);
            f.thematicQuarters = thematic.size();
            if (!last.isBefore(from) && !last.isAfter(to) && !last.isBefore(since) && !held.contains(last.toString())) {
                missed.add(cell.id());
                f.missed = 1;
            }
        }
        Map<Long, MeetingReports.Figures> byChild = new LinkedHashMap<>();
        for (OrganizationRef cell : cells) {
            String rest = cell.path().substring(within.path().length());
            long child = rest.isEmpty() ? cell.id() : Long.parseLong(rest.substring(0, rest.indexOf('/')));
            byChild.computeIfAbsent(child, k -> new MeetingReports.Figures()).add(byCell.get(cell.id()));
        }
        return byChild;
    }
}
