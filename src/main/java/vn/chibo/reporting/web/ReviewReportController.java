package vn.chibo.reporting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.reporting.internal.ReportFormat;
import vn.chibo.reporting.internal.ReportRequest;
import vn.chibo.reporting.internal.ReportTemplates;
import vn.chibo.reporting.internal.ReviewReports;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.FlashMessages;
import vn.chibo.shared.web.NotFoundException;

/**
 * Downloads for the 'Số liệu sơ kết' page ({@code /statistics/review/report?organization=&from=&to=&format=}) and the
 * report template page of an organization: the versions, the template that applies, upload, download and revert.
 */
@Controller
@RequestMapping("/statistics/review/report")
class ReviewReportController {

    private static final String DOCX = ReportFormat.DOCX.contentType();

    private final ReviewReports reports;
    private final ReportTemplates templates;
    private final OrganizationDirectory organizations;

    ReviewReportController(ReviewReports reports, ReportTemplates templates, OrganizationDirectory organizations) {
        this.reports = reports;
        this.templates = templates;
        this.organizations = organizations;
    }

    @GetMapping
    ResponseEntity<byte[]> report(@RequestParam long organization, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to, @RequestParam(required = false) String format) {
        return ReviewReportApiController.download(reports.produce(ReportRequest.parse(organization, from, to, format)));
    }

    @ExceptionHandler(ReportRequest.Bad.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(ReportRequest.Bad e, Model model) {
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
        return "error";
    }

    @GetMapping("/templates")
    String templates(@RequestParam(required = false) Long organization, Model model) {
        OrganizationRef org = organizations.requireVisible(organizationOrScope(organization));
        var versions = templates.versions(org.id());
        model.addAttribute("organization", org);
        model.addAttribute("versions", versions);
        model.addAttribute("latest", versions.isEmpty() ? 0 : versions.get(0).number());
        model.addAttribute("applied", templates.applied(org));
        model.addAttribute("maxMegabytes", ReportTemplates.MAX_BYTES / (1024 * 1024));
        return "reporting/templates";
    }

    @PostMapping("/templates")
    String upload(@RequestParam long organization, @RequestParam(defaultValue = "0") int latest,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        byte[] content = file == null ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        FlashMessages.perform(redirect, "reporting.template.uploaded", () -> templates.upload(organization, name, content, latest));
        return "redirect:/statistics/review/report/templates?organization=" + organization;
    }

    @PostMapping("/templates/revert")
    String revert(@RequestParam long organization, @RequestParam int version, @RequestParam(defaultValue = "0") int latest,
                  RedirectAttributes redirect) {
        FlashMessages.perform(redirect, version == 0 ? "reporting.template.inherited" : "reporting.template.reverted",
                () -> templates.revert(organization, version, latest));
        return "redirect:/statistics/review/report/templates?organization=" + organization;
    }

    /** The template that applies to the organization now (its own, an ancestor's or the default). */
    @GetMapping("/templates/current")
    ResponseEntity<byte[]> current(@RequestParam long organization) {
        OrganizationRef org = organizations.requireVisible(organization);
        templates.versions(org.id());
        return file(templates.contentFor(org), "mau-bao-cao-so-ket.docx");
    }

    @GetMapping("/templates/default")
    ResponseEntity<byte[]> defaultTemplate() {
        return file(ReportTemplates.defaultTemplate(), "mau-bao-cao-so-ket-mac-dinh.docx");
    }

    @GetMapping("/templates/{version}")
    ResponseEntity<byte[]> version(@PathVariable int version, @RequestParam long organization) {
        return file(templates.version(organization, version), "mau-bao-cao-so-ket-v" + version + ".docx");
    }

    private static long organizationOrScope(Long organization) {
        if (organization != null) {
            return organization;
        }
        Long scope = CurrentUser.get().scopeOrganizationId();
        if (scope == null) {
            throw new NotFoundException("Organization", 0L);
        }
        return scope;
    }

    private static ResponseEntity<byte[]> file(byte[] content, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(DOCX)).body(content);
    }
}
