package vn.chibo.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.document.DocxDocument;
import vn.chibo.shared.document.PdfDocuments;

/**
 * Thông báo kết luận kiểm tra, giám sát as DOCX (customary party-document layout) and PDF
 * (Thymeleaf XHTML with embedded fonts): strengths, shortcomings and violations with the
 * criterion concerned, the conclusion and recommendations, the team lead's signature. Always in
 * Vietnamese, whatever the reader's language.
 */
@Component
@Transactional(readOnly = true)
public class ConclusionNotice {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final InspectionService inspections;
    private final FindingService findings;
    private final OrganizationDirectory organizations;
    private final MessageSource messages;
    private final SpringTemplateEngine templates;
    private final Clock clock;

    ConclusionNotice(InspectionService inspections, FindingService findings, OrganizationDirectory organizations,
                     MessageSource messages, SpringTemplateEngine templates, Clock clock) {
        this.inspections = inspections;
        this.findings = findings;
        this.organizations = organizations;
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
    }

    /** What both formats print, in Vietnamese. */
    public record Content(String superiorName, String issuerName, String placeAndDate, String title, String subtitle,
                          String noticeNumber, String kind, String period, String subject, String scope, List<String> strengths,
                          List<String> shortcomings, String conclusion, List<List<String>> table, String leadName) {
    }

    public Content content(long inspectionId) {
        Inspection inspection = inspections.get(inspectionId);
        OrganizationRef issuer = organizations.find(inspection.getInspectingOrgId()).orElseThrow();
        String superior = issuer.parentId() == null ? "" : organizations.find(issuer.parentId()).map(OrganizationRef::name).orElse("");
        LocalDate date = inspection.getNoticeSentOn() != null ? inspection.getNoticeSentOn() : LocalDate.now(clock);
        List<String> strengths = new ArrayList<>();
        List<String> shortcomings = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        int n = 1;
        for (Finding f : findings.ofInspection(inspectionId)) {
            String code = f.getCriterionCode() == null ? "" : " (" + msg("inspection.notice.criterion", f.getCriterionCode()) + ")";
            if (f.getType() == FindingType.STRENGTH) {
                strengths.add(f.getDescription() + code);
            } else {
                shortcomings.add(msg("inspection.findingType." + f.getType()) + ": " + f.getDescription() + code
                        + (f.isRepeat() ? " — " + msg("inspection.finding.repeat") : ""));
            }
            table.add(List.of(String.valueOf(n++), msg("inspection.findingType." + f.getType()),
                    f.getCriterionCode() == null ? "" : f.getCriterionCode(), f.getSeverity() == null ? "" : msg("inspection.severity." + f.getSeverity()),
                    f.getDescription()));
        }
        String lead = inspections.team(inspectionId).stream().filter(t -> t.role() == TeamRole.LEAD).map(InspectionService.TeamMember::name)
                .findFirst().orElse("");
        return new Content(superior.toUpperCase(VI), issuer.name().toUpperCase(VI),
                msg("inspection.notice.placeDate", date.getDayOfMonth(), date.getMonthValue(), date.getYear()),
                msg("inspection.notice.title"),
                msg("inspection.notice.subtitle." + inspection.getActivity(), inspection.getSubjectName()),
                inspection.getNoticeNumber() == null ? "" : inspection.getNoticeNumber(),
                msg("inspection.kind." + inspection.getKind()),
                msg("inspection.notice.period", date(inspection.getStartsOn()), date(inspection.getEndsOn())),
                inspection.getSubjectName(), inspection.getContent(), strengths, shortcomings,
                inspection.getConclusion() == null ? "" : inspection.getConclusion(), table, lead);
    }

    public byte[] docx(long inspectionId) {
        Content c = content(inspectionId);
        DocxDocument doc = new DocxDocument()
                .header(c.superiorName().isEmpty() ? List.of(c.issuerName()) : List.of(c.superiorName(), c.issuerName()),
                        c.placeAndDate())
                .title(c.title(), c.subtitle())
                .field(msg("inspection.notice.number"), c.noticeNumber())
                .field(msg("inspection.kind"), c.kind())
                .field(msg("inspection.period"), c.period())
                .field(msg("inspection.content"), c.scope())
                .heading(msg("inspection.notice.strengths"));
        if (c.strengths().isEmpty()) {
            doc.paragraph(msg("inspection.notice.none"));
        }
        c.strengths().forEach(s -> doc.paragraph("- " + s));
        doc.heading(msg("inspection.notice.shortcomings"));
        if (c.shortcomings().isEmpty()) {
            doc.paragraph(msg("inspection.notice.none"));
        }
        c.shortcomings().forEach(s -> doc.paragraph("- " + s));
        if (!c.table().isEmpty()) {
            doc.table(List.of(msg("inspection.notice.no"), msg("inspection.finding.type"), msg("inspection.finding.criterion"),
                    msg("inspection.finding.severity"), msg("inspection.finding.description")), c.table());
        }
        doc.heading(msg("inspection.notice.conclusion")).paragraph(c.conclusion())
                .paragraph(msg("inspection.notice.remediation"));
        List<String[]> signatures = new ArrayList<>();
        signatures.add(new String[] {msg("inspection.notice.recipients"), ""});
        signatures.add(new String[] {msg("inspection.notice.signer"), c.leadName()});
        return doc.signatures(signatures).toBytes();
    }

    public byte[] pdf(long inspectionId) {
        Context context = new Context(VI);
        context.setVariable("notice", content(inspectionId));
        context.setVariable("css", css());
        return PdfDocuments.render(templates.process("inspection/notice-pdf", context));
    }

    private static String css() {
        try (var in = ConclusionNotice.class.getResourceAsStream("/inspection-documents/notice.css")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
