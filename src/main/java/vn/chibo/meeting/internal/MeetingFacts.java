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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Works out the facts of meetings (attendance, duration, materials, speakers, minutes, previous resolution) in
 * grouped queries: one meeting after a change, or thousands after a bulk load. {@link MeetingScorer} scores them.
 */
@Component
public class MeetingFacts {

    private final JdbcClient jdbc;

    MeetingFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    Map<Long, Facts> of(Collection<Meeting> meetings) {
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
                values.put(Measure.ATTENDANCE_RATE, MeetingScorer.percent(c.present, invited));
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
                values.put(Measure.SPEAKING_SHARE, MeetingScorer.percent(c.speakers, c.present));
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
                    values.put(Measure.PREVIOUS_ITEMS_DONE_SHARE, MeetingScorer.percent(done, total));
                }
            }
            result.put(m.id(), new Facts(values, List.copyOf(missing), c.official, c.probationary, c.present, c.excused, c.unexcused,
                    c.speakers, c.contributions, c.supervisorPresent));
        }
        return result;
    }

}
