package vn.chibo.inspection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.inspection.internal.ActionInput;
import vn.chibo.inspection.internal.Activity;
import vn.chibo.inspection.internal.Finding;
import vn.chibo.inspection.internal.FindingInput;
import vn.chibo.inspection.internal.FindingService;
import vn.chibo.inspection.internal.FindingStatus;
import vn.chibo.inspection.internal.FindingType;
import vn.chibo.inspection.internal.Inspection;
import vn.chibo.inspection.internal.InspectionAccess;
import vn.chibo.inspection.internal.InspectionInput;
import vn.chibo.inspection.internal.InspectionKind;
import vn.chibo.inspection.internal.InspectionQuery;
import vn.chibo.inspection.internal.InspectionService;
import vn.chibo.inspection.internal.InspectionStatus;
import vn.chibo.inspection.internal.RemediationAction;
import vn.chibo.inspection.internal.Severity;
import vn.chibo.inspection.internal.SubjectType;
import vn.chibo.inspection.internal.Verification;
import vn.chibo.inspection.internal.VerificationInput;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.shared.security.CurrentUser;

/** REST API of inspections, findings and remediation. Scoped and checked like the pages. */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Inspection", description = "Kiểm tra, giám sát và khắc phục")
class InspectionApiController {

    private final InspectionService inspections;
    private final FindingService findings;
    private final InspectionQuery query;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    InspectionApiController(InspectionService inspections, FindingService findings, InspectionQuery query,
                            OrganizationDirectory organizations, Clock clock) {
        this.inspections = inspections;
        this.findings = findings;
        this.query = query;
        this.organizations = organizations;
        this.clock = clock;
    }

    record InspectionDto(long id, Activity activity, InspectionKind kind, SubjectType subjectKind, Long personId,
                         Long organizationId, String subjectName, long inspectingOrgId, LocalDate startsOn, LocalDate endsOn,
                         String content, InspectionStatus status, String conclusion, String noticeNumber, LocalDate noticeSentOn,
                         long version) {

        static InspectionDto of(Inspection i) {
            return new InspectionDto(i.getId(), i.getActivity(), i.getKind(), i.getSubjectKind(), i.getPersonId(),
                    i.getSubjectOrgId(), i.getSubjectName(), i.getInspectingOrgId(), i.getStartsOn(), i.getEndsOn(),
                    i.getContent(), i.getStatus(), i.getConclusion(), i.getNoticeNumber(), i.getNoticeSentOn(), i.getVersion());
        }
    }

    record ActionDto(long id, String content, long ownerPersonId, String ownerName, LocalDate dueOn, LocalDate completedOn,
                     Verification verification, String verificationNote, LocalDate verifiedOn, boolean overdue, long version) {

        static ActionDto of(RemediationAction a, LocalDate today) {
            return new ActionDto(a.getId(), a.getContent(), a.getOwnerPersonId(), a.getOwnerName(), a.getDueOn(),
                    a.getCompletedOn(), a.getVerification(), a.getVerificationNote(), a.getVerifiedOn(),
                    a.isOverdue(today), a.getVersion());
        }
    }

    record FindingDto(long id, long inspectionId, FindingType type, Severity severity, String criterionCode, String description,
                      FindingStatus status, LocalDate foundOn, LocalDate closedOn, Integer daysToClose, Long repeatOfId,
                      List<ActionDto> actions, long version) {

        static FindingDto of(Finding f, List<RemediationAction> actions, LocalDate today) {
            return new FindingDto(f.getId(), f.getInspectionId(), f.getType(), f.getSeverity(), f.getCriterionCode(),
                    f.getDescription(), f.getStatus(), f.getFoundOn(), f.getClosedOn(), f.getDaysToClose(), f.getRepeatOfId(),
                    actions.stream().map(a -> ActionDto.of(a, today)).toList(), f.getVersion());
        }
    }

    @GetMapping
    @Operation(summary = "Inspections and supervisions of subjects in the caller's scope (or of the member himself), paged (50)")
    InspectionQuery.Section<InspectionQuery.InspectionLine> list(@RequestParam(defaultValue = "0") int page) {
        return query.subjectInspections(page);
    }

