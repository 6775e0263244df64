package vn.chibo.organization.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.organization.OrganizationCategory;
import vn.chibo.organization.OrganizationType;
import vn.chibo.organization.internal.Organization;
import vn.chibo.organization.internal.OrganizationForm;
import vn.chibo.organization.internal.OrganizationAccess;
import vn.chibo.organization.internal.OrganizationService;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FormErrors;

/** Pages of the organization tree: browse, search, detail, create, edit, move, merge, split, dissolve. */
@Controller
@RequestMapping("/organizations")
class OrganizationController {

    private final OrganizationService service;
    private final Clock clock;

    OrganizationController(OrganizationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", OrganizationType.values());
        model.addAttribute("categories", OrganizationCategory.values());
    }

    @GetMapping
    String tree(Model model) {
        List<Organization> roots = service.roots();
        model.addAttribute("nodes", roots);
        model.addAttribute("childCounts", service.childCounts(roots.stream().map(Organization::getId).toList()));
        model.addAttribute("parentTypes", new java.util.HashMap<Long, OrganizationType>());
        return "organization/tree";
    }

    @GetMapping("/{id}/children")
    String children(@PathVariable long id, Model model) {
        Organization parent = service.get(id);
        List<Organization> children = service.children(id, false);
        model.addAttribute("nodes", children);
        model.addAttribute("childCounts", service.childCounts(children.stream().map(Organization::getId).toList()));
        model.addAttribute("parentTypes", Map.of(parent.getId(), parent.getType()));
        return "organization/tree :: nodes";
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("results", hits(service.searchOrganizations(q, 30)));
        model.addAttribute("q", q);
        return "organization/tree :: results";
    }

    /** Search-as-you-type picker used by forms elsewhere (move target, scope, a person's organization). */
    @GetMapping("/picker")
    String picker(@RequestParam(name = "pq", defaultValue = "") String q, @RequestParam(defaultValue = "organizationId") String field,
                  Model model) {
        model.addAttribute("results", hits(service.searchOrganizations(q, 15)));
        model.addAttribute("field", field.replaceAll("[^A-Za-z]", ""));
        model.addAttribute("q", q);
        return "organization/picker :: results";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Organization organization = service.get(id);
        List<Organization> children = service.children(id, true);
        model.addAttribute("organization", organization);
        model.addAttribute("breadcrumbs", service.breadcrumbs(id));
        model.addAttribute("children", children);
        model.addAttribute("childCounts", service.childCounts(children.stream().map(Organization::getId).toList()));
        model.addAttribute("history", service.history(id));
        model.addAttribute("parent", organization.getParentId() == null ? null
                : service.find(organization.getParentId()).orElse(null));
        model.addAttribute("related", service.namesOf(Stream.concat(
                Stream.of(organization.getSuccessorId(), organization.getPredecessorId(), organization.getParentId()),
                service.history(id).stream().flatMap(e -> Stream.of(e.getRelatedId(), e.getOldParentId(), e.getNewParentId())))
                .toList()));
        model.addAttribute("canChange", OrganizationAccess.mayChange(CurrentUser.get()));
        return "organization/detail";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long parentId, Model model) {
        OrganizationForm form = new OrganizationForm();
        form.setValidFrom(LocalDate.now(clock));
        if (parentId == null && !OrganizationAccess.mayCreateRoot(CurrentUser.get())) {
            throw new vn.chibo.shared.web.ForbiddenException("create root organization");
        }
        if (parentId != null) {
            Organization parent = service.get(parentId);
            service.checkMayChange();
            form.setParentId(parentId);
            form.setCategory(parent.getCategory());
            form.setType(suggestedChildType(parent.getType()));
            model.addAttribute("parent", parent);
        }
        model.addAttribute("form", form);
        return "organization/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (form.getParentId() != null) {
            model.addAttribute("parent", service.get(form.getParentId()));
        }
        if (binding.hasErrors()) {
            return "organization/form";
        }
        try {
            Organization created = service.create(form);
            redirect.addFlashAttribute("message", "organization.created");
            return "redirect:/organizations/" + created.getId();
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return "organization/form";
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Organization organization = service.get(id);
        service.checkMayChange();
        model.addAttribute("organization", organization);
        model.addAttribute("form", OrganizationForm.of(organization));
        return "organization/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        Organization organization = service.get(id);
        model.addAttribute("organization", organization);
        if (binding.hasErrors()) {
            return "organization/form";
        }
        try {
            service.update(id, form);
            redirect.addFlashAttribute("message", "organization.updated");
            return "redirect:/organizations/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return "organization/form";
        }
    }

