package vn.chibo.mentoring.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.development.DevelopmentPipeline;
import vn.chibo.mentoring.MentoringOutcome;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.recognition.AwardRegister;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.jdbc.WritersTurns;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * Writes a mentee's outcome so that each fact keeps one home: 'awarded' links to the award register's
 * record (no award, no outcome), 'sympathiser list' changes the person's party status in the people
 * module and opens his record in the development pipeline. Runs in the caller's transaction.
 */
@Component
class OutcomeRecorder {

    private final JdbcClient jdbc;
    private final AwardRegister awards;
    private final PersonDirectory people;
    private final DevelopmentPipeline pipeline;
    private final ApplicationEventPublisher events;
    private final WritersTurns turns;

    OutcomeRecorder(JdbcClient jdbc, AwardRegister awards, PersonDirectory people, DevelopmentPipeline pipeline,
                    ApplicationEventPublisher events, WritersTurns turns) {
        this.jdbc = jdbc;
        this.awards = awards;
        this.people = people;
        this.pipeline = pipeline;
        this.events = events;
        this.turns = turns;
    }

    /** Refuses, before anything is written, an 'awarded' outcome without a linkable award or an award on another outcome. */
    void check(MentoringAssignment assignment, MentoringOutcome outcome, Long awardRecordId) {
        if (outcome == MentoringOutcome.AWARDED) {
            linkableAward(assignment, awardRecordId);
        } else if (awardRecordId != null) {
            throw new BusinessRuleException("awardRecordId", "mentoring.outcome.error.awardOnlyForAwarded");
        }
    }

    /** Records one outcome on {@code on} (an award's outcome is dated by its decision); returns that date. */
    LocalDate record(MentoringAssignment assignment, MentoringOutcome outcome, LocalDate on, String note, Long awardRecordId) {
        LocalDate date = on;
        if (outcome == MentoringOutcome.AWARDED) {
            date = linkableAward(assignment, awardRecordId).decisionDate();
        } else if (awardRecordId != null) {
            throw new BusinessRuleException("awardRecordId", "mentoring.outcome.error.awardOnlyForAwarded");
        }
        if (outcome == MentoringOutcome.SYMPATHISER) {
            listAsSympathiser(assignment, on);
        }
        jdbc.sql("insert into mentoring_outcome (assignment_id, mentor_person_id, mentee_person_id, org_path, kind,"
                        + " occurred_on, note, recorded_by, award_record_id) values (:a, :mentor, :mentee, :path, :kind, :on,"
                        + " :note, :by, :award)")
                .param("a", assignment.getId()).param("mentor", assignment.getMentorPersonId())
                .param("mentee", assignment.getMenteePersonId()).param("path", assignment.getOrgPath())
                .param("kind", outcome.name()).param("on", Date.valueOf(date)).param("note", note)
                .param("by", CurrentUser.actorName()).param("award", awardRecordId).update();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("outcome", new Object[] {null, outcome});
        if (awardRecordId != null) {
            changes.put("awardRecord", new Object[] {null, awardRecordId});
        }
        events.publishEvent(AuditRecord.of("OUTCOME", "MentoringAssignment", assignment.getId(), assignment.getOrgPath(),
                outcome.name(), changes));
        return date;
    }

    /** Per active assignment, the mentee's awards decided since it started that no outcome links to yet. */
    Map<Long, java.util.List<AwardRegister.IndividualAward>> linkable(java.util.List<MentoringAssignment> assignments) {
        Map<Long, java.util.List<AwardRegister.IndividualAward>> result = new java.util.HashMap<>();
        for (MentoringAssignment assignment : assignments) {
            if (!assignment.isActive()) {
                continue;
            }
            java.util.List<AwardRegister.IndividualAward> awardsOfMentee = awards.awardsOf(assignment.getMenteePersonId()).stream()
                    .filter(a -> !a.decisionDate().isBefore(assignment.getStartDate())).toList();
            if (awardsOfMentee.isEmpty()) {
                continue;
            }
            java.util.Set<Long> linked = new java.util.HashSet<>(jdbc.sql(
                            "select award_record_id from mentoring_outcome where award_record_id in (:ids)")
                    .param("ids", awardsOfMentee.stream().map(AwardRegister.IndividualAward::id).toList()).query(Long.class).list());
            result.put(assignment.getId(), awardsOfMentee.stream().filter(a -> !linked.contains(a.id())).toList());
        }
        return result;
    }

    /** The mentee's award decided while he was mentored, not yet linked to another outcome. */
    private AwardRegister.IndividualAward linkableAward(MentoringAssignment assignment, Long awardRecordId) {
        if (awardRecordId == null) {
            throw new BusinessRuleException("awardRecordId", "mentoring.outcome.error.awardRequired");
        }
        AwardRegister.IndividualAward award = awards.find(awardRecordId)
                .filter(a -> a.personId() == assignment.getMenteePersonId())
                .orElseThrow(() -> new BusinessRuleException("awardRecordId", "mentoring.outcome.error.awardNotOfMentee"));
        if (award.decisionDate().isBefore(assignment.getStartDate())
                || assignment.getEndDate() != null && award.decisionDate().isAfter(assignment.getEndDate())) {
            throw new BusinessRuleException("awardRecordId", "mentoring.outcome.error.awardOutsideAssignment");
        }
        long linked = jdbc.sql("select count(*) from mentoring_outcome where award_record_id = :id").param("id", awardRecordId)
                .query(Long.class).single();
        if (linked > 0) {
            throw new BusinessRuleException("awardRecordId", "mentoring.outcome.error.awardLinked");
        }
        return award;
    }

    /** A mass becomes a sympathiser (status history in the people module) and a candidate in the pipeline. */
    private void listAsSympathiser(MentoringAssignment assignment, LocalDate on) {
        // the person's status, then the pipeline's timeline: the mentoring's (a review holds it already), development's
        // and people's turns first, in the one order (else mentoring, people, development, against a development step's
        // and a moved subtree's)
        turns.take(WritersTurns.Kind.MENTORING, WritersTurns.Kind.DEVELOPMENT, WritersTurns.Kind.PEOPLE);
        PersonRef mentee = people.find(assignment.getMenteePersonId()).orElseThrow();
        if (mentee.partyStatus() == PartyStatus.MASS) {
            people.changePartyStatus(mentee.id(), PartyStatus.SYMPATHISER, on, "Vào danh sách cảm tình Đảng (dìu dắt quần chúng)");
        } else if (mentee.partyStatus() != PartyStatus.SYMPATHISER) {
            throw new BusinessRuleException("outcomes", "mentoring.outcome.error.sympathiserStatus", mentee.fullName());
        }
        pipeline.openSympathiser(mentee.id(), assignment.getMentorPersonId(), on);
    }
}
