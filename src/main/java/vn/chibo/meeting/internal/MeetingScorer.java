package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.MeetingScoring;

/**
 * Works out the facts of meetings (attendance, duration, materials, speakers, minutes, previous resolution) in
 * grouped queries — one meeting after a change, or thousands after a bulk load — scores them by their rubric and
 * keeps the counts, score, grade and flat flag on the meeting rows. A closed meeting keeps its score.
 */
@Component
public class MeetingScorer implements MeetingScoring {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final RubricService rubrics;

    MeetingScorer(JdbcClient jdbc, JdbcTemplate template, RubricService rubrics) {
        this.jdbc = jdbc;
        this.template = template;
        this.rubrics = rubrics;
    }

    /** Facts of one meeting and what the minutes still lack (message keys). */
    public record Facts(Map<Measure, BigDecimal> values, List<String> minutesMissing, int official, int probationary, int present,
                        int excused, int unexcused, int speakers, int contributions, boolean supervisorPresent) {
    }

    private static final class Counts {
        int official;
        int probationary;
        int present;
        int excused;
        int unexcused;
        int unknown;
        int speakers;
        int contributions;
        int adopted;
        int items;
        boolean supervisorPresent;
        Instant latestMaterial;
        Long previousMeeting;
    }

    public Map<Long, Facts> facts(Collection<Meeting> meetings) {
        Map<Long, Counts> counts = new HashMap<>();
        meetings.forEach(m -> counts.put(m.id(), new Counts()));
        Map<Long, Meeting> byId = new HashMap<>();
        meetings.forEach(m -> byId.put(m.id(), m));
        for (List<Long> ids : MeetingStore.chunks(counts.keySet(), 500)) {
            jdbc.sql("""
                            select meeting_id, role, party_status, attendance, guest_kind, count(*) from meeting_attendee
                            where meeting_id in (:ids) group by meeting_id, role, party_status, attendance, guest_kind""")
                    .param("ids", ids).query(rs -> {
                        Counts c = counts.get(rs.getLong(1));
                        int n = rs.getInt(6);
                        Attendance attendance = Attendance.valueOf(rs.getString(4));
                        if ("MEMBER".equals(rs.getString(2))) {
                            if ("PROBATIONARY".equals(rs.getString(3))) {
                                c.probationary += n;
                            } else {
                                c.official += n;
                            }
                            switch (attendance) {
                                case PRESENT -> c.present += n;
                                case EXCUSED -> c.excused += n;
                                case UNEXCUSED -> c.unexcused += n;
                                case UNKNOWN -> c.unknown += n;
                            }
                        } else if ("SUPERVISOR".equals(rs.getString(5)) && attendance == Attendance.PRESENT) {
                            c.supervisorPresent = true;
                        }
                    });
            jdbc.sql("""
                            select c.meeting_id, count(distinct c.attendee_id) from meeting_contribution c
                            join meeting_attendee a on a.id = c.attendee_id
                            where c.meeting_id in (:ids) and a.role = 'MEMBER' and a.attendance = 'PRESENT' group by c.meeting_id""")
                    .param("ids", ids).query(rs -> {
                        counts.get(rs.getLong(1)).speakers = rs.getInt(2);
                    });
            jdbc.sql("""
                            select meeting_id, count(*), sum(case when adopted then 1 else 0 end) from meeting_contribution
                            where meeting_id in (:ids) group by meeting_id""")
                    .param("ids", ids).query(rs -> {
                        Counts c = counts.get(rs.getLong(1));
                        c.contributions = rs.getInt(2);
                        c.adopted = rs.getInt(3);
                    });
            jdbc.sql("select meeting_id, max(posted_at) from meeting_material where purpose = 'PREPARATION' and meeting_id in (:ids)"
                            + " group by meeting_id")
                    .param("ids", ids).query(rs -> {
                        counts.get(rs.getLong(1)).latestMaterial = rs.getTimestamp(2).toInstant();
                    });
            jdbc.sql("select meeting_id, count(*) from meeting_action_item where meeting_id in (:ids) group by meeting_id")
                    .param("ids", ids).query(rs -> {
                        counts.get(rs.getLong(1)).items = rs.getInt(2);
                    });
        }
        // the previous held meeting of the same organization and series
        Map<Long, List<Object[]>> heldByOrganization = new HashMap<>();
        List<Long> organizations = meetings.stream().map(Meeting::organizationId).distinct().toList();
        for (List<Long> orgs : MeetingStore.chunks(organizations, 500)) {
            jdbc.sql("""
                            select id, organization_id, kind, meeting_date, start_time from meeting
                            where organization_id in (:orgs) and status in ('HELD', 'CLOSED') order by meeting_date, start_time, id""")
                    .param("orgs", orgs).query(rs -> {
                        heldByOrganization.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Object[] {rs.getLong(1),
                                "COMMITTEE".equals(rs.getString(3)), rs.getObject(4, LocalDate.class),
                                rs.getObject(5, java.time.LocalTime.class)});
                    });
        }
        for (Meeting m : meetings) {
            boolean committee = m.kind() == MeetingKind.COMMITTEE;
            Long previous = null;
            for (Object[] row : heldByOrganization.getOrDefault(m.organizationId(), List.of())) {
                LocalDate date = (LocalDate) row[2];
                java.time.LocalTime start = (java.time.LocalTime) row[3];
                boolean before = date.isBefore(m.date()) || (date.equals(m.date()) && start.isBefore(m.startTime()));
                if (before && (Boolean) row[1] == committee && (Long) row[0] != m.id()) {
                    previous = (Long) row[0];
                }
            }
            counts.get(m.id()).previousMeeting = previous;
        }
        Map<Long, List<Object[]>> previousItems = new HashMap<>();
        List<Long> previousIds = counts.values().stream().map(c -> c.previousMeeting).filter(java.util.Objects::nonNull).distinct().toList();
        for (List<Long> ids : MeetingStore.chunks(previousIds, 500)) {
            jdbc.sql("select meeting_id, status, closed_on, due_date from meeting_action_item where meeting_id in (:ids)")
                    .param("ids", ids).query(rs -> {
                        previousItems.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Object[] {ItemStatus.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                                        rs.getObject(4, LocalDate.class)});
                    });
        }
        Map<Long, Facts> result = new LinkedHashMap<>();
        for (Meeting m : meetings) {
            Counts c = counts.get(m.id());
            Map<Measure, BigDecimal> values = new EnumMap<>(Measure.class);
            int invited = c.official + c.probationary;
            if (invited > 0) {
                values.put(Measure.ATTENDANCE_RATE, percent(c.present, invited));
            }
            values.put(Measure.UNEXCUSED_ABSENCES, BigDecimal.valueOf(c.unexcused));
            values.put(Measure.EXCUSED_ABSENCES, BigDecimal.valueOf(c.excused));
            if (m.durationMinutes() != null) {
                values.put(Measure.DURATION_MINUTES, BigDecimal.valueOf(m.durationMinutes()));
            }
            if (c.latestMaterial != null) {
                long minutes = Duration.between(c.latestMaterial, m.startsAt()).toMinutes();
                values.put(Measure.MATERIALS_LEAD_HOURS, BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.FLOOR));
            }
            if (c.present > 0) {
                values.put(Measure.SPEAKING_SHARE, percent(c.speakers, c.present));
            }
            values.put(Measure.SPEAKERS, BigDecimal.valueOf(c.speakers));
            values.put(Measure.CONTRIBUTIONS, BigDecimal.valueOf(c.contributions));
            values.put(Measure.ADOPTED_CONTRIBUTIONS, BigDecimal.valueOf(c.adopted));
            values.put(Measure.RESOLUTION_ITEMS, BigDecimal.valueOf(c.items));
            values.put(Measure.SUPERVISOR_PRESENT, c.supervisorPresent ? BigDecimal.ONE : BigDecimal.ZERO);
            List<String> missing = new ArrayList<>();
            if (m.chairId() == null) {
                missing.add("meeting.minutes.missing.chair");
            }
            if (m.minuteTakerId() == null) {
                missing.add("meeting.minutes.missing.minuteTaker");
            }
            if (m.endTime() == null) {
                missing.add("meeting.minutes.missing.endTime");
            }
            if (c.unknown > 0 || invited == 0) {
                missing.add("meeting.minutes.missing.attendance");
            }
            if (c.contributions == 0) {
                missing.add("meeting.minutes.missing.contributions");
            }
            if (m.resolution() == null || m.resolution().isBlank()) {
                missing.add("meeting.minutes.missing.resolution");
            }
            if (m.votesFor() == null) {
                missing.add("meeting.minutes.missing.vote");
            }
            values.put(Measure.MINUTES_COMPLETE, missing.isEmpty() ? BigDecimal.ONE : BigDecimal.ZERO);
            if (c.previousMeeting != null) {
                int total = 0;
                int done = 0;
                for (Object[] item : previousItems.getOrDefault(c.previousMeeting, List.of())) {
                    ItemStatus status = (ItemStatus) item[0];
                    LocalDate closed = (LocalDate) item[1];
                    LocalDate due = (LocalDate) item[2];
                    if (due != null && due.isAfter(m.date()) && !(status == ItemStatus.DONE && closed != null && !closed.isAfter(m.date()))) {
                        continue; // not due yet and not done yet: no fault
                    }
                    boolean closedInTime = closed != null && !closed.isAfter(m.date());
                    if (status == ItemStatus.CANCELLED && closedInTime) {
                        continue;
                    }
                    total++;
                    if (status == ItemStatus.DONE && closedInTime) {
                        done++;
                    }
                }
                if (total > 0) {
                    values.put(Measure.PREVIOUS_ITEMS_DONE_SHARE, percent(done, total));
                }
            }
            result.put(m.id(), new Facts(values, List.copyOf(missing), c.official, c.probationary, c.present, c.excused, c.unexcused,
                    c.speakers, c.contributions, c.supervisorPresent));
        }
        return result;
    }

    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** The rubric a meeting is (or would be) scored by: its own once scored, else the one in force at its date. */
    public Long rubricFor(Meeting meeting) {
        if (meeting.rubricId() != null && meeting.status() == MeetingStatus.CLOSED) {
            return meeting.rubricId();
        }
        return rubrics.inForce(meeting.date()).map(RubricService.Rubric::id).orElse(null);
    }

    public boolean scoredKind(Meeting meeting, Long rubricId) {
        return rubricId != null && rubrics.definition(rubricId).appliesTo().contains(meeting.kind());
    }

    public RubricCalculator.Result score(Meeting meeting, Facts facts, Long rubricId) {
        return RubricCalculator.score(rubrics.definition(rubricId), facts.values(), meeting.combinedThematic(), meeting.manualScores());
    }

    /** Recounts and rescores meetings (closed ones keep their score and rubric; their counts are not touched either). */
    @Transactional
    public void refresh(Collection<Meeting> meetings) {
        List<Meeting> open = meetings.stream().filter(m -> m.status() != MeetingStatus.CLOSED).toList();
        if (open.isEmpty()) {
            return;
        }
        Map<Long, Facts> all = facts(open);
        Map<LocalDate, Long> rubricByDate = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (Meeting m : open) {
            Facts f = all.get(m.id());
            Long rubricId = rubricByDate.computeIfAbsent(m.date(), d -> rubrics.inForce(d).map(RubricService.Rubric::id).orElse(-1L));
            BigDecimal score = null;
            String grade = null;
            boolean flat = false;
            String detail = null;
            if (rubricId > 0 && m.status().started() && scoredKind(m, rubricId)) {
                RubricCalculator.Result result = score(m, f, rubricId);
                score = result.total();
                grade = result.grade();
                flat = result.flat();
                detail = RubricJson.write(Map.of("items", result.items().stream()
                                .collect(java.util.stream.Collectors.toMap(RubricCalculator.ItemScore::code, RubricCalculator.ItemScore::points,
                                        (a, b) -> a, LinkedHashMap::new)),
                        "facts", f.values(), "pending", result.pendingManual(), "missingFullMarks", result.missingFullMarks()));
            }
            rows.add(new Object[] {f.official(), f.probationary(), f.present(), f.excused(), f.unexcused(), f.speakers(),
                    f.contributions(), f.supervisorPresent(), rubricId > 0 && m.status().started() ? rubricId : null, score, grade, flat,
                    detail, m.id()});
        }
        MeetingStore.chunks(rows, 1000).forEach(batch -> template.batchUpdate("""
                    update meeting set official_count = ?, probationary_count = ?, present_count = ?, excused_count = ?,
                        unexcused_count = ?, speaker_count = ?, contribution_count = ?, supervisor_present = ?, rubric_id = ?,
                        score = ?, grade = ?, flat = ?, score_detail = ? where id = ?""", batch));
        rows.stream().map(r -> (Long) r[8]).filter(java.util.Objects::nonNull).distinct().forEach(rubrics::judgedBy); // now in use
    }

    @Override
    @Transactional
    public int countLoaded() {
        // planned meetings too: scheduling counts their invitations, so a loader's planned rows must be counted alike
        List<Meeting> pending = jdbc.sql("select " + MeetingStore.MEETING_COLUMNS + " from meeting m where m.rubric_id is null"
                        + " and m.status in ('PLANNED', 'IN_PROGRESS', 'HELD', 'CLOSED')")
                .query((rs, n) -> MeetingStore.meeting(rs)).list();
        // closed meetings are frozen once scored; score them once here as if open
        List<Meeting> asOpen = pending.stream().map(m -> m.status() == MeetingStatus.CLOSED ? reopened(m) : m).toList();
        refresh(asOpen);
        return pending.size();
    }

    private static Meeting reopened(Meeting m) {
        return new Meeting(m.id(), m.organizationId(), m.orgPath(), m.kind(), m.combinedThematic(), m.period(), m.topic(), m.date(),
                m.startTime(), m.endTime(), m.place(), m.chairId(), m.minuteTakerId(), m.agenda(), MeetingStatus.HELD, m.resolution(),
                m.votesFor(), m.votesAgainst(), m.officialCount(), m.probationaryCount(), m.presentCount(), m.excusedCount(),
                m.unexcusedCount(), m.speakerCount(), m.contributionCount(), m.supervisorPresent(), m.manualScores(), m.rubricId(),
                m.score(), m.grade(), m.flat(), m.scoreDetail(), m.createdBy(), m.createdAt(), m.updatedAt(), m.version());
    }
}