    @GetMapping("/{id}/{action:move|merge|split|dissolve}")
    String changeForm(@PathVariable long id, @PathVariable String action, Model model) {
        Organization organization = service.get(id);
        service.checkMayChange();
        model.addAttribute("organization", organization);
        model.addAttribute("action", action);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("children", service.children(id, false));
        OrganizationForm newForm = new OrganizationForm();
        newForm.setType(organization.getType());
        newForm.setCategory(organization.getCategory());
        model.addAttribute("form", newForm);
        return "organization/change";
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @RequestParam(required = false) Long parentId,
                @RequestParam LocalDate effectiveOn,
                @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        return change(id, "move", model, redirect, "organization.moved", () -> {
            if (parentId == null) {
                throw new BusinessRuleException("parentId", "validation.required");
            }
            service.move(id, parentId, effectiveOn, version);
            return id;
        });
    }

    @PostMapping("/{id}/merge")
    String merge(@PathVariable long id, @RequestParam(required = false) Long intoId,
                 @RequestParam LocalDate effectiveOn,
                 @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                 Model model, RedirectAttributes redirect) {
        return change(id, "merge", model, redirect, "organization.merged", () -> {
            if (intoId == null) {
                throw new BusinessRuleException("intoId", "validation.required");
            }
            return service.merge(id, intoId, effectiveOn, note, version).getId();
        });
    }

    @PostMapping("/{id}/split")
    String split(@PathVariable long id, @ModelAttribute("form") OrganizationForm form,
                 @RequestParam(required = false) List<Long> childIds, @RequestParam(required = false) List<Long> personIds,
                 @RequestParam LocalDate effectiveOn,
                 @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                 Model model, RedirectAttributes redirect) {
        return change(id, "split", model, redirect, "organization.split", () -> {
            if (form.getName() == null || form.getName().isBlank()) {
                throw new BusinessRuleException("name", "validation.required");
            }
            return service.split(id, form, childIds == null ? List.of() : childIds,
                    personIds == null ? List.of() : personIds, effectiveOn, note, version).getId();
        });
    }

    @PostMapping("/{id}/dissolve")
    String dissolve(@PathVariable long id, @RequestParam LocalDate effectiveOn,
                    @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                    Model model, RedirectAttributes redirect) {
        return change(id, "dissolve", model, redirect, "organization.dissolved", () -> {
            service.dissolve(id, effectiveOn, note, version);
            return id;
        });
    }

    private String change(long id, String action, Model model, RedirectAttributes redirect, String successKey,
                          java.util.function.Supplier<Long> work) {
        try {
            long target = work.get();
            redirect.addFlashAttribute("message", successKey);
            return "redirect:/organizations/" + target;
        } catch (BusinessRuleException e) {
            changeForm(id, action, model);
            model.addAttribute("error", e);
            return "organization/change";
        }
    }

    private List<SearchHit> hits(List<Organization> found) {
        Map<Long, List<String>> trails = service.trails(found);
        return found.stream().map(o -> new SearchHit(o, trails.get(o.getId()))).toList();
    }

    private static OrganizationType suggestedChildType(OrganizationType parentType) {
        return switch (parentType) {
            case UPPER_COMMITTEE -> OrganizationType.GRASSROOTS_COMMITTEE;
            case GRASSROOTS_COMMITTEE -> OrganizationType.PARTIAL_COMMITTEE;
            case PARTIAL_COMMITTEE -> OrganizationType.CELL;
            case CELL, PARTY_GROUP -> OrganizationType.PARTY_GROUP;
        };
    }

    /** A search result with the names of its ancestors. */
    record SearchHit(Organization organization, List<String> trail) {
    }
}
