package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.time.Clock;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
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
    private final OrganizationDirectory organizations;
    private final RubricService rubrics;
    private final Clock clock;

    MeetingReports(JdbcClient jdbc, OrganizationDirectory organizations, RubricService rubrics, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
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

    public record Overview(OrganizationRef within, List<YearMonth> months, Figures total, List<Line> lines,
                           List<FlatMeeting> flatMeetings, List<OrganizationRef> missedLastMonth) {
    }

    /** Months of a period, oldest first. */
    public static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public Overview overview(OrganizationRef within, YearMonth from, YearMonth to) {
        LocalDate today = LocalDate.now(clock);
        YearMonth current = YearMonth.from(today);
        List<YearMonth> months = months(from, to);
        List<OrganizationRef> cells = organizations.activeInSubtree(within.path(), EnumSet.of(OrganizationType.CELL));
        Map<Long, Figures> byCell = new LinkedHashMap<>();
        Map<Long, Set<String>> heldPeriods = new HashMap<>();
        Map<Long, Set<String>> thematicQuarters = new HashMap<>();
        for (OrganizationRef cell : cells) {
            byCell.put(cell.id(), new Figures());
        }
        List<FlatMeeting> flat = new ArrayList<>();
        jdbc.sql("""
                        select m.id, m.organization_id, m.kind, m.combined_thematic, m.period, m.meeting_date, m.official_count,
                            m.probationary_count, m.present_count, m.speaker_count, m.unexcused_count, m.grade, m.score, m.flat
                        from meeting m where m.org_path like :p and m.meeting_date >= :from and m.meeting_date <= :to
                        and m.status in ('HELD', 'CLOSED') and m.kind <> 'COMMITTEE'""")
                .param("p", Subtree.of(within.path()).likePattern()).param("from", from.atDay(1)).param("to", to.atEndOfMonth())
                .query(rs -> {
                    Figures f = byCell.get(rs.getLong(2));
                    if (f == null) {
                        return;
                    }
                    String kind = rs.getString(3);
                    String period = rs.getString(5);
                    f.held++;
                    if ("REGULAR".equals(kind)) {
                        heldPeriods.computeIfAbsent(rs.getLong(2), k -> new HashSet<>()).add(period);
                    }
                    if ("THEMATIC".equals(kind) || rs.getBoolean(4)) {
                        YearMonth ym = YearMonth.parse(period);
                        thematicQuarters.computeIfAbsent(rs.getLong(2), k -> new HashSet<>())
                                .add(ym.getYear() + "Q" + ((ym.getMonthValue() - 1) / 3));
                    }
                    long invited = rs.getLong(7) + rs.getLong(8);
                    long present = rs.getLong(9);
                    long speakers = rs.getLong(10);
                    f.invited += invited;
                    f.present += present;
                    f.speakers += speakers;
                    f.unexcused += rs.getLong(11);
                    long[] month = f.monthly.computeIfAbsent(period, k -> new long[3]);
                    month[0] += invited;
                    month[1] += present;
                    month[2] += speakers;
                    String grade = rs.getString(12);
                    if (grade != null && GRADES.contains(grade)) {
                        f.grades[GRADES.indexOf(grade)]++;
                    }
                    if (rs.getBigDecimal(13) != null) {
                        f.scoreSum = f.scoreSum.add(rs.getBigDecimal(13));
                        f.scored++;
                    }
                    if (rs.getBoolean(14)) {
                        f.flat++;
                        flat.add(new FlatMeeting(rs.getLong(1), rs.getLong(2), null, rs.getObject(6, LocalDate.class),
                                present == 0 ? null : MeetingScorer.percent(speakers, present)));
                    }
                });
        List<OrganizationRef> missed = new ArrayList<>();
        YearMonth last = current.minusMonths(1);
        for (OrganizationRef cell : cells) {
            Figures f = byCell.get(cell.id());
            f.cells = 1;
            YearMonth since = YearMonth.from(cell.validFrom());
            Set<String> held = heldPeriods.getOrDefault(cell.id(), Set.of());
            Set<String> quarters = new HashSet<>();
            for (YearMonth m : months) {
                // a month counts once it is over, or when its meeting is already held
                if (m.isBefore(since) || m.isAfter(current) || (m.equals(current) && !held.contains(m.toString()))) {
                    continue;
                }
                f.expectedMonths++;
                if (held.contains(m.toString())) {
                    f.heldMonths++;
                }
                boolean quarterOver = m.getMonthValue() % 3 == 0 && m.isBefore(current);
                if (quarterOver) {
                    quarters.add(m.getYear() + "Q" + ((m.getMonthValue() - 1) / 3));
                }
            }
            f.expectedQuarters = quarters.size();
            Set<String> thematic = new HashSet<>(thematicQuarters.getOrDefault(cell.id(), Set.of()));
            thematic.retainAll(quarters);
            f.thematicQuarters = thematic.size();
            if (!last.isBefore(from) && !last.isAfter(to) && !last.isBefore(since) && !held.contains(last.toString())) {
                missed.add(cell);
            }
        }
        // lines: the subordinate organizations of 'within' (or the cells directly in it)
        Map<Long, Figures> byChild = new LinkedHashMap<>();
        for (OrganizationRef cell : cells) {
            String rest = cell.path().substring(within.path().length());
            long child = rest.isEmpty() ? cell.id() : Long.parseLong(rest.substring(0, rest.indexOf('/')));
            byChild.computeIfAbsent(child, k -> new Figures()).add(byCell.get(cell.id()));
        }
        Map<Long, OrganizationRef> children = organizations.findAll(byChild.keySet());
        List<Line> lines = byChild.entrySet().stream()
                .filter(e -> children.containsKey(e.getKey()))
                .map(e -> new Line(children.get(e.getKey()), children.get(e.getKey()).type() == OrganizationType.CELL, e.getValue()))
                .sorted(java.util.Comparator.comparing((Line l) -> l.cell()).thenComparing(l -> l.organization().path()))
                .toList();
        Figures total = new Figures();
        byCell.values().forEach(total::add);
        Map<Long, OrganizationRef> cellsById = new HashMap<>();
        cells.forEach(c -> cellsById.put(c.id(), c));
        List<FlatMeeting> flatNamed = flat.stream()
                .sorted(java.util.Comparator.comparing(FlatMeeting::date).reversed())
                .limit(20)
                .map(f -> new FlatMeeting(f.meetingId(), f.organizationId(),
                        cellsById.containsKey(f.organizationId()) ? cellsById.get(f.organizationId()).name() : "", f.date(),
                        f.speakingShare()))
                .toList();
        return new Overview(within, months, total, lines, flatNamed, missed);
    }

    /** A member who was absent without reason in several months of the year. */
    public record AbsenceAlert(long personId, String fullName, long organizationId, String organizationName, int months,
                               boolean strikeOff, List<String> periods) {

        /** The months as people write them within a year: '02, 06, 10'. */
        public String monthList() {
            return String.join(", ", periods.stream().map(p -> p.substring(p.length() - 2)).toList());
        }
    }

    /** Members under a subtree absent without reason from their organization's meetings in at least {@code warnFrom} months of the year. */
    public List<AbsenceAlert> absenceAlerts(String pathPrefix, int year) {
        RubricDefinition.StrikeOff rule = rubrics.latest().map(r -> rubrics.definition(r.id()).strikeOff())
                .orElse(new RubricDefinition.StrikeOff(3, 2));
        Map<String, List<String>> periods = new LinkedHashMap<>();
        Map<String, Object[]> who = new HashMap<>();
        jdbc.sql("""
                        select a.person_id, a.full_name, m.organization_id, m.period from meeting_attendee a
                        join meeting m on m.id = a.meeting_id
                        where a.role = 'MEMBER' and a.attendance = 'UNEXCUSED' and a.person_id is not null
                        and m.status in ('HELD', 'CLOSED') and m.kind <> 'COMMITTEE' and m.org_path like :p
                        and m.meeting_date >= :from and m.meeting_date <= :to
                        order by a.person_id, m.period""")
                .param("p", Subtree.ofPrefix(pathPrefix).likePattern()).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
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
        Map<Long, OrganizationRef> orgs = organizations.findAll(keys.stream().map(k -> (Long) who.get(k)[2]).distinct().toList());
        for (String key : keys) {
            Object[] w = who.get(key);
            List<String> months = periods.get(key);
            OrganizationRef org = orgs.get((Long) w[2]);
            alerts.add(new AbsenceAlert((Long) w[0], (String) w[1], (Long) w[2], org == null ? "" : org.name(), months.size(),
                    months.size() >= rule.unexcusedMonths(), List.copyOf(months)));
        }
        alerts.sort(java.util.Comparator.comparing(AbsenceAlert::months).reversed()
                .thenComparing(AbsenceAlert::fullName, vn.chibo.shared.text.VietnameseText.personNameOrder()));
        return alerts;
    }
}
