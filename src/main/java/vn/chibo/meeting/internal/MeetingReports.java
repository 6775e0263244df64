package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;

/**
 * What meetings add up to over a subtree and a period: regular meetings held in their month, grades, attendance and
 * speaking trends per month, flat meetings, strike-off alerts and supervision — read from the meeting rows' kept
 * counts in one query per report. Unscoped: callers pass an organization the account may see.
 */
@Service
@Transactional(readOnly = true) @vn.chibo.shared.replica.ReadsFromReplica
public class MeetingReports {

    public static final List<String> GRADES = List.of("GOOD", "FAIR", "AVERAGE", "POOR");

    private final JdbcClient jdbc;
    private final RubricService rubrics;
    private final Clock clock;
    private final boolean postgres;

    MeetingReports(JdbcClient jdbc, RubricService rubrics, Clock clock,
                   org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.postgres = vn.chibo.shared.jdbc.Databases.isPostgres(template);
        this.rubrics = rubrics;
        this.clock = clock;
    }

    /** Figures of a set of cells over a period, added up as meetings are read. */
    public static final class Figures {
        int cells;
        int expectedMonths;
        int heldMonths;
        int expectedQuarters;
        int thematicQuarters;
        final int[] grades = new int[GRADES.size()];
        int held;
        int flat;
        long invited;
        long present;
        long speakers;
        long unexcused;
        BigDecimal scoreSum = BigDecimal.ZERO;
        int scored;
        /** active cells due last month that held no regular meeting for it (0 when last month is outside the period) */
        int missed;
        /** period → [invited, present, speakers] */
        final Map<String, long[]> monthly = new HashMap<>();

        public int cells() {
            return cells;
        }

        public int expectedMonths() {
            return expectedMonths;
        }

        public int heldMonths() {
            return heldMonths;
        }

        public int expectedQuarters() {
            return expectedQuarters;
        }

        public int thematicQuarters() {
            return thematicQuarters;
        }

        public int held() {
            return held;
        }

        public int flat() {
            return flat;
        }

        public long unexcused() {
            return unexcused;
        }

        public int missed() {
            return missed;
        }

        public int grade(String code) {
            return grades[GRADES.indexOf(code)];
        }

        public int graded() {
            int total = 0;
            for (int g : grades) {
                total += g;
            }
            return total;
        }

        /** Share of a grade among graded meetings, in percent (for bar widths). */
        public BigDecimal gradeShare(String code) {
            return graded() == 0 ? BigDecimal.ZERO : MeetingScorer.percent(grade(code), graded());
        }

        public BigDecimal onTimeRate() {
            return expectedMonths == 0 ? null : MeetingScorer.percent(heldMonths, expectedMonths);
        }

        public BigDecimal attendanceRate() {
            return invited == 0 ? null : MeetingScorer.percent(present, invited);
        }

        public BigDecimal speakingShare() {
            return present == 0 ? null : MeetingScorer.percent(speakers, present);
        }

        public BigDecimal averageScore() {
            return scored == 0 ? null : scoreSum.divide(BigDecimal.valueOf(scored), 1, java.math.RoundingMode.HALF_UP);
        }

        public BigDecimal goodShare() {
            return graded() == 0 ? null : MeetingScorer.percent(grade("GOOD"), graded());
        }

        /** Attendance per month of the period (null where no meeting was held). */
        public List<BigDecimal> attendanceTrend(List<YearMonth> months) {
            return months.stream().map(m -> {
                long[] v = monthly.get(m.toString());
                return v == null || v[0] == 0 ? null : MeetingScorer.percent(v[1], v[0]);
            }).toList();
        }

        public List<BigDecimal> speakingTrend(List<YearMonth> months) {
            return months.stream().map(m -> {
                long[] v = monthly.get(m.toString());
                return v == null || v[1] == 0 ? null : MeetingScorer.percent(v[2], v[1]);
            }).toList();
        }

        void add(Figures other) {
            cells += other.cells;
            expectedMonths += other.expectedMonths;
            heldMonths += other.heldMonths;
            expectedQuarters += other.expectedQuarters;
            thematicQuarters += other.thematicQuarters;
            for (int i = 0; i < grades.length; i++) {
                grades[i] += other.grades[i];
            }
            held += other.held;
            flat += other.flat;
            invited += other.invited;
            present += other.present;
            speakers += other.speakers;
            unexcused += other.unexcused;
            scoreSum = scoreSum.add(other.scoreSum);
            scored += other.scored;
            missed += other.missed;
            other.monthly.forEach((k, v) -> {
                long[] mine = monthly.computeIfAbsent(k, x -> new long[3]);
                for (int i = 0; i < 3; i++) {
                    mine[i] += v[i];
                }
            });
        }
    }

    /** A line of the overview: a subordinate organization (drill-down) or a cell (its calendar), with its figures. */
    public record Line(OrganizationRef organization, boolean cell, Figures figures) {
    }

    public record FlatMeeting(long meetingId, long organizationId, String organizationName, LocalDate date, BigDecimal speakingShare) {
    }

    /**
     * The overview; {@code missedLastMonth} names only the first {@value OverviewQuery#MISSED_SHOWN} cells that missed last
     * month's regular meeting (tree order), {@code missedCount} counts them all ({@link #missedLastMonth(OrganizationRef,
     * YearMonth, YearMonth, int, int)} pages through them).
     */
    public record Overview(OrganizationRef within, List<YearMonth> months, Figures total, List<Line> lines,
                           List<FlatMeeting> flatMeetings, List<OrganizationRef> missedLastMonth, int missedCount) {
    }