    @GetMapping("/worklist")
    @Operation(summary = "The inspector's worklist: open inspections, findings awaiting verification, overdue actions")
    InspectionQuery.Worklist worklist() {
        return query.worklist();
    }

    @GetMapping("/findings")
    @Operation(summary = "Findings of subjects in the caller's scope (open only by default), paged (50)")
    InspectionQuery.Section<InspectionQuery.FindingLine> subjectFindings(@RequestParam(required = false) Long orgId,
                                                                         @RequestParam(defaultValue = "true") boolean open,
                                                                         @RequestParam(defaultValue = "0") int page) {
        return query.subjectFindings(orgId, open, page);
    }

    @GetMapping("/board")
    @Operation(summary = "Follow-up board of an organization and its direct children for a year")
    List<InspectionQuery.BoardRow> board(@RequestParam(required = false) Long orgId, @RequestParam(required = false) Integer year) {
        if (!InspectionAccess.mayUseWorklist(CurrentUser.get())) {
            throw new vn.chibo.shared.web.ForbiddenException("board");
        }
        Long id = orgId != null ? orgId : CurrentUser.get().scopeOrganizationId();
        return query.board(organizations.requireVisible(id == null ? -1 : id), year == null ? LocalDate.now(clock).getYear() : year);
    }

    @GetMapping("/{id}")
    InspectionDto get(@PathVariable long id) {
        return InspectionDto.of(inspections.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an inspection or supervision: exactly one of personId and organizationId, and inspectingOrgId")
    InspectionDto create(@RequestBody InspectionInput input) {
        return InspectionDto.of(inspections.create(input));
    }

    @GetMapping("/{id}/findings")
    List<FindingDto> findings(@PathVariable long id) {
        return findings.ofInspection(id).stream().map(f -> FindingDto.of(f, findings.actions(f.getId()), LocalDate.now(clock))).toList();
    }

    @PostMapping("/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a finding; a repeat within the rule set's window is flagged (repeatOfId)")
    FindingDto recordFinding(@PathVariable long id, @RequestBody FindingInput input) {
        Finding finding = findings.record(id, input);
        return FindingDto.of(finding, List.of(), LocalDate.now(clock));
    }

    @GetMapping("/findings/{id}")
    FindingDto finding(@PathVariable long id) {
        return FindingDto.of(findings.get(id), findings.actions(id), LocalDate.now(clock));
    }

    @PostMapping("/findings/{id}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an action to the remediation plan (the inspected side)")
    ActionDto addAction(@PathVariable long id, @RequestBody ActionInput input) {
        return ActionDto.of(findings.addAction(id, input), LocalDate.now(clock));
    }

    @PostMapping("/findings/{id}/handled")
    @Operation(summary = "Report the finding remedied: refused without a remediation plan")
    FindingDto handled(@PathVariable long id, @RequestParam Long version) {
        return FindingDto.of(findings.markHandled(id, version), findings.actions(id), LocalDate.now(clock));
    }

    @PostMapping("/findings/{id}/close")
    @Operation(summary = "Close the finding: only when every action is verified effective")
    FindingDto close(@PathVariable long id, @RequestParam Long version) {
        return FindingDto.of(findings.close(id, version), findings.actions(id), LocalDate.now(clock));
    }

    @PostMapping("/actions/{actionId}/complete")
    ActionDto complete(@PathVariable long actionId, @RequestParam Long version,
                       @RequestParam(required = false) LocalDate completedOn) {
        return ActionDto.of(findings.complete(actionId, completedOn, version), LocalDate.now(clock));
    }

    @PostMapping("/actions/{actionId}/verify")
    @Operation(summary = "The inspector verifies one action (EFFECTIVE or INEFFECTIVE, note, date, version)")
    ActionDto verify(@PathVariable long actionId, @RequestBody VerificationInput input) {
        return ActionDto.of(findings.verify(actionId, input), LocalDate.now(clock));
    }
}
