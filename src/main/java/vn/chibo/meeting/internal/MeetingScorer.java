package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.MeetingScoring;

/**
 * Scores meetings by their rubric from their facts ({@link MeetingFacts}) and keeps the counts, score, grade and
 * flat flag on the meeting rows — one meeting after a change, or thousands after a bulk load. A closed meeting
 * keeps its score.
 */
@Component
public class MeetingScorer implements MeetingScoring {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final RubricService rubrics;
    private final MeetingFacts facts;

    MeetingScorer(JdbcClient jdbc, JdbcTemplate template, RubricService rubrics, MeetingFacts facts) {
        this.jdbc = jdbc;
        this.template = template;
        this.rubrics = rubrics;
        this.facts = facts;
    }

    /** Facts of the meetings, by meeting id. */
    public Map<Long, MeetingFacts.Facts> facts(Collection<Meeting> meetings) {
        return facts.of(meetings);
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

    public RubricCalculator.Result score(Meeting meeting, MeetingFacts.Facts facts, Long rubricId) {
        return RubricCalculator.score(rubrics.definition(rubricId), facts.values(), meeting.combinedThematic(), meeting.manualScores());
    }

    /** Recounts and rescores meetings (closed ones keep their score and rubric; their counts are not touched either). */
    @Transactional
    public void refresh(Collection<Meeting> meetings) {
        List<Meeting> open = meetings.stream().filter(m -> m.status() != MeetingStatus.CLOSED).toList();
        if (open.isEmpty()) {
            return;
        }
        Map<Long, MeetingFacts.Facts> all = facts.of(open);
        Map<LocalDate, Long> rubricByDate = rubrics.inForceOn(open.stream().map(Meeting::date).collect(java.util.stream.Collectors.toSet()));
        List<Object[]> rows = new ArrayList<>();
        for (Meeting m : open) {
            MeetingFacts.Facts f = all.get(m.id());
            long rubricId = rubricByDate.getOrDefault(m.date(), -1L);
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