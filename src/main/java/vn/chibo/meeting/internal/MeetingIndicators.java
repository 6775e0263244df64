package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.rules.IndicatorSource;
import vn.chibo.rules.SubjectKind;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.organization.Subtree;

/**
 * Indicator values the meeting module supplies to rulebooks ({@link IndicatorSource}), over a period of months,
 * from held meetings (committee meetings apart):
 * <ul>
 * <li>{@code meeting.attendanceRate} — members present ÷ invited, % (organization subtree, or one member);</li>
 * <li>{@code meeting.averageScore} — mean quality score of graded meetings;</li>
 * <li>{@code meeting.goodMeetingsShare} — graded 'Tốt' ÷ graded, %;</li>
 * <li>{@code meeting.resolutionCompletionRate} — action items due in the period (and not cancelled) done, %
 *     (organization subtree, or items assigned to one member);</li>
 * <li>{@code meeting.speakingShare} — present members who spoke ÷ present members, % (for a member: meetings where he spoke
 *     ÷ meetings he attended);</li>
 * <li>{@code meeting.heldOnTime} — 1 when every cell held its regular meeting in every month of the period that is over, else 0;</li>
 * <li>{@code meeting.gradeGoodOrFair} — 1 when every graded meeting of the period is 'Tốt' or 'Khá', else 0;</li>
 * <li>{@code meeting.committeeAttendanceRate} — attendance at the organization's own committee meetings, %;</li>
 * <li>{@code meeting.memberContributed} — for a member: 1 when he missed no meeting without reason and spoke in at least the
 *     rubric's share of the meetings he attended, else 0.</li>
 * </ul>
 * Values are empty when there is nothing to judge (no meeting, no item due).
 */
@Configuration
class MeetingIndicators {

    private final JdbcClient jdbc;
    private final OrganizationDirectory organizations;
    private final RubricService rubrics;
    private final Clock clock;

    MeetingIndicators(JdbcClient jdbc, OrganizationDirectory organizations, RubricService rubrics, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.rubrics = rubrics;
        this.clock = clock;
    }

    @FunctionalInterface
    interface Computation {
        Optional<BigDecimal> value(SubjectKind kind, long id, LocalDate from, LocalDate to);
    }

    record Source(String key, Computation computation) implements IndicatorSource {

        @Override
        public Optional<BigDecimal> value(SubjectKind subjectKind, long subjectId, YearMonth from, YearMonth to) {
            if (subjectKind == null || from == null || to == null || to.isBefore(from)) {
                return Optional.empty();
            }
            return computation.value(subjectKind, subjectId, from.atDay(1), to.atEndOfMonth());
        }
    }

    private static final String HELD = " m.status in ('HELD', 'CLOSED') and m.kind <> 'COMMITTEE' and m.meeting_date >= :from"
            + " and m.meeting_date <= :to";

    private Optional<String> pathOf(SubjectKind kind, long id) {
        if (kind == SubjectKind.MEMBER || kind == SubjectKind.ORGANIZATIONS_AND_MEMBERS) {
            return Optional.empty();
        }
        return organizations.find(id).map(OrganizationRef::path);
    }

    private static Optional<BigDecimal> percent(long part, long whole) {
        return whole == 0 ? Optional.empty() : Optional.of(MeetingScorer.percent(part, whole));
    }

    @Bean
    IndicatorSource meetingAttendanceRate() {
        return new Source("meeting.attendanceRate", (kind, id, from, to) -> {
            if (kind == SubjectKind.MEMBER) {
                long[] v = jdbc.sql("select count(*), sum(case when a.attendance = 'PRESENT' then 1 else 0 end) from meeting_attendee a"
                                + " join meeting m on m.id = a.meeting_id where a.person_id = :id and a.role = 'MEMBER' and" + HELD)
                        .param("id", id).param("from", from).param("to", to)
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
                return percent(v[1], v[0]);
            }
            return pathOf(kind, id).flatMap(path -> {
                long[] v = jdbc.sql("select coalesce(sum(m.official_count + m.probationary_count), 0), coalesce(sum(m.present_count), 0)"
                                + " from meeting m where m.org_path like :p and" + HELD)
                        .param("p", Subtree.of(path).likePattern()).param("from", from).param("to", to)
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
                return percent(v[1], v[0]);
            });
        });
    }

    @Bean
    IndicatorSource meetingCommitteeAttendanceRate() {
        return new Source("meeting.committeeAttendanceRate", (kind, id, from, to) -> {
            if (kind == SubjectKind.MEMBER) {
                return Optional.empty();
            }
            long[] v = jdbc.sql("select coalesce(sum(m.official_count + m.probationary_count), 0), coalesce(sum(m.present_count), 0)"
                            + " from meeting m where m.organization_id = :id and m.kind = 'COMMITTEE' and m.status in ('HELD', 'CLOSED')"
                            + " and m.meeting_date >= :from and m.meeting_date <= :to")
                    .param("id", id).param("from", from).param("to", to)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
            return percent(v[1], v[0]);
        });
    }