    /** Number of cells that missed last month's meeting named on the overview page. */
    public static final int MISSED_SHOWN = OverviewQuery.MISSED_SHOWN;

    /** One page of the cells that missed last month's regular meeting, in tree order, and how many there are in all. */
    public record MissedPage(List<OrganizationRef> cells, long total, int page, int size) {

        public int pages() {
            return (int) ((total + size - 1) / size);
        }
    }

    /** Page {@code page} (from 0) of {@code size} of the active cells under {@code within} that missed last month. */
    public MissedPage missedLastMonth(OrganizationRef within, YearMonth from, YearMonth to, int page, int size) {
        YearMonth current = YearMonth.from(LocalDate.now(clock));
        MissedCells missed = new MissedCells(jdbc);
        long total = missed.count(within, from, to, current);
        return new MissedPage(total == 0 ? List.of() : missed.page(within, from, to, current, page, size), total, page, size);
    }

    /** The overview's period when none is chosen: this month and the eleven before it. */
    public static final int DEFAULT_MONTHS = 12;

    /** Months of a period, oldest first. */
    public static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * Computed in the database per direct sub-organization ({@link OverviewQuery}), the monthly figures from the meetings'
     * monthly rollup ({@link MonthRollQuery}): no meeting row is read into Java.
     */
    public Overview overview(OrganizationRef within, YearMonth from, YearMonth to) {
        return overview(within, from, to, true);
    }

    /** The overview with the monthly figures from the rollup or (the tests' reference) from the meeting rows. */
    Overview overview(OrganizationRef within, YearMonth from, YearMonth to, boolean fromRollup) {
        return new OverviewQuery(jdbc, fromRollup, postgres).overview(within, from, to, YearMonth.from(LocalDate.now(clock)));
    }

    /** A member who was absent without reason in several months of the year. */
    public record AbsenceAlert(long personId, String fullName, long organizationId, String organizationName, int months,
                               boolean strikeOff, List<String> periods) {

        /** The months as people write them within a year: '02, 06, 10'. */
        public String monthList() {
            return String.join(", ", periods.stream().map(p -> p.substring(p.length() - 2)).toList());
        }
    }

    /** The names of organizations, a thousand ids per statement (no entity is loaded: thousands of cells at the root). */
    private Map<Long, String> names(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            jdbc.sql("select id, name from organization where id in (:ids)").param("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .query((RowCallbackHandler) rs -> names.put(rs.getLong(1), rs.getString(2)));
        }
        return names;
    }

    /** Members under a subtree absent without reason from their organization's meetings in at least {@code warnFrom} months of the year. */
    public List<AbsenceAlert> absenceAlerts(String pathPrefix, int year) {
        RubricDefinition.StrikeOff rule = rubrics.latest().map(r -> rubrics.definition(r.id()).strikeOff())
                .orElse(new RubricDefinition.StrikeOff(3, 2));
        Map<String, List<String>> periods = new LinkedHashMap<>();
        Map<String, Object[]> who = new HashMap<>();
        jdbc.sql("""
                        select a.person_id, a.full_name, m.organization_id, m.period from meeting m
                        join meeting_attendee a on a.meeting_id = m.id and a.attendance = 'UNEXCUSED' and a.role = 'MEMBER'
                        and a.person_id is not null
                        where m.unexcused_count > 0 and m.status in ('HELD', 'CLOSED') and m.kind <> 'COMMITTEE' and\s"""
                        // unexcused_count > 0: the meeting's kept count of members absent without reason (MeetingFacts,
                        // refreshed with every change of attendance) leads to the few meetings that have one (V47's index)
                        // the validated path as a literal: a prepared statement's generic plan cannot range-scan "like ?"
                        + Subtree.ofPrefix(pathPrefix).sql("m.org_path") + """
                        \sand m.meeting_date >= :from and m.meeting_date <= :to
                        order by a.person_id, m.period""")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    String key = rs.getLong(1) + ":" + rs.getLong(3);
                    who.putIfAbsent(key, new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)});
                    List<String> list = periods.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!list.contains(rs.getString(4))) {
                        list.add(rs.getString(4));
                    }
                });
        List<AbsenceAlert> alerts = new ArrayList<>();
        List<String> keys = periods.entrySet().stream().filter(e -> e.getValue().size() >= rule.warnFrom()).map(Map.Entry::getKey).toList();
        Map<Long, String> orgs = names(keys.stream().map(k -> (Long) who.get(k)[2]).distinct().toList());
        for (String key : keys) {
            Object[] w = who.get(key);
            List<String> months = periods.get(key);
            alerts.add(new AbsenceAlert((Long) w[0], (String) w[1], (Long) w[2], orgs.getOrDefault((Long) w[2], ""), months.size(),
                    months.size() >= rule.unexcusedMonths(), List.copyOf(months)));
        }
        // the names' sort keys worked out once per alert, not twice per comparison
        Map<AbsenceAlert, String> nameKeys = new java.util.IdentityHashMap<>();
        alerts.forEach(a -> nameKeys.put(a, vn.chibo.shared.text.VietnameseText.personSortKey(a.fullName())));
        alerts.sort(java.util.Comparator.comparing(AbsenceAlert::months).reversed().thenComparing(nameKeys::get));
        return alerts;
    }
}
