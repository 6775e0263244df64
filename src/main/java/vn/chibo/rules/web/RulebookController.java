package vn.chibo.rules.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookDefinition;
import vn.chibo.rules.internal.RulebookEditorForm;
import vn.chibo.rules.internal.RulebookForm;
import vn.chibo.rules.RulebookJson;
import vn.chibo.rules.RulebookService;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FlashMessages;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.FormErrors;

/** Pages of the rulebooks (quy chế đánh giá): list, detail with criteria, adapt, revise, edit, publish, import, export. */
@Controller
@RequestMapping("/rulebooks")
class RulebookController {

    private final RulebookService service;
    private final vn.chibo.rules.RulebookImport rulebookImport;
    private final OrganizationDirectory organizations;

    RulebookController(RulebookService service, vn.chibo.rules.RulebookImport rulebookImport, OrganizationDirectory organizations) {
        this.service = service;
        this.rulebookImport = rulebookImport;
        this.organizations = organizations;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Model model) {
        var all = service.visible();
        model.addAttribute("rulebooks", all);
        model.addAttribute("owners", all.stream().map(Rulebook::getOwnerOrgId).filter(Objects::nonNull).distinct()
                .collect(Collectors.toMap(id -> id, id -> organizations.find(id).map(OrganizationRef::name).orElse("?"))));
        model.addAttribute("mayAdapt", service.mayAdapt());
        return "rules/rulebooks";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Rulebook rulebook = service.get(id);
        model.addAttribute("rulebook", rulebook);
        model.addAttribute("definition", service.definition(rulebook));
        model.addAttribute("revisions", service.revisions(rulebook));
        model.addAttribute("owner", rulebook.getOwnerOrgId() == null ? null : organizations.find(rulebook.getOwnerOrgId()).orElse(null));
        model.addAttribute("mayChange", service.mayChange(rulebook));
        model.addAttribute("mayAdapt", service.mayAdapt());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "rules/rulebook";
    }

    /** Tải về: the exchange document as JSON (default) or YAML ({@code ?format=yaml}). */
    @GetMapping("/{id}/export")
    void export(@PathVariable long id, @RequestParam(defaultValue = "json") String format, HttpServletResponse response)
            throws IOException {
        Rulebook rulebook = service.get(id);
        RulebookJson.Format chosen = "yaml".equalsIgnoreCase(format) ? RulebookJson.Format.YAML : RulebookJson.Format.JSON;
        byte[] body = service.export(id, chosen).getBytes(StandardCharsets.UTF_8);
        response.setContentType(chosen.mediaType() + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + rulebook.getCode().toLowerCase(java.util.Locale.ROOT)
                + "-r" + rulebook.getRevision() + "." + chosen.extension() + "\"");
        response.getOutputStream().write(body);
    }

    @PostMapping("/{id}/copy")
    String copy(@PathVariable long id, RedirectAttributes redirect) {
        Rulebook copy = service.copy(id);
        redirect.addFlashAttribute("message", "rulebook.copied");
        return "redirect:/rulebooks/" + copy.getId();
    }

