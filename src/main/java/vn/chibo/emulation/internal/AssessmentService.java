package vn.chibo.emulation.internal;

import vn.chibo.rules.RulebookDefinition;
import vn.chibo.rules.RulebookService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;

/**
 * Year-end recognition of a registration (xét công nhận): the subject assesses itself, the advisory
 * body of the deciding organization proposes, the deciding organization decides; any review step
 * can return it with a reason. The result computed from the year-end review by the rulebook is
 * recorded beside each human judgement; a self-assessment or a decision that differs from it needs a written reason.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final ProgrammeService programmes;
    private final RulebookService rulebooks;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, ProgrammeService programmes, RulebookService rulebooks,
                      OrganizationDirectory organizations, ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.programmes = programmes;
        this.rulebooks = rulebooks;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    public Optional<Assessment> find(long registrationId) {
        programmes.registration(registrationId);
        return assessments.findByRegistrationId(registrationId);
    }

    /** The year-end review period of the registration's programme. */
    public String yearPeriod(Registration registration) {
        return String.valueOf(programmes.programmeOf(registration).getYear());
    }

    /** What the rulebook says about the year-end review as it stands. */
    public boolean computed(long registrationId) {
        Registration registration = programmes.registration(registrationId);
        return programmes.sheet(registrationId, yearPeriod(registration)).outcome().recognised();
    }

    /**
     * The organization that recognises: the grassroots committee above a cell, or the direct superior.
     * For a member, his cell is the first level above him: the grassroots committee above the cell
     * decides, or the cell itself when it is a grassroots cell (chi bộ cơ sở, no grassroots committee above).
     */
    public OrganizationRef decidingOrganization(Registration registration) {
        Programme programme = programmes.programmeOf(registration);
        return decidingOrganization(rulebooks.definition(programmes.rulebookOf(programme)).decidedBy(), registration.getOrgPath(),
                registration.getOrganizationId(), registration.isMember());
    }

    /** As {@link #decidingOrganization(Registration)}, for a registration known by its path (lists of many at once). */
    OrganizationRef decidingOrganization(RulebookDefinition.DecidingBody decidedBy, String orgPath, long organizationId,
                                         boolean member) {
        List<OrganizationRef> ancestors = Arrays.stream(orgPath.split("/")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).filter(id -> member || id.longValue() != organizationId)
                .map(organizations::find).flatMap(Optional::stream).toList();
        if (ancestors.isEmpty()) {
            return organizations.find(organizationId).orElseThrow();
        }
        if (decidedBy == RulebookDefinition.DecidingBody.GRASSROOTS_COMMITTEE) {
            for (int i = ancestors.size() - 1; i >= 0; i--) {
                if (ancestors.get(i).type() == OrganizationType.GRASSROOTS_COMMITTEE) {
                    return ancestors.get(i);
                }
            }
        }
        return ancestors.get(ancestors.size() - 1);
    }

    /** Officers (and administrators) whose scope holds the deciding organization propose and decide. */
    public boolean mayDecide(Registration registration) {
        ChiboUser user = CurrentUser.get();
        return user.may(Permission.DECIDE_MODELS) && user.canSee(decidingOrganization(registration).path())
                && !judgesHimself(registration);
    }

    /** Nobody proposes or decides on his own registration. */
    private static boolean judgesHimself(Registration registration) {
        return registration.isMember() && java.util.Objects.equals(CurrentUser.get().personId(), registration.getPersonId());
    }

    /**
     * Who proposes: for a member, his cell's secretary (the cell meeting reviews its members), or
     * whoever decides; for an organization, whoever decides.
     */
    public boolean mayPropose(Registration registration) {
        ChiboUser user = CurrentUser.get();
        if (registration.isMember() && user.role() == Role.SECRETARY && user.canSee(registration.getOrgPath())
                && !judgesHimself(registration)) {
            return true;
        }
        return mayDecide(registration);
    }

    @Transactional
    public Assessment selfAssess(long registrationId, boolean recognised, String comment, Long version) {
        Registration registration = programmes.registration(registrationId);
        if (!programmes.mayWorkOn(registration)) {
            throw new ForbiddenException("self-assess");
        }
        Optional<Assessment> existing = assessments.findByRegistrationId(registrationId);
        if (existing.isPresent()) {
            requireVersion(existing.get(), version);
            requireStatus(existing.get(), Assessment.Status.DRAFT);
        }
        boolean computed = computed(registrationId);
        String why = clean(comment, 2000, "comment");
        if (recognised != computed && why == null) {
            throw new BusinessRuleException("comment", "assessment.error.selfReasonRequired");
        }
        Assessment assessment = existing.orElseGet(() -> assessments.save(
                new Assessment(registrationId, programmes.programmeOf(registration).getRulebookId(), clock.instant())));
        Map<String, Object> before = assessment.snapshot();
        assessment.selfAssess(computed, recognised, why, CurrentUser.actorName(), clock.instant());
        audit(assessment, registration, before);
        return assessment;
    }

    @Transactional
    public Assessment propose(long registrationId, boolean recognised, String comment, Long version) {
        Registration registration = programmes.registration(registrationId);
        if (!mayPropose(registration)) {
            throw new ForbiddenException("propose");
        }
        Assessment assessment = forReview(registration, version);
        requireStatus(assessment, Assessment.Status.SELF_ASSESSED);
        Map<String, Object> before = assessment.snapshot();
        assessment.propose(computed(registrationId), recognised, clean(comment, 2000, "comment"), CurrentUser.actorName(), clock.instant());
        audit(assessment, registration, before);
        return assessment;
    }

    @Transactional
    public Assessment decide(long registrationId, boolean recognised, String decisionNumber, LocalDate decisionDate,
                             String reason, Long version) {
        Registration registration = programmes.registration(registrationId);
        if (!mayDecide(registration)) {
            throw new ForbiddenException("decide");
        }
        Assessment assessment = forReview(registration, version);
        requireStatus(assessment, Assessment.Status.PROPOSED);
        String number = clean(decisionNumber, 100, "decisionNumber");
        if (number == null) {
            throw new BusinessRuleException("decisionNumber", "assessment.error.decisionNumber");
        }
        if (decisionDate == null || decisionDate.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("decisionDate", "validation.date.notFuture");
        }
        boolean computed = computed(registrationId);
        String why = clean(reason, 2000, "reason");
        if (recognised != computed && why == null) {
            throw new BusinessRuleException("reason", "assessment.error.reasonRequired");
        }
        Map<String, Object> before = assessment.snapshot();
        assessment.decide(computed, recognised, number, decisionDate, why, CurrentUser.actorName(), clock.instant());
        audit(assessment, registration, before);
        events.publishEvent(EvaluationEvents.decided(registration, EvaluationEvents.subjectName(registration, programmes, organizations),
                programmes.programmeOf(registration).getYear(), assessment));
        return assessment;
    }

    /** Trả lại: a review step sends it back to the subject with a reason. */
    @Transactional
    public Assessment returnWithReason(long registrationId, String reason, Long version) {
        Registration registration = programmes.registration(registrationId);
        if (!mayPropose(registration)) {
            throw new ForbiddenException("return an assessment");
        }
        Assessment assessment = forReview(registration, version);
        if (assessment.getStatus() != Assessment.Status.SELF_ASSESSED && assessment.getStatus() != Assessment.Status.PROPOSED) {
            throw new BusinessRuleException(null, "assessment.error.status");
        }
        if (assessment.getStatus() == Assessment.Status.PROPOSED && !mayDecide(registration)) {
            throw new ForbiddenException("return a proposal");
        }
        String why = clean(reason, 2000, "reason");
        if (why == null) {
            throw new BusinessRuleException("reason", "assessment.error.returnReason");
        }
        Map<String, Object> before = assessment.snapshot();
        assessment.returnWithReason(why, clock.instant());
        audit(assessment, registration, before);
        events.publishEvent(EvaluationEvents.returned(registration, EvaluationEvents.subjectName(registration, programmes, organizations),
                programmes.programmeOf(registration).getYear(), why, clock.instant()));
        return assessment;
    }

    private Assessment forReview(Registration registration, Long version) {
        Assessment assessment = assessments.findByRegistrationId(registration.getId())
                .orElseThrow(() -> new BusinessRuleException(null, "assessment.error.status"));
        requireVersion(assessment, version);
        return assessment;
    }

    /** Two reviewers acting at once: the first wins, the second is told the assessment changed under them. */
    private static void requireVersion(Assessment assessment, Long version) {
        if (version == null) {
            throw new BusinessRuleException("version", "validation.versionRequired");
        }
        if (version != assessment.getVersion()) {
            throw new ConcurrentEditException();
        }
    }

    private static void requireStatus(Assessment assessment, Assessment.Status expected) {
        if (assessment.getStatus() != expected) {
            throw new BusinessRuleException(null, "assessment.error.status");
        }
    }

    private static String clean(String text, int max, String field) {
        String value = VietnameseText.clean(text);
        if (value != null && value.length() > max) {
            throw new BusinessRuleException(field, "assessment.error.tooLong", max);
        }
        return value;
    }

    private void audit(Assessment assessment, Registration registration, Map<String, Object> before) {
        String subject = registration.isMember() ? " — " + programmes.memberOf(registration).fullName() : "";
        events.publishEvent(AuditRecord.of("TRANSITION", "Assessment", assessment.getId(), registration.getOrgPath(),
                assessment.getStatus().name() + subject, Changes.between(before, assessment.snapshot())));
    }

}
