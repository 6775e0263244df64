package vn.chibo.development.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonDirectory.PersonFacts;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.document.DocxDocument;

/**
 * The data of a candidate's dossier forms (1-KNĐ to 9-KNĐ) as one printable party document: the
 * candidate, certificate, introducers, checklist of forms, resolutions, decision, ceremony, probation
 * and recognition. Party documents are always in Vietnamese, whatever the reader's interface language.
 */
@Component
public class DossierDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] FORMS = {"Đơn xin vào Đảng", "Lý lịch của người xin vào Đảng", "Giấy giới thiệu người vào Đảng",
            "Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú", "Nghị quyết giới thiệu đoàn viên ưu tú vào Đảng",
            "Nghị quyết đề nghị kết nạp của chi bộ", "Báo cáo thẩm định", "Nghị quyết của đảng ủy cơ sở",
            "Quyết định kết nạp đảng viên"};

    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final Clock clock;

    DossierDocument(OrganizationDirectory organizations, PersonDirectory people, Clock clock) {
        this.organizations = organizations;
        this.people = people;
        this.clock = clock;
    }

    public byte[] docx(Candidate c, List<CandidateEvent> events) {
        PersonFacts person = people.facts(c.getPersonId()).orElseThrow();
        OrganizationRef cell = organizations.find(c.getOrganizationId()).orElseThrow();
        OrganizationRef parent = cell.parentId() == null ? null : organizations.find(cell.parentId()).orElse(null);
        Map<Long, PersonRef> named = people.findAll(java.util.stream.Stream.of(c.getMentorPersonId(), c.getIntroducer1Id(),
                c.getIntroducer2Id(), c.getProbationHelperId()).filter(java.util.Objects::nonNull).toList());
        LocalDate today = LocalDate.now(clock);
        List<String> issuer = new ArrayList<>();
        if (parent != null) {
            issuer.add(parent.name().toUpperCase(java.util.Locale.forLanguageTag("vi")));
        }
        issuer.add(cell.name().toUpperCase(java.util.Locale.forLanguageTag("vi")));
        DocxDocument doc = new DocxDocument()
                .header(issuer, String.format("ngày %02d tháng %02d năm %d", today.getDayOfMonth(), today.getMonthValue(), today.getYear()))
                .title("HỒ SƠ KẾT NẠP ĐẢNG VIÊN", person.fullName())
                .heading("I. Người vào Đảng")
                .field("Họ và tên", person.fullName())
                .field("Ngày sinh", date(person.birthDate()))
                .field("Trình độ học vấn", person.education())
                .field("Chi bộ", cell.name())
                .field("Người dìu dắt", name(named, c.getMentorPersonId()))
                .field("Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng",
                        c.getCertificateOn() == null ? "" : (c.getCertificateNumber() == null ? "" : "số " + c.getCertificateNumber() + ", ")
                                + "ngày " + date(c.getCertificateOn()))
                .heading("II. Đảng viên chính thức giới thiệu (3-KNĐ)")
                .field("Người giới thiệu thứ nhất", introducer(named, c.getIntroducer1Id(), c.getIntroducer1Since()))
                .field("Người giới thiệu thứ hai", introducer(named, c.getIntroducer2Id(), c.getIntroducer2Since()))
                .heading("III. Hồ sơ");
        List<List<String>> rows = new ArrayList<>();
        var items = c.dossierItems();
        for (DossierItem item : DossierItem.values()) {
            int n = item.ordinal() + 1;
            rows.add(List.of(n + "-KNĐ", FORMS[item.ordinal()], items.contains(item) ? "Đã có" : "Chưa có"));
        }
        doc.table(List.of("Mẫu", "Tên tài liệu", "Tình trạng"), rows)
                .heading("IV. Quá trình xem xét, kết nạp")
                .field("Nghị quyết chi bộ (6-KNĐ)", c.getCellResolutionOn() == null ? "" : "ngày " + date(c.getCellResolutionOn())
                        + "; tán thành " + c.getCellVotesFor() + "/" + c.getCellOfficialMembers() + " đảng viên chính thức, không tán thành "
                        + c.getCellVotesAgainst())
                .field("Nghị quyết đảng ủy cơ sở (8-KNĐ)", date(c.getCommitteeResolutionOn()))
                .field("Quyết định kết nạp (9-KNĐ)", c.getDecisionNumber() == null ? "" : "số " + c.getDecisionNumber() + " ngày "
                        + date(c.getDecisionOn()))
                .field("Lễ kết nạp", date(c.getCeremonyOn()))
                .field("Đảng viên được phân công giúp đỡ", name(named, c.getProbationHelperId()))
                .field("Hết thời gian dự bị", date(c.getProbationEnd()))
                .field("Nghị quyết đề nghị công nhận chính thức", c.getRecognitionCellOn() == null ? "" : "ngày "
                        + date(c.getRecognitionCellOn()) + "; tán thành " + c.getRecognitionVotesFor() + "/"
                        + c.getRecognitionOfficialMembers())
                .field("Quyết định công nhận đảng viên chính thức", c.getRecognitionDecisionNumber() == null ? ""
                        : "số " + c.getRecognitionDecisionNumber() + " ngày " + date(c.getRecognitionDecisionOn()));
        if (c.getSelfReview() != null) {
            doc.heading("Bản tự kiểm điểm của đảng viên dự bị").paragraph(c.getSelfReview());
        }
        if (c.getHelperComment() != null) {
            doc.heading("Nhận xét của đảng viên giúp đỡ").paragraph(c.getHelperComment());
        }
        List<List<String>> timeline = events.stream().map(e -> List.of(date(e.getOccurredOn()), STAGES.get(e.getStage()),
                e.getNote() == null ? "" : e.getNote())).toList();
        doc.heading("V. Diễn biến").table(List.of("Ngày", "Bước", "Ghi chú"), timeline)
                .signatures(List.<String[]>of(new String[] {"T/M CHI ỦY - BÍ THƯ", ""}));
        return doc.toBytes();
    }

    static final Map<Stage, String> STAGES = Map.ofEntries(Map.entry(Stage.SOURCE, "Nguồn phát triển đảng"),
            Map.entry(Stage.SYMPATHISER, "Cảm tình Đảng"), Map.entry(Stage.CANDIDATE, "Làm hồ sơ xin vào Đảng"),
            Map.entry(Stage.CELL_RESOLVED, "Nghị quyết chi bộ"), Map.entry(Stage.COMMITTEE_RESOLVED, "Nghị quyết đảng ủy"),
            Map.entry(Stage.DECIDED, "Quyết định kết nạp"), Map.entry(Stage.PROBATION, "Lễ kết nạp, dự bị"),
            Map.entry(Stage.RECOGNITION_RESOLVED, "Chi bộ đề nghị công nhận chính thức"),
            Map.entry(Stage.OFFICIAL, "Công nhận đảng viên chính thức"), Map.entry(Stage.REMOVED, "Xóa tên"),
            Map.entry(Stage.WITHDRAWN, "Dừng xem xét"));

    private static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    private static String name(Map<Long, PersonRef> named, Long id) {
        return id == null || !named.containsKey(id) ? "" : named.get(id).fullName();
    }

    private static String introducer(Map<Long, PersonRef> named, Long id, LocalDate since) {
        return id == null ? "" : name(named, id) + (since == null ? "" : ", cùng công tác từ " + date(since));
    }
}
