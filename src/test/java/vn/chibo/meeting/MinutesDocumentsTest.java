package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.internal.Attendance;
import vn.chibo.meeting.internal.ContributionKind;
import vn.chibo.meeting.internal.Meeting;
import vn.chibo.meeting.internal.MeetingForm;
import vn.chibo.meeting.internal.MeetingKind;
import vn.chibo.meeting.internal.MeetingParts;
import vn.chibo.meeting.internal.MeetingService;
import vn.chibo.meeting.internal.MinutesDocuments;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** Biên bản generated as DOCX and PDF and read back: customary parts present, Vietnamese text intact. */
@IntegrationTest
@Transactional
class MinutesDocumentsTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MinutesDocuments minutes;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    DemoFixture demo;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Meeting recordedMeeting() {
        UserDetails user = demo.user("bithu");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        long cell = demo.sampleCell();
        // the demo's meetings of the cell are set aside (inside the test's transaction): this month's regular meeting is new
        String ofCell = "(select id from meeting where organization_id = " + cell + ")";
        for (String table : List.of("meeting_contribution", "meeting_material", "meeting_action_item", "meeting_attendee")) {
            jdbc.sql("delete from " + table + " where meeting_id in " + ofCell).update();
        }
        jdbc.sql("delete from meeting where organization_id = :c").param("c", cell).update();
        LocalDate today = demo.today();
        var organization = organizations.find(cell).orElseThrow();
        Long[] leaders = meetings.defaultChairAndMinuteTaker(organization, today);
        Meeting meeting = meetings.create(cell, new MeetingForm(MeetingKind.REGULAR, true, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                today.minusMonths(13).withDayOfMonth(28), LocalTime.of(13, 30), null, "Phòng Hồ Chí Minh", null, null,
                "1. Điểm danh, thông qua chương trình\n2. Kiểm điểm nghị quyết tháng trước\n3. Sinh hoạt chuyên đề"));
        List<MeetingParts.Attendee> members = meetings.attendees(meeting).stream().filter(MeetingParts.Attendee::member).toList();
        meetings.update(meeting.id(), new MeetingForm(MeetingKind.REGULAR, true, meeting.topic(), meeting.date(), meeting.startTime(),
                null, meeting.place(), members.get(0).personId(), members.get(1).personId(), meeting.agenda()), meeting.version());
        meetings.markAllPresent(meeting.id());
        meetings.recordAttendance(meeting.id(), members.get(members.size() - 1).id(), Attendance.EXCUSED, "Đi học tập trung ở trường quân sự");
        meetings.addContribution(meeting.id(), members.get(2).id(), ContributionKind.PROPOSAL,
                "Đề nghị tổ chức hội thi \"Tìm hiểu lịch sử Đảng\" vào dịp kỷ niệm ngày thành lập", true);
        meetings.addContribution(meeting.id(), members.get(3).id(), ContributionKind.CRITICISM,
                "Tự phê bình: chậm nộp báo cáo thi đua quý, sẽ khắc phục ngay trong tháng", false);
        Meeting current = meetings.get(meeting.id());
        meetings.saveResolution(meeting.id(), "Chi bộ thống nhất: lãnh đạo đơn vị hoàn thành xuất sắc nhiệm vụ huấn luyện.\n"
                + "Phân công đồng chí phụ trách giúp đỡ quần chúng ưu tú.", members.size() - 1, 0, current.version());
        meetings.addItem(meeting.id(), "Hoàn thành hồ sơ đề nghị kết nạp quần chúng ưu tú", members.get(2).personId(),
                meeting.date().plusDays(25));
        meetings.saveManualScores(meeting.id(), Map.of("PREPARATION", "10", "ORDER", "9", "PRINCIPLES", "10"),
                meetings.get(meeting.id()).version());
        meetings.finish(meeting.id(), LocalTime.of(15, 45));
        return meetings.get(meeting.id());
    }

    @Test
    void theMinutesAsDocxCarryEveryPartInVietnamese() throws Exception {
        Meeting meeting = recordedMeeting();
        byte[] docx = minutes.docx(meeting.id());
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ ĐẠI ĐỘI 1", "ĐẢNG BỘ TIỂU ĐOÀN 1", "BIÊN BẢN",
                    "Sinh hoạt chi bộ thường kỳ tháng", "kết hợp sinh hoạt chuyên đề", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                    "Phòng Hồ Chí Minh", "13 giờ 30 phút", "chính thức", "dự bị", "Đi học tập trung ở trường quân sự",
                    "Tìm hiểu lịch sử Đảng", "Tự phê bình: chậm nộp báo cáo thi đua quý", "Hiến kế, đề xuất",
                    "lãnh đạo đơn vị hoàn thành xuất sắc nhiệm vụ huấn luyện", "Hoàn thành hồ sơ đề nghị kết nạp quần chúng ưu tú",
                    "Biểu quyết thông qua nghị quyết", "Xếp loại chất lượng buổi sinh hoạt", "15 giờ 45 phút", "THƯ KÝ", "CHỦ TRÌ");
            assertThat(text).contains(meetings.attendees(meeting).get(0).fullName());
            assertThat(document.getTables()).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theMinutesAsPdfReadBackWithTheirVietnameseText() throws Exception {
        Meeting meeting = recordedMeeting();
        byte[] pdf = minutes.pdf(meeting.id());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ ĐẠI ĐỘI 1", "BIÊN BẢN", "Đi học tập trung ở trường quân sự",
                    "Tìm hiểu lịch sử Đảng", "Tự phê bình", "Xếp loại chất lượng buổi sinh hoạt", "THƯ KÝ", "CHỦ TRÌ");
            assertThat(text).contains(meetings.attendees(meeting).get(2).fullName());
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
            // kept for a look: the first page as a picture, and the files themselves
            java.nio.file.Path out = java.nio.file.Path.of("target/screenshots");
            java.nio.file.Files.createDirectories(out);
            for (int page = 0; page < Math.min(2, document.getNumberOfPages()); page++) {
                javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(page, 80),
                        "png", out.resolve("92-minutes-pdf-page" + (page + 1) + ".png").toFile());
            }
            java.nio.file.Files.write(out.resolve("92-minutes.pdf"), pdf);
            java.nio.file.Files.write(out.resolve("92-minutes.docx"), minutes.docx(meeting.id()));
        }
        assertThat(minutes.filename(meeting.id())).startsWith("bien-ban-" + meeting.date()).endsWith("chi-bo-dai-doi-1");
    }
}