    @Bean
    IndicatorSource meetingAverageScore() {
        return new Source("meeting.averageScore", (kind, id, from, to) -> pathOf(kind, id).flatMap(path -> {
            Object[] v = jdbc.sql("select count(m.score), sum(m.score) from meeting m where m.org_path like :p and m.score is not null and" + HELD)
                    .param("p", Subtree.of(path).likePattern()).param("from", from).param("to", to)
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2)}).single();
            long count = (Long) v[0];
            return count == 0 ? Optional.empty()
                    : Optional.of(((BigDecimal) v[1]).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
        }));
    }

    private long[] gradeCounts(String path, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*), sum(case when m.grade = 'GOOD' then 1 else 0 end),"
                        + " sum(case when m.grade in ('GOOD', 'FAIR') then 1 else 0 end) from meeting m"
                        + " where m.org_path like :p and m.grade is not null and" + HELD)
                .param("p", Subtree.of(path).likePattern()).param("from", from).param("to", to)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    @Bean
    IndicatorSource meetingGoodMeetingsShare() {
        return new Source("meeting.goodMeetingsShare", (kind, id, from, to) -> pathOf(kind, id).flatMap(path -> {
            long[] v = gradeCounts(path, from, to);
            return percent(v[1], v[0]);
        }));
    }

    @Bean
    IndicatorSource meetingGradeGoodOrFair() {
        return new Source("meeting.gradeGoodOrFair", (kind, id, from, to) -> pathOf(kind, id).flatMap(path -> {
            long[] v = gradeCounts(path, from, to);
            return v[0] == 0 ? Optional.empty() : Optional.of(v[2] == v[0] ? BigDecimal.ONE : BigDecimal.ZERO);
        }));
    }

    @Bean
    IndicatorSource meetingSpeakingShare() {
        return new Source("meeting.speakingShare", (kind, id, from, to) -> {
            if (kind == SubjectKind.MEMBER) {
                long[] v = memberSpeaking(id, from, to);
                return percent(v[1], v[0]);
            }
            return pathOf(kind, id).flatMap(path -> {
                long[] v = jdbc.sql("select coalesce(sum(m.present_count), 0), coalesce(sum(m.speaker_count), 0) from meeting m"
                                + " where m.org_path like :p and" + HELD)
                        .param("p", Subtree.of(path).likePattern()).param("from", from).param("to", to)
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
                return percent(v[1], v[0]);
            });
        });
    }

    /** [meetings attended, of which he spoke in, meetings missed without reason]. */
    private long[] memberSpeaking(long personId, LocalDate from, LocalDate to) {
        return jdbc.sql("select sum(case when a.attendance = 'PRESENT' then 1 else 0 end),"
                        + " sum(case when a.attendance = 'PRESENT' and exists (select 1 from meeting_contribution c where c.attendee_id = a.id)"
                        + " then 1 else 0 end), sum(case when a.attendance = 'UNEXCUSED' then 1 else 0 end), count(*)"
                        + " from meeting_attendee a join meeting m on m.id = a.meeting_id where a.person_id = :id and a.role = 'MEMBER' and" + HELD)
                .param("id", personId).param("from", from).param("to", to)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();
    }

    @Bean
    IndicatorSource meetingMemberContributed() {
        return new Source("meeting.memberContributed", (kind, id, from, to) -> {
            if (kind != SubjectKind.MEMBER) {
                return Optional.empty();
            }
            long[] v = memberSpeaking(id, from, to);
            if (v[3] == 0) {
                return Optional.empty();
            }
            BigDecimal required = rubrics.latest().map(r -> rubrics.definition(r.id()).memberContribution().minSpokenShare())
                    .orElse(BigDecimal.valueOf(50));
            boolean spoke = v[0] > 0 && MeetingScorer.percent(v[1], v[0]).compareTo(required) >= 0;
            return Optional.of(v[2] == 0 && spoke ? BigDecimal.ONE : BigDecimal.ZERO);
        });
    }

    @Bean
    IndicatorSource meetingResolutionCompletionRate() {
        return new Source("meeting.resolutionCompletionRate", (kind, id, from, to) -> {
            LocalDate today = LocalDate.now(clock);
            LocalDate until = to.isAfter(today) ? today : to;
            if (until.isBefore(from)) {
                return Optional.empty();
            }
            String who;
            Object whoValue;
            if (kind == SubjectKind.MEMBER) {
                who = "i.assignee_id = :who";
                whoValue = id;
            } else {
                Optional<String> path = pathOf(kind, id);
                if (path.isEmpty()) {
                    return Optional.empty();
                }
                who = "i.org_path like :who";
                whoValue = Subtree.of(path.get()).likePattern();
            }
            long[] v = jdbc.sql("select count(*), sum(case when i.status = 'DONE' then 1 else 0 end) from meeting_action_item i"
                            + " where " + who + " and i.status <> 'CANCELLED' and i.due_date >= :from and i.due_date <= :until")
                    .param("who", whoValue).param("from", from).param("until", until)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
            return percent(v[1], v[0]);
        });
    }

    @Bean
    IndicatorSource meetingHeldOnTime() {
        return new Source("meeting.heldOnTime", (kind, id, from, to) -> pathOf(kind, id).flatMap(path -> {
            YearMonth current = YearMonth.from(LocalDate.now(clock));
            List<OrganizationRef> cells = organizations.activeInSubtree(path, EnumSet.of(OrganizationType.CELL));
            Set<String> held = new HashSet<>(jdbc.sql("select distinct m.organization_id, m.period from meeting m"
                            + " where m.org_path like :p and m.kind = 'REGULAR' and" + HELD)
                    .param("p", Subtree.of(path).likePattern()).param("from", from).param("to", to)
                    .query((rs, n) -> rs.getLong(1) + ":" + rs.getString(2)).list());
            int expected = 0;
            for (OrganizationRef cell : cells) {
                for (YearMonth m : MeetingReports.months(YearMonth.from(from), YearMonth.from(to))) {
                    boolean over = m.isBefore(current);
                    if (m.isBefore(YearMonth.from(cell.validFrom())) || (!over && !held.contains(cell.id() + ":" + m))) {
                        continue;
                    }
                    expected++;
                    if (!held.contains(cell.id() + ":" + m)) {
                        return Optional.of(BigDecimal.ZERO);
                    }
                }
            }
            return expected == 0 ? Optional.empty() : Optional.of(BigDecimal.ONE);
        }));
    }
}
