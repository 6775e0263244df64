package vn.chibo.mentoring.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.mentoring.MentoringDirectory;
import vn.chibo.mentoring.MentoringOutcome;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;

/**
 * Nhật ký dìu dắt: group sessions, progress reviews per period and outcomes. The group's mentor and
 * those who manage its organization record them; private notes are shown to the mentor only.
 */
@Service
@Transactional(readOnly = true)
public class ActivityService implements MentoringDirectory, vn.chibo.development.MentorLookup {

    private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("^\\d{4}(-(Q[1-4]|H[12]|M(0[1-9]|1[0-2])))?$");

    private final MentoringService mentoring;
    private final MentoringAccess access;
    private final MentoringAssignments assigning;
    private final MentoringSessionRepository sessions;
    private final MentoringReviewRepository reviews;
    private final MentoringAssignmentRepository assignments;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final OutcomeRecorder recorder;
    private final Clock clock;

    ActivityService(MentoringService mentoring, MentoringAccess access, MentoringAssignments assigning,
                    MentoringSessionRepository sessions, MentoringReviewRepository reviews,
                    MentoringAssignmentRepository assignments, ApplicationEventPublisher events, JdbcClient jdbc,
                    OutcomeRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.mentoring = mentoring;
        this.access = access;
        this.assigning = assigning;
        this.sessions = sessions;
        this.reviews = reviews;
        this.assignments = assignments;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A session as the account may see it: private notes blanked unless the account is the group's mentor. */
    public record SessionView(MentoringSession session, boolean showPrivate) {

        public String privateNotes() {
            return showPrivate ? session.getPrivateNotes() : null;
        }
    }

    public List<SessionView> sessionsOf(long groupId) {
        MentoringGroup group = mentoring.group(groupId);
        boolean mine = access.isMentorOf(group);
        return sessions.findTop20ByGroupIdOrderByHeldOnDescIdDesc(group.getId()).stream()
                .map(s -> new SessionView(s, mine)).toList();
    }

    @Transactional
    public MentoringSession logSession(long groupId, SessionForm form) {
        MentoringGroup group = mentoring.group(groupId);
        if (!access.mayRecord(group)) {
            throw new ForbiddenException("log a mentoring session");
        }
        if (!group.isActive()) {
            throw new BusinessRuleException("heldOn", "mentoring.session.error.groupEnded");
        }
        if (form.getHeldOn() == null) {
            throw new BusinessRuleException("heldOn", "validation.required");
        }
        if (form.getHeldOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("heldOn", "validation.date.notFuture");
        }
        if (form.getHeldOn().isBefore(group.getFormedOn())) {
            throw new BusinessRuleException("heldOn", "mentoring.session.error.beforeGroup");
        }
        if (form.getTopics().isEmpty()) {
            throw new BusinessRuleException("topics", "mentoring.session.error.topics");
        }
        if (form.getAttendees() != null && (form.getAttendees() < 1 || form.getAttendees() > 50)) {
            throw new BusinessRuleException("attendees", "mentoring.session.error.attendees");
        }
        form.setContent(limited("content", form.getContent(), 4000));
        form.setDifficultiesRaised(limited("difficultiesRaised", form.getDifficultiesRaised(), 2000));
        form.setDifficultiesResolved(limited("difficultiesResolved", form.getDifficultiesResolved(), 2000));
        form.setSharedNotes(limited("sharedNotes", form.getSharedNotes(), 4000));
        // a private note is the mentor's own: nobody else writes one for him
        form.setPrivateNotes(access.isMentorOf(group) ? limited("privateNotes", form.getPrivateNotes(), 4000) : null);
        form.setTopics(form.getTopics().stream().distinct().toList());
        form.setMassOrganizations(form.getMassOrganizations().stream().distinct().toList());
        MentoringSession session = sessions.save(new MentoringSession(group, form, CurrentUser.actorName(), clock.instant()));
        events.publishEvent(AuditRecord.of("CREATE", "MentoringSession", session.getId(), session.getOrgPath(),
                group.getName(), Changes.created(session.snapshot())));
        return session;
    }

    private static String limited(String field, String text, int max) {
        String cleaned = VietnameseText.clean(text);
        if (cleaned != null && cleaned.length() > max) {
            throw new BusinessRuleException(field, "mentoring.error.tooLong", max);
        }
        return cleaned;
    }

    public List<MentoringReview> reviewsOf(List<Long> assignmentIds) {
        return assignmentIds.isEmpty() ? List.of() : reviews.findByAssignmentIdInOrderByReviewPeriodDesc(assignmentIds);
    }

    /** One line of a mentee's outcomes; an award links to its record in the award register. */
    public record OutcomeLine(long id, long assignmentId, MentoringOutcome kind, LocalDate occurredOn, String note,
                              String recordedBy, Long awardRecordId) {
    }

    public List<OutcomeLine> outcomesOf(List<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, assignment_id, kind, occurred_on, note, recorded_by, award_record_id from mentoring_outcome"
                        + " where assignment_id in (:ids) order by occurred_on desc, id desc")
                .param("ids", assignmentIds)
                .query((rs, n) -> new OutcomeLine(rs.getLong(1), rs.getLong(2), MentoringOutcome.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getObject(7, Long.class)))
                .list();
    }

    @Transactional
    public MentoringReview review(long assignmentId, String period, MentoringReview.Rating rating, String comment,
                                  List<MentoringOutcome> outcomes, Long version) {
        return review(assignmentId, period, rating, comment, outcomes, null, version);
    }

