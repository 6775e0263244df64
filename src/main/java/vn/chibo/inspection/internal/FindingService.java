package vn.chibo.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Findings and their remediation (khắc phục sau kiểm tra), gated like a corrective action: a
 * shortcoming or violation is accepted as handled only with a remediation plan (at least one
 * action with an owner and a due date); the inspector verifies each action; a finding closes only
 * when every action is verified effective. A new shortcoming or violation on the same subject and
 * criterion within the rule set's window is flagged as a repeat.
 */
@Service
@Transactional(readOnly = true)
public class FindingService {

    private final FindingRepository findings;
    private final RemediationActionRepository actions;
    private final InspectionService inspections;
    private final InspectionAccess access;
    private final InspectionRules rules;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final vn.chibo.rules.ModelCriteria criteria;

    FindingService(FindingRepository findings, RemediationActionRepository actions, InspectionService inspections,
                   InspectionAccess access, InspectionRules rules, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
                   vn.chibo.rules.ModelCriteria criteria) {
        this.criteria = criteria;
        this.findings = findings;
        this.actions = actions;
        this.inspections = inspections;
        this.access = access;
        this.rules = rules;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public Finding get(long id) {
        ChiboUser user = CurrentUser.get();
        return findings.findById(id)
                .filter(f -> InspectionAccess.visible(user, f.getOrgPath(), f.getInspectingOrgPath(), f.getPersonId()))
                .orElseThrow(() -> new NotFoundException("Finding", id));
    }

    public List<Finding> ofInspection(long inspectionId) {
        inspections.get(inspectionId);
        return findings.findByInspectionIdOrderByIdAsc(inspectionId);
    }

    public List<RemediationAction> actions(long findingId) {
        get(findingId);
        return actions.findByFindingIdOrderByDueOnAscIdAsc(findingId);
    }

    public boolean mayVerify(Finding finding) {
        return InspectionAccess.mayInspect(CurrentUser.get(), finding.getInspectingOrgPath());
    }

    public boolean mayRemediate(Finding finding) {
        return InspectionAccess.mayRespond(CurrentUser.get(), finding.getOrgPath(), finding.getPersonId());
    }

    @Transactional
    public Finding record(long inspectionId, FindingInput input) {
        Inspection inspection = inspections.get(inspectionId);
        InspectionAccess.requireInspector(CurrentUser.get(), inspection.getInspectingOrgPath());
        if (inspection.getStatus() == InspectionStatus.NOTIFIED) {
            throw new BusinessRuleException("description", "inspection.error.alreadyNotified");
        }
        input.clean();
        if (input.getType() == null) {
            throw new BusinessRuleException("type", "validation.required");
        }
        if (input.getType() == FindingType.STRENGTH) {
            input.setSeverity(null);
        } else if (input.getSeverity() == null) {
            throw new BusinessRuleException("severity", "validation.required");
        }
        if (input.getDescription() == null) {
            throw new BusinessRuleException("description", "validation.required");
        }
        if (input.getDescription().length() > 2000) {
            throw new BusinessRuleException("description", "inspection.error.tooLong", 2000);
        }
        if (input.getCriterionCode() != null && !criteria.known(inspection.getStartsOn().getYear(), input.getCriterionCode())) {
            throw new BusinessRuleException("criterionCode", "inspection.error.criterionUnknown", input.getCriterionCode());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate foundOn = inspection.getEndsOn().isBefore(today) ? inspection.getEndsOn() : today;
        Finding finding = new Finding(inspection, input, foundOn, CurrentUser.actorName(), clock.instant());
        if (finding.getType().needsRemediation() && finding.getCriterionCode() != null) {
            InspectionRules.RuleSet ruleSet = rules.forSubject(finding.getOrgPath(), foundOn.getYear());
            earlier(finding, ruleSet.settings().repeatWindowMonths())
                    .ifPresent(earlier -> finding.markRepeatOf(earlier, ruleSet.id()));
        }
        findings.save(finding);
        events.publishEvent(AuditRecord.of("CREATE", "Finding", finding.getId(), finding.getOrgPath(),
                inspection.getSubjectName() + ": " + finding.getType() + (finding.isRepeat() ? " (repeat)" : ""),
                Changes.created(finding.snapshot())));
        return finding;
    }

    /**
     * The latest earlier shortcoming or violation on the same subject and criterion found within
     * {@code months} before this one (lặp lại).
     */
    Optional<Long> earlier(Finding finding, int months) {
        String subjectColumn = finding.getPersonId() != null ? "person_id" : "subject_org_id";
        long subjectId = finding.getPersonId() != null ? finding.getPersonId() : finding.getSubjectOrgId();
        return jdbc.sql("select id from inspection_finding where " + subjectColumn + " = :s and criterion_code = :c"
                        + " and finding_type in ('SHORTCOMING', 'VIOLATION') and found_on >= :from and found_on <= :to"
                        + " order by found_on desc, id desc limit 1")
                .param("s", subjectId).param("c", finding.getCriterionCode())
                .param("from", finding.getFoundOn().minusMonths(months)).param("to", finding.getFoundOn())
                .query(Long.class).optional();
    }

    /** Adds an action to the remediation plan (the inspected side), while the finding is open. */
    @Transactional
    public RemediationAction addAction(long findingId, ActionInput input) {
        Finding finding = get(findingId);
        InspectionAccess.requireRespondent(CurrentUser.get(), finding.getOrgPath(), finding.getPersonId());
        if (finding.getStatus() != FindingStatus.OPEN) {
            throw new BusinessRuleException("content", "inspection.error.findingNotOpen");
        }
        input.clean();
        if (input.getContent() == null) {
            throw new BusinessRuleException("content", "validation.required");
        }
        if (input.getContent().length() > 2000) {
            throw new BusinessRuleException("content", "inspection.error.tooLong", 2000);
        }
        if (input.getOwnerPersonId() == null) {
            throw new BusinessRuleException("ownerPersonId", "validation.required");
        }
        if (input.getDueOn() == null) {
            throw new BusinessRuleException("dueOn", "validation.required");
        }
        if (input.getDueOn().isBefore(finding.getFoundOn())) {
            throw new BusinessRuleException("dueOn", "inspection.error.dueBeforeFinding");
        }
        PersonRef owner = access.person(input.getOwnerPersonId());
        RemediationAction action = new RemediationAction(finding, input.getContent(), owner.id(), owner.fullName(),
                input.getDueOn(), CurrentUser.actorName(), clock.instant());
        actions.save(action);
        events.publishEvent(AuditRecord.of("CREATE", "RemediationAction", action.getId(), finding.getOrgPath(),
                owner.fullName() + ": " + action.getContent(), Changes.created(action.snapshot())));
        events.publishEvent(InspectionEvents.assigned(action, finding));
        return action;
    }

    /** The owner's side reports an action done (đã thực hiện). */
    @Transactional
    public RemediationAction complete(long actionId, LocalDate on, Long version) {
        RemediationAction action = action(actionId);
        Finding finding = get(action.getFindingId());
        InspectionAccess.requireRespondent(CurrentUser.get(), finding.getOrgPath(), finding.getPersonId());
        InspectionService.checkVersion(version, action.getVersion());
        if (finding.getStatus() == FindingStatus.CLOSED || action.isEffective()) {
            throw new BusinessRuleException("completedOn", "inspection.error.findingClosed");
        }
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        if (date.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("completedOn", "validation.date.notFuture");
        }
        var before = action.snapshot();
        action.completed(date);
        actions.flush();
        events.publishEvent(AuditRecord.of("COMPLETE", "RemediationAction", actionId, finding.getOrgPath(), action.getContent(),
                Changes.between(before, action.snapshot())));
        return action;
    }

    /** The subject accepts the finding as handled: refused without a remediation plan. */
    @Transactional
    public Finding markHandled(long findingId, Long version) {
        Finding finding = get(findingId);
        InspectionAccess.requireRespondent(CurrentUser.get(), finding.getOrgPath(), finding.getPersonId());
        InspectionService.checkVersion(version, finding.getVersion());
        if (!finding.getType().needsRemediation() || finding.getStatus() != FindingStatus.OPEN) {
            throw new BusinessRuleException("status", "inspection.error.findingNotOpen");
        }
        List<RemediationAction> plan = actions.findByFindingIdOrderByDueOnAscIdAsc(findingId);
        if (plan.isEmpty()) {
            throw new BusinessRuleException("status", "inspection.error.noRemediationPlan");
        }
        var before = finding.snapshot();
        finding.handled(LocalDate.now(clock));
        findings.flush();
        events.publishEvent(AuditRecord.of("HANDLED", "Finding", findingId, finding.getOrgPath(), finding.getDescription(),
                Changes.between(before, finding.snapshot())));
        return finding;
    }

    /**
     * The inspector verifies one action. An ineffective action sends the finding back to the
     * subject (OPEN) and must be done again.
     */
    @Transactional
    public RemediationAction verify(long actionId, VerificationInput input) {
        RemediationAction action = action(actionId);
        Finding finding = get(action.getFindingId());
        InspectionAccess.requireInspector(CurrentUser.get(), finding.getInspectingOrgPath());
        InspectionService.checkVersion(input.getVersion(), action.getVersion());
        input.clean();
        if (finding.getStatus() == FindingStatus.CLOSED) {
            throw new BusinessRuleException("result", "inspection.error.findingClosed");
        }
        if (input.getResult() == null) {
            throw new BusinessRuleException("result", "validation.required");
        }
        if (input.getVerifiedOn() == null) {
            throw new BusinessRuleException("verifiedOn", "validation.required");
        }
        if (input.getVerifiedOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("verifiedOn", "validation.date.notFuture");
        }
        if (input.getResult() == Verification.INEFFECTIVE && input.getNote() == null) {
            throw new BusinessRuleException("note", "inspection.error.noteRequired");
        }
        if (input.getNote() != null && input.getNote().length() > 2000) {
            throw new BusinessRuleException("note", "inspection.error.tooLong", 2000);
        }
        var before = action.snapshot();
        action.verify(input.getResult(), input.getNote(), input.getVerifiedOn(), CurrentUser.actorName());
        actions.flush();
        events.publishEvent(AuditRecord.of("VERIFY", "RemediationAction", actionId, finding.getOrgPath(),
                action.getContent() + ": " + input.getResult(), Changes.between(before, action.snapshot())));
        if (input.getResult() == Verification.INEFFECTIVE && finding.getStatus() == FindingStatus.HANDLED) {
            var findingBefore = finding.snapshot();
            finding.reopen();
            findings.flush();
            events.publishEvent(AuditRecord.of("REOPEN", "Finding", finding.getId(), finding.getOrgPath(),
                    finding.getDescription(), Changes.between(findingBefore, finding.snapshot())));
        }
        return action;
    }

    /** Closes a finding (đã khắc phục xong): only when handled and every action is verified effective. */
    @Transactional
    public Finding close(long findingId, Long version) {
        Finding finding = get(findingId);
        InspectionAccess.requireInspector(CurrentUser.get(), finding.getInspectingOrgPath());
        InspectionService.checkVersion(version, finding.getVersion());
        if (finding.getStatus() != FindingStatus.HANDLED) {
            throw new BusinessRuleException("status", "inspection.error.notHandled");
        }
        List<RemediationAction> plan = actions.findByFindingIdOrderByDueOnAscIdAsc(findingId);
        if (plan.isEmpty() || plan.stream().anyMatch(a -> !a.isEffective())) {
            throw new BusinessRuleException("status", "inspection.error.unverifiedActions");
        }
        LocalDate lastVerified = plan.stream().map(RemediationAction::getVerifiedOn).max(LocalDate::compareTo).orElseThrow();
        var before = finding.snapshot();
        finding.close(lastVerified.isBefore(finding.getFoundOn()) ? finding.getFoundOn() : lastVerified);
        findings.flush();
        events.publishEvent(AuditRecord.of("CLOSE", "Finding", findingId, finding.getOrgPath(), finding.getDescription(),
                Changes.between(before, finding.snapshot())));
        return finding;
    }

    public RemediationAction action(long actionId) {
        RemediationAction action = actions.findById(actionId).orElseThrow(() -> new NotFoundException("RemediationAction", actionId));
        get(action.getFindingId());
        return action;
    }
}
