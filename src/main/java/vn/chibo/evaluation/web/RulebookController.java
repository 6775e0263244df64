package vn.chibo.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.evaluation.internal.Rulebook;
import vn.chibo.evaluation.internal.RulebookForm;
import vn.chibo.evaluation.internal.RulebookService;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FormErrors;

/** Pages of the rulebooks (quy chế đánh giá): list, detail with criteria, adapt, revise, edit, publish, import, export. */
@Controller
@RequestMapping("/rulebooks")
class RulebookController {

    private final RulebookService service;
    private final OrganizationDirectory organizations;

    RulebookController(RulebookService service, OrganizationDirectory organizations) {
        this.service = service;
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
        return "evaluation/rulebooks";
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
        return "evaluation/rulebook";
    }

    @GetMapping("/{id}/export")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        Rulebook rulebook = service.get(id);
        byte[] json = service.exportJson(id).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + rulebook.getCode().toLowerCase()
                + "-r" + rulebook.getRevision() + ".json\"");
        response.getOutputStream().write(json);
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
        } catch (RulebookService.RulebookProblems e) {
            redirect.addFlashAttribute("problems", e.problems());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/rulebooks/" + id;
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        service.retire(id);
        redirect.addFlashAttribute("message", "rulebook.retired");
        return "redirect:/rulebooks/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Rulebook rulebook = service.get(id);
        model.addAttribute("rulebook", rulebook);
        model.addAttribute("form", RulebookForm.of(rulebook));
        return "evaluation/rulebook-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RulebookForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("rulebook", service.get(id));
        if (binding.hasErrors()) {
            return "evaluation/rulebook-form";
        }
        try {
            service.update(id, form);
            redirect.addFlashAttribute("message", "rulebook.saved");
            return "redirect:/rulebooks/" + id;
        } catch (RulebookService.RulebookProblems e) {
            model.addAttribute("problems", e.problems());
            return "evaluation/rulebook-form";
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return "evaluation/rulebook-form";
        }
    }

    @GetMapping("/import")
    String importForm(Model model) {
        model.addAttribute("maxKb", 1024);
        return "evaluation/rulebook-import";
    }

    @PostMapping("/import")
    String importFile(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        model.addAttribute("maxKb", 1024);
        try {
            Rulebook imported = service.importJson(file == null ? null : file.getBytes(),
                    file == null ? null : file.getOriginalFilename());
            redirect.addFlashAttribute("message", "rulebook.imported");
            return "redirect:/rulebooks/" + imported.getId();
        } catch (RulebookService.RulebookProblems e) {
            model.addAttribute("problems", e.problems());
            return "evaluation/rulebook-import";
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e);
            return "evaluation/rulebook-import";
        }
    }
}