    /**
     * Rates a mentee's progress for a period (the current one when none is given) and records the
     * outcomes of the period; an outcome that ends mentoring ends the assignment. 'Awarded' names the
     * award register's record it stands for; 'sympathiser list' is the cell's decision (those who
     * manage the organization), and 'admitted' comes from the development pipeline only.
     */
    @Transactional
    public MentoringReview review(long assignmentId, String period, MentoringReview.Rating rating, String comment,
                                  List<MentoringOutcome> outcomes, Long awardRecordId, Long version) {
        MentoringAssignment assignment = mentoring.assignment(assignmentId);
        MentoringGroup group = mentoring.group(assignment.getGroupId());
        if (!access.mayRecord(group)) {
            throw new ForbiddenException("review a mentee");
        }
        if (!assignment.isActive()) {
            throw new BusinessRuleException("rating", "mentoring.error.alreadyEnded");
        }
        if (rating == null) {
            throw new BusinessRuleException("rating", "validation.required");
        }
        String chosen = period == null || period.isBlank() ? mentoring.rulesFor(group.getOrgPath()).periodOf(LocalDate.now(clock))
                : period.strip();
        if (!PERIOD.matcher(chosen).matches()) {
            throw new BusinessRuleException("period", "mentoring.review.error.period");
        }
        String cleaned = limited("comment", comment, 2000);
        List<MentoringOutcome> chosenOutcomes = outcomes == null ? List.of() : outcomes.stream().distinct().toList();
        for (MentoringOutcome outcome : chosenOutcomes) {
            if (outcome == MentoringOutcome.ADMITTED) {
                // admission is decided in the party development pipeline, which records it here
                throw new BusinessRuleException("outcomes", "mentoring.review.error.admittedByPipeline");
            }
            if (outcome == MentoringOutcome.SYMPATHISER && !access.mayManage(assignment.getOrgPath())) {
                throw new BusinessRuleException("outcomes", "mentoring.outcome.error.sympathiserByCell");
            }
            recorder.check(assignment, outcome, outcome == MentoringOutcome.AWARDED ? awardRecordId : null);
        }
        MentoringReview review = reviews.findByAssignmentIdAndReviewPeriod(assignmentId, chosen).orElse(null);
        String actor = CurrentUser.actorName();
        if (review == null) {
            review = new MentoringReview(assignment, chosen, actor);
            review.rate(rating, cleaned, LocalDate.now(clock), actor);
            reviews.save(review);
            events.publishEvent(AuditRecord.of("REVIEW", "MentoringReview", review.getId(), assignment.getOrgPath(),
                    group.getName() + " " + chosen, Changes.created(review.snapshot())));
        } else {
            if (version == null || version != review.getVersion()) {
                throw new ConcurrentEditException();
            }
            var before = review.snapshot();
            review.rate(rating, cleaned, LocalDate.now(clock), actor);
            events.publishEvent(AuditRecord.of("REVIEW", "MentoringReview", review.getId(), assignment.getOrgPath(),
                    group.getName() + " " + chosen, Changes.between(before, review.snapshot())));
        }
        MentoringOutcome ending = null;
        for (MentoringOutcome outcome : chosenOutcomes) {
            recorder.record(assignment, outcome, LocalDate.now(clock), null,
                    outcome == MentoringOutcome.AWARDED ? awardRecordId : null);
            if (outcome.endsAssignment()) {
                ending = outcome;
            }
        }
        if (ending != null) {
            assigning.endInternal(assignment, LocalDate.now(clock), ending);
        }
        return review;
    }

    /** Per active assignment, the awards of the register an 'awarded' outcome may stand for. */
    public Map<Long, List<vn.chibo.recognition.AwardRegister.IndividualAward>> linkableAwards(List<MentoringAssignment> list) {
        return recorder.linkable(list);
    }

    // ---- façade -------------------------------------------------------------------------------

    @Override
    public Optional<Long> currentMentorOf(long menteePersonId) {
        return assignments.findByMenteePersonIdAndEndDateIsNull(menteePersonId).stream().findFirst()
                .map(MentoringAssignment::getMentorPersonId);
    }

    @Override
    @Transactional
    public boolean recordOutcome(long menteePersonId, MentoringOutcome outcome, LocalDate on, String note) {
        List<MentoringAssignment> all = assignments.findByMenteePersonIdOrderByStartDateDescIdDesc(menteePersonId);
        if (all.isEmpty()) {
            return false;
        }
        MentoringAssignment assignment = all.stream().filter(MentoringAssignment::isActive).findFirst().orElse(all.get(0));
        recorder.record(assignment, outcome, on, VietnameseText.clean(note), null);
        if (outcome.endsAssignment() && assignment.isActive()) {
            assigning.endInternal(assignment, on.isBefore(assignment.getStartDate()) ? assignment.getStartDate() : on, outcome);
        }
        return true;
    }

    /** Progress of the mentees of a set of assignments: ratings of one period. */
    public Map<Long, MentoringReview> latestReviews(List<Long> assignmentIds) {
        Map<Long, MentoringReview> latest = new java.util.HashMap<>();
        for (MentoringReview review : reviewsOf(assignmentIds)) {
            latest.putIfAbsent(review.getAssignmentId(), review);
        }
        return latest;
    }

    Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    static List<Long> ids(List<MentoringAssignment> list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(a -> ids.add(a.getId()));
        return ids;
    }
}
