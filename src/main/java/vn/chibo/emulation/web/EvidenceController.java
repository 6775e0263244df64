package vn.chibo.emulation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.emulation.internal.EvidenceService;
import vn.chibo.shared.web.FlashMessages;

/** Uploading and downloading evidence (minh chứng) of a self-review. */
@Controller
class EvidenceController {

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @PostMapping("/registrations/{id}/evidence")
    String attach(@PathVariable long id, @RequestParam String period, @RequestParam String indicatorCode,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        byte[] content = file == null ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        FlashMessages.perform(redirect, "evidence.attached", () -> evidence.attach(id, period, indicatorCode, name, content));
        return "redirect:/registrations/" + id + "?period=" + URLEncoder.encode(period, StandardCharsets.UTF_8) + "#evidence";
    }

    @GetMapping("/registrations/{id}/evidence/{evidenceId}")
    void download(@PathVariable long id, @PathVariable long evidenceId, HttpServletResponse response) throws IOException {
        EvidenceService.File file = evidence.download(id, evidenceId);
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.filename(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