    @PostMapping("/{id}/revise")
    String revise(@PathVariable long id, RedirectAttributes redirect) {
        Rulebook revision = service.revise(id);
        redirect.addFlashAttribute("message", "rulebook.revised");
        return "redirect:/rulebooks/" + revision.getId() + "/edit";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            service.publish(id);
            redirect.addFlashAttribute("message", "rulebook.published");
        } catch (BusinessRuleException e) {
            FlashMessages.refuse(redirect, e);
        }
        return "redirect:/rulebooks/" + id;
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        service.retire(id);
        redirect.addFlashAttribute("message", "rulebook.retired");
        return "redirect:/rulebooks/" + id;
    }

    /** Sửa quy chế: the structured editor (criteria tree, or the settings of a classification rulebook). */
    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Rulebook rulebook = changeable(id);
        model.addAttribute("form", RulebookEditorForm.of(rulebook, service.definition(rulebook), LocaleContextHolder.getLocale()));
        return editor(rulebook, model, null);
    }

    /** The raw JSON editor ('nâng cao') for power users. */
    @GetMapping("/{id}/edit/json")
    String editJson(@PathVariable long id, Model model) {
        Rulebook rulebook = changeable(id);
        model.addAttribute("rulebook", rulebook);
        model.addAttribute("form", RulebookForm.of(rulebook));
        return "rules/rulebook-form";
    }

    /**
     * Posts of the structured editor: {@code action=save} saves; the other buttons (add, remove,
     * move a criterion or an indicator; switch to the JSON editor) change the form and show it again
     * without saving, so nothing typed is lost.
     */
    @PostMapping("/{id}/edit")
    String updateStructured(@PathVariable long id, @RequestParam(defaultValue = "save") String action,
                            @Valid @ModelAttribute("form") RulebookEditorForm form, BindingResult binding, Model model,
                            RedirectAttributes redirect) {
        Rulebook rulebook = changeable(id);
        if ("advanced".equals(action)) {
            return advanced(rulebook, form, model);
        }
        if (!"save".equals(action)) {
            String anchor = form.apply(action);
            // a structure change is not a save attempt: show no errors, and none bound to rows that moved
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
            return editor(rulebook, model, anchor);
        }
        RulebookDefinition definition = form.toDefinition(service.definition(rulebook), binding);
        if (binding.hasErrors()) {
            return editor(rulebook, model, null);
        }
        try {
            service.update(id, form.toRulebookForm(RulebookJson.write(definition)));
            redirect.addFlashAttribute("message", "rulebook.saved");
            return "redirect:/rulebooks/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return editor(rulebook, model, null);
        }
    }

    /** The JSON editor with what the structured editor holds (unsaved), when its numbers can be read. */
    private String advanced(Rulebook rulebook, RulebookEditorForm form, Model model) {
        BeanPropertyBindingResult numbers = new BeanPropertyBindingResult(form, "form");
        RulebookDefinition definition = form.toDefinition(service.definition(rulebook), numbers);
        if (numbers.hasErrors()) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", numbers);
            return editor(rulebook, model, null);
        }
        RulebookForm json = form.toRulebookForm(RulebookJson.write(definition));
        model.addAttribute("rulebook", rulebook);
        model.addAttribute("form", json);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(json, "form"));
        return "rules/rulebook-form";
    }

    private String editor(Rulebook rulebook, Model model, String anchor) {
        model.addAttribute("rulebook", rulebook);
        model.addAttribute("sourceKeys", service.knownSourceKeys());
        model.addAttribute("anchor", anchor);
        model.addAttribute("recognitionRules", RulebookDefinition.RecognitionRule.values());
        model.addAttribute("frequencies", RulebookDefinition.ReviewFrequency.values());
        model.addAttribute("enforcements", RulebookDefinition.Enforcement.values());
        model.addAttribute("decidingBodies", RulebookDefinition.DecidingBody.values());
        model.addAttribute("indicatorKinds", RulebookDefinition.IndicatorKind.values());
        model.addAttribute("comparisons", RulebookDefinition.Comparison.values());
        model.addAttribute("definition", service.definition(rulebook));
        return "rules/rulebook-editor";
    }

    /** A draft the account may change; anything else is refused before a form is shown or read. */
    private Rulebook changeable(long id) {
        Rulebook rulebook = service.get(id);
        if (!service.mayChange(rulebook)) {
            throw new ForbiddenException("change rulebook");
        }
        return rulebook;
    }

    /** Saves the JSON editor. */
    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RulebookForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("rulebook", changeable(id));
        if (binding.hasErrors()) {
            return "rules/rulebook-form";
        }
        try {
            service.update(id, form);
            redirect.addFlashAttribute("message", "rulebook.saved");
            return "redirect:/rulebooks/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return "rules/rulebook-form";
        }
    }

    @GetMapping("/import")
    String importForm(Model model) {
        model.addAttribute("maxKb", 1024);
        return "rules/rulebook-import";
    }

    @PostMapping("/import")
    String importFile(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        model.addAttribute("maxKb", 1024);
        try {
            Rulebook imported = rulebookImport.importFile(file == null ? null : file.getBytes(),
                    file == null ? null : file.getOriginalFilename());
            redirect.addFlashAttribute("message", "rulebook.imported");
            return "redirect:/rulebooks/" + imported.getId();
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e);
            return "rules/rulebook-import";
        }
    }
}
