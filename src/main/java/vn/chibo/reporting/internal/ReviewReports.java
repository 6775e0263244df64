package vn.chibo.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewFigures;

/**
 * Produces the review report (DOCX on the template that applies, PDF) or the figures workbook (XLSX) of an organization
 * and period. The statistics façade answers the figures and scopes them (404 outside the account's scope). A template
 * that fails anyway (it passed its checks when uploaded) gives way to the shipped default: never a broken document.
 */
@Service
@Transactional(readOnly = true)
public class ReviewReports {

    private static final Logger log = LoggerFactory.getLogger(ReviewReports.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ObjectProvider<ReviewFigures> figures;
    private final OrganizationDirectory organizations;
    private final ReportTemplates templates;
    private final ReportWriter writer;
    private final DocxReport docx;
    private final PdfReport pdf;
    private final FiguresWorkbook workbook;
    private final FigureText text;
    private final Clock clock;

    ReviewReports(ObjectProvider<ReviewFigures> figures, OrganizationDirectory organizations, ReportTemplates templates,
                  ReportWriter writer, DocxReport docx, PdfReport pdf, FiguresWorkbook workbook, FigureText text, Clock clock) {
        this.figures = figures;
        this.organizations = organizations;
        this.templates = templates;
        this.writer = writer;
        this.docx = docx;
        this.pdf = pdf;
        this.workbook = workbook;
        this.text = text;
        this.clock = clock;
    }

    public record File(String filename, String contentType, byte[] content) {
    }

    public File produce(ReportRequest request) {
        Review review = figures.getObject().review(request.organizationId(), request.period());
        OrganizationRef organization = organizations.find(request.organizationId()).orElseThrow();
        String superior = organization.parentId() == null ? null
                : organizations.find(organization.parentId()).map(OrganizationRef::name).orElse(null);
        ReportWriter.Issuer issuer = new ReportWriter.Issuer(review.organization().name(), superior,
                organization.type() == OrganizationType.CELL);
        LocalDate today = LocalDate.now(clock);
        ReportContent content = writer.content(review, issuer, today);
        byte[] bytes = switch (request.format()) {
            case XLSX -> workbook.render(review, content.field(Placeholder.NGUON_SO_LIEU));
            case PDF -> pdf.render(content);
            case DOCX -> docx(organization, content);
        };
        String what = request.format() == ReportFormat.XLSX ? "reporting.filename.figures" : "reporting.filename.report";
        String name = text.vi(what, period(review), review.organization().name()).replaceAll("[\\\\/:*?\"<>|]+", "_");
        return new File(name + "." + request.format().extension(), request.format().contentType(), bytes);
    }

    private byte[] docx(OrganizationRef organization, ReportContent content) {
        try {
            return docx.render(templates.contentFor(organization), content);
        } catch (DocxReport.TemplateRejected e) {
            log.warn("The report template of organization {} failed ({}); the default template is used", organization.id(),
                    e.messageKey());
            return docx.render(ReportTemplates.defaultTemplate(), content);
        }
    }

    /** '2024-2026' for whole years, else '01.01.2024-15.06.2024'. */
    private static String period(Review review) {
        boolean wholeYears = review.from().getDayOfYear() == 1 && review.to().getMonthValue() == 12 && review.to().getDayOfMonth() == 31;
        if (wholeYears) {
            return review.from().getYear() == review.to().getYear() ? String.valueOf(review.from().getYear())
                    : review.from().getYear() + "-" + review.to().getYear();
        }
        return DAY.format(review.from()) + "-" + DAY.format(review.to());
    }
}
