package vn.chibo.audit.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.audit.internal.AuditTrail;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;

/** Administrator page of the audit trail, filtered by who, what, where and when. */
@Controller
class AuditController {

    static final List<String> ENTITY_TYPES = List.of("Organization", "Person", "Account", "Rulebook", "Programme",
            "Registration", "PlanItem", "Assessment", "ClassificationRound", "ClassificationEntry", "DisciplineRecord", "AwardRecord",
            "Inspection", "Finding", "RemediationAction", "InspectionPlan", "InspectionPlanItem", "InspectionRuleSet", "GoodExample",
            "Mentor", "MentoringGroup", "MentoringAssignment", "MentoringSession", "MentoringReview", "MentoringRulebook",
            "Candidate", "DevelopmentRulebook", "Meeting", "MeetingRubric", "MeetingSupervision");
    static final List<String> ACTIONS = List.of("CREATE", "UPDATE", "MOVE", "MERGE", "SPLIT", "DISSOLVE", "TRANSFER",
            "TEMPORARY_MEMBERSHIP", "STATUS", "ROLE_ASSIGN", "ROLE_END", "LOGIN", "LOGIN_FAILED", "LOCKED", "LOGOUT",
            "PASSWORD_CHANGE", "UNLOCK", "COPY", "REVISE", "PUBLISH", "RETIRE", "IMPORT",
            "REGISTER", "SELF_REVIEW", "TRANSITION", "ATTACH", "SELF_CLASSIFY", "PROPOSE", "DECIDE", "RETURN", "CLOSE",
            "TEAM_ADD", "TEAM_REMOVE", "CONCLUDE", "NOTICE_SENT", "COMPLETE", "HANDLED", "VERIFY", "REOPEN",
            "ASSIGN", "END", "REVIEW", "OUTCOME", "EXTEND", "WITHDRAW",
            "ATTENDANCE", "CONTRIBUTION", "CONTRIBUTION_DELETE", "PROPOSAL", "RESOLUTION", "ACTION_ITEM", "ACTION_ITEM_DELETE",
            "GUEST", "POST_MATERIAL", "SCORE");

    private final AuditTrail trail;
    private final OrganizationDirectory organizations;

    AuditController(AuditTrail trail, OrganizationDirectory organizations) {
        this.trail = trail;
        this.organizations = organizations;
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
                  @RequestParam(required = false) Long entityId, @RequestParam(required = false) Long orgId,
                  @RequestParam(required = false) LocalDate from,
                  @RequestParam(required = false) LocalDate to,
                  @RequestParam(required = false) String action, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        OrganizationRef organization = orgId == null ? null : organizations.requireVisible(orgId);
        model.addAttribute("entries", trail.search(actor, entityType, entityId,
                organization == null ? null : organization.path(), from, to, action, page));
        model.addAttribute("actor", actor);
        model.addAttribute("entityType", entityType);
        model.addAttribute("entityId", entityId);
        model.addAttribute("selectedOrganization", organization);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("action", action);
        model.addAttribute("entityTypes", ENTITY_TYPES);
        model.addAttribute("actions", ACTIONS);
        return "audit/list";
    }
}
