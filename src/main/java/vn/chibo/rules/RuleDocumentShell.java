package vn.chibo.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FlashMessages;
import vn.chibo.shared.web.NotFoundException;

/**
 * The one editor shell of rule documents whose body is JSON (mentoring, party development, inspection ...): the
 * revisions of a kind with their years, owner, status and in-use mark; a new revision (a draft, with years and
 * owner); publish and retire. Served at {@code /rules/{kind}}; a module's own rules address renders it too
 * ({@code /mentoring/rules}). Rulebooks keep their structured editor under /rulebooks.
 */
@Component
public class RuleDocumentShell {

    private final RuleDocuments documents;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    RuleDocumentShell(RuleDocuments documents, OrganizationDirectory organizations, Clock clock) {
        this.documents = documents;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The page of a kind's revisions; {@code kind} as in addresses ('mentoring', 'meeting-rubric'). */
    public String revisions(String kind, String address, Model model) {
        Rulebook.Kind chosen = kind(kind);
        if (chosen.isRulebook()) {
            return "redirect:/rulebooks";
        }
        ChiboUser user = CurrentUser.get();
        List<Rulebook> revisions = documents.revisions(chosen);
        Map<Long, String> owners = new HashMap<>();
        Map<Long, Boolean> changeable = new HashMap<>();
        for (Rulebook r : revisions) {
            if (r.getOwnerOrgId() != null) {
                owners.put(r.getId(), organizations.find(r.getOwnerOrgId()).map(OrganizationRef::name).orElse(""));
            }
            changeable.put(r.getId(), documents.mayChange(r));
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("kindPath", kind);
        model.addAttribute("address", address);
        model.addAttribute("prefix", documents.kind(chosen).messagePrefix());
        model.addAttribute("revisions", revisions);
        model.addAttribute("owners", owners);
        model.addAttribute("changeable", changeable);
        model.addAttribute("inForce", documents.inForce(chosen, user.scopePath(), today).orElse(null));
        model.addAttribute("mayRevise", documents.mayRevise());
        model.addAttribute("year", today.getYear());
        return "rules/documents";
    }

    /** Saves a new revision as a draft (for the account's own organization unless an administrator names none). */
    public String revise(String kind, String address, String code, String definition, Integer yearFrom, Integer yearTo,
                         Long ownerOrgId, RedirectAttributes redirect) {
        ChiboUser user = CurrentUser.get();
        Long owner = ownerOrgId != null || user.isAdmin() ? ownerOrgId : user.scopeOrganizationId();
        try {
            documents.revise(new RuleDocuments.Revision(kind(kind), code, null, null, definition,
                    yearFrom == null ? LocalDate.now(clock).getYear() : yearFrom, yearTo, null, owner));
            redirect.addFlashAttribute("message", "rules.shell.drafted");
        } catch (BusinessRuleException e) {
            FlashMessages.refuse(redirect, e);
            redirect.addFlashAttribute("draft", definition);
        }
        return "redirect:" + address;
    }

    public String publish(String kind, long id, RedirectAttributes redirect) {
        return change(kind, redirect, "rules.shell.published", () -> documents.publish(kind(kind), id));
    }

    public String retire(String kind, long id, RedirectAttributes redirect) {
        return change(kind, redirect, "rules.shell.retired", () -> documents.retire(kind(kind), id));
    }

    private String change(String kind, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (BusinessRuleException e) {
            FlashMessages.refuse(redirect, e);
        }
        return "redirect:/rules/" + kind;
    }

    /** 'mentoring', 'development', 'inspection', 'meeting-rubric' name the kinds in addresses. */
    static Rulebook.Kind kind(String path) {
        try {
            return Rulebook.Kind.valueOf(path.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("RuleKind", path);
        }
    }
}
