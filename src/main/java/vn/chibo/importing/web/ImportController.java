package vn.chibo.importing.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.importing.internal.ImportBatch;
import vn.chibo.importing.internal.ImportKind;
import vn.chibo.importing.internal.ImportService;
import vn.chibo.importing.internal.IssueTexts;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FlashMessages;
import vn.chibo.shared.web.ForbiddenException;

/** Nhập từ Excel: upload, the preview with errors by row and column, commit. */
@Controller
@RequestMapping("/imports")
class ImportController {

    private final ImportService imports;
    private final ImportTemplates templates;
    private final IssueTexts texts;

    ImportController(ImportService imports, ImportTemplates templates, IssueTexts texts) {
        this.imports = imports;
        this.templates = templates;
        this.texts = texts;
    }

    @GetMapping
    String index(@RequestParam(required = false) String kind, Model model) {
        return page(kind, null, null, model);
    }

    @GetMapping("/templates/{kind}")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        return templates.download(imports.kind(kind));
    }

    @PostMapping
    String upload(@RequestParam String kind, @RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            ImportBatch batch = imports.startPreview(imports.kind(kind), file.getOriginalFilename(), file.getBytes());
            return "redirect:/imports/" + batch.id();
        } catch (BusinessRuleException e) {
            return page(kind, e.messageKey(), e.arguments(), model);
        }
    }

    @GetMapping("/{id}")
    String batch(@PathVariable long id, Model model, Locale locale) {
        ImportBatch batch = imports.get(id);
        List<IssueTexts.IssueText> issues = texts.render(batch.kind(), imports.issues(id), locale);
        model.addAttribute("batch", batch);
        model.addAttribute("errors", issues.stream().filter(i -> i.severity().equals("ERROR")).toList());
        model.addAttribute("warnings", issues.stream().filter(i -> i.severity().equals("WARNING")).toList());
        return "importing/batch";
    }

    /** The progress bar of a check or a commit in the background (polled); once it is over the page reloads itself. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Model model, jakarta.servlet.http.HttpServletResponse response) {
        ImportBatch batch = imports.get(id);
        if (batch.status() != ImportBatch.Status.CHECKING && batch.status() != ImportBatch.Status.COMMITTING) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("batch", batch);
        return "importing/batch :: progress";
    }

    /** Starts the commit in the background: the batch page shows its progress, then its result. */
    @PostMapping("/{id}/commit")
    String commit(@PathVariable long id, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "import.commitStarted", () -> imports.startCommit(id));
        return "redirect:/imports/" + id;
    }

    /** Checks the stored file again after its check was interrupted: the batch page shows the progress. */
    @PostMapping("/{id}/check")
    String recheck(@PathVariable long id, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "import.recheckStarted", () -> imports.recheck(id));
        return "redirect:/imports/" + id;
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "import.cancelled", () -> imports.cancel(id));
        return "redirect:/imports";
    }

    private String page(String kind, String errorKey, Object[] errorArgs, Model model) {
        ChiboUser user = CurrentUser.get();
        List<ImportKind> kinds = Arrays.stream(ImportKind.values()).filter(k -> user.may(k.permission())).toList();
        if (kinds.isEmpty()) {
            throw new ForbiddenException("import");
        }
        model.addAttribute("kinds", kinds);
        model.addAttribute("selectedKind", ImportKind.of(kind).filter(kinds::contains)
                .orElse(kinds.contains(ImportKind.PEOPLE) ? ImportKind.PEOPLE : kinds.get(0)));
        model.addAttribute("recent", imports.recent(20));
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("errorArgs", errorArgs);
        return "importing/index";
    }
}
