package vn.chibo.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.reporting.internal.ReportRequest;
import vn.chibo.reporting.internal.ReviewReports;

/** The review report (DOCX, PDF) and the figures workbook (XLSX) of an organization and period, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/statistics/review/report")
@Tag(name = "Statistics", description = "Số liệu sơ kết / tổng kết, chốt số liệu, báo cáo")
class ReviewReportApiController {

    private final ReviewReports reports;
    private final MessageSource messages;

    ReviewReportApiController(ReviewReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The review report (format=docx|pdf) or the figures workbook (format=xlsx) of an organization's "
            + "subtree for a period (from, to: yyyy-MM-dd, both included); 404 outside the account's scope")
    ResponseEntity<byte[]> report(@RequestParam long organization, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to, @RequestParam(required = false) String format) {
        return download(reports.produce(ReportRequest.parse(organization, from, to, format)));
    }

    @ExceptionHandler(ReportRequest.Bad.class)
    ProblemDetail badRequest(ReportRequest.Bad e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(e.messageKey(), null, e.messageKey(), locale));
        problem.setTitle(messages.getMessage("error.badRequest", null, locale));
        return problem;
    }

    /** A file with its Vietnamese name ({@code filename*=UTF-8''…}, with an ASCII fallback for old clients). */
    static ResponseEntity<byte[]> download(ReviewReports.File file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType())).body(file.content());
    }
}
