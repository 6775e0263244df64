package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.BrowserTest;

/**
 * A cell meeting recorded live: the secretary plans it, the minute-taker takes the roll and three contributions on a
 * phone with HTMX one-line entry, the resolution gets two action items, and the page shows the meeting's grade; then
 * the officer's overview of the region with drill-down.
 */
class MeetingBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecretaryRecordsAMeetingLiveAndSeesItsGrade() {
        LocalDate today = demo.today();
        signIn("bithu", "demo");
        page.locator("nav a:text-is('Sinh hoạt')").click();
        assertThat(page.locator("#calendarTitle")).containsText("Chi bộ Đại đội 1");
        assertThat(page.locator("#calendarGrid .meeting-entry").first()).isVisible();
        screenshot("80-meeting-calendar");

        page.locator("#newMeeting").click();
        page.locator("#kind").selectOption("EXTRAORDINARY");
        page.locator("#date").fill(today.toString());
        page.locator("#startTime").fill("06:00");
        page.locator("#place").fill("Hội trường đại đội");
        assertThat(page.locator("#chairId")).not().hasValue("");
        assertThat(page.locator("#agenda")).containsText("Điểm danh");
        page.locator("#saveMeeting").click();
        assertThat(page.locator(".alert-success")).containsText("Đã lập kế hoạch sinh hoạt");
        assertThat(page.locator("#meetingStatus")).hasText("Đã lên kế hoạch");
        assertThat(page.locator("#attendanceSummary")).containsText("Đảng viên được mời");
        String meetingUrl = page.url().replaceAll("[#?].*", "");
        screenshot("81-meeting-planned");

        // during the meeting, on a phone
        page.setViewportSize(390, 844);
        page.locator("#liveEntry").click();
        assertThat(page.locator("#liveTitle")).containsText("Sinh hoạt bất thường");
        loaded();
        page.locator("#allPresent").click();
        assertThat(page.locator(".attendance-row[data-attendance=UNKNOWN]")).hasCount(0);
        assertThat(page.locator("#liveStatus")).hasText("Đang họp");
        // the roll call is complete, so the list folds away; open it again to mark someone absent
        page.locator("#attendance summary").click();
        Locator lastRow = page.locator(".attendance-row").filter(new Locator.FilterOptions().setHasText("Dự bị")).first();
        if (lastRow.count() == 0) {
            lastRow = page.locator(".attendance-row").nth(page.locator(".attendance-row").count() - 1);
        }
        String absentName = lastRow.locator(".attendee-name").innerText();
        lastRow.locator(".reason-input").fill("Đi công tác");
        lastRow.locator(".mark-excused").click();
        assertThat(page.locator(".attendance-row[data-attendance=EXCUSED]")).hasCount(1);
        assertThat(page.locator("#attendanceSummary")).containsText("vắng có lý do 1");

        String[] said = {"Thống nhất dự thảo nghị quyết, đề nghị bổ sung chỉ tiêu huấn luyện đêm",
                "Hiến kế làm mô hình học cụ bằng vật liệu tận dụng",
                "Tự phê bình: chưa kịp thời nắm tư tưởng chiến sĩ mới"};
        String[] kinds = {"OPINION", "PROPOSAL", "CRITICISM"};
        for (int i = 0; i < said.length; i++) {
            page.locator("#speaker").selectOption(new SelectOption().setIndex(i + 1));
            page.locator("#contributionKind").selectOption(kinds[i]);
            page.locator("#contributionContent").fill(said[i]);
            if (i == 1) {
                page.locator("#contributionAdopted").check();
            }
            page.locator("#contributionContent").press("Enter");
            assertThat(page.locator("#contributionList .contribution")).hasCount(i + 1);
            assertThat(page.locator("#contributionContent")).hasValue("");
        }
        assertThat(page.locator("#contributionList .contribution").first()).containsText(said[2]);
        assertThat(page.locator("#contributionList")).containsText("Hiến kế làm mô hình học cụ");
        assertThat(page.locator("#speakingSummary")).containsText("Đã phát biểu: 3/");
        screenshot("82-meeting-live-phone");
        page.locator("#liveEndTime").fill("8h05");
        page.locator("#finishMeeting").click();
        assertThat(page.locator("#meetingStatus")).hasText("Đã họp");
        page.setViewportSize(1280, 900);

        // after: the resolution with two action items, the cell's scores, the grade
        page.locator("#resolutionText").fill("Nghị quyết: lãnh đạo đơn vị hoàn thành kiểm tra huấn luyện cuối năm đạt khá trở lên.\n"
                + "Duy trì nghiêm chế độ trực sẵn sàng chiến đấu.");
        page.locator("#votesFor").fill("3");
        page.locator("#saveResolution").click();
        assertThat(page.locator(".alert-success")).containsText("Đã lưu nghị quyết");
        page.locator("#itemForm input[name=content]").fill("Kiểm tra huấn luyện cuối năm");
        page.locator("#itemForm select[name=assigneeId]").selectOption(new SelectOption().setIndex(1));
        page.locator("#itemForm input[name=dueDate]").fill(today.plusDays(20).toString());
        page.locator("#addItem").click();
        assertThat(page.locator(".alert-success")).containsText("Đã thêm nội dung");
        page.locator("#itemForm input[name=content]").fill("Bảo quản vũ khí, trang bị định kỳ");
        page.locator("#itemForm select[name=assigneeId]").selectOption(new SelectOption().setIndex(2));
        page.locator("#addItem").click();
        assertThat(page.locator("#itemTable tbody tr")).hasCount(2);
        page.locator("#score_PREPARATION").fill("10");
        page.locator("#score_ORDER").fill("9,5");
        page.locator("#score_PRINCIPLES").fill("10");
        page.locator("#saveScores").click();
        assertThat(page.locator(".alert-success")).containsText("Đã lưu điểm");
        assertThat(page.locator("#scoreGrade")).hasText(Pattern.compile("Tốt|Khá|Trung bình|Kém"));
        assertThat(page.locator("#gradeBadge")).containsText("điểm");
        assertThat(page.locator("#contributions")).containsText(said[2]);
        assertThat(page.locator("#attendance")).containsText(absentName);
        screenshot("83-meeting-scored");

        page.locator("#closeMeeting").click();
        confirm();
        assertThat(page.locator("#meetingStatus")).hasText("Đã thông qua biên bản");
        var pdf = page.request().get(meetingUrl + "/minutes.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        var docx = page.request().get(meetingUrl + "/minutes.docx");
        assertThat(docx.status()).isEqualTo(200);
        screenshot("84-meeting-closed");

        // the member of the cell reads it on his phone, and cannot record
        Browser browser = page.context().browser();
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        signIn("dangvien", "demo");
        page.navigate(url(meetingUrl.substring(meetingUrl.indexOf("/meetings"))));
        assertThat(page.locator("#meetingStatus")).hasText("Đã thông qua biên bản");
        assertThat(page.locator("#contributionForm")).hasCount(0);
        screenshot("85-meeting-member-phone");
    }

    @Test
    void theOfficerSeesTheRegionsMeetingsAndDrillsDownToACell() {
        signIn("canbo", "demo");
        page.navigate(url("/meetings"));
        assertThat(page.locator("#overviewTitle")).containsText("Đảng bộ Quân khu 10");
        assertThat(page.locator("#trendChart svg")).isVisible();
        assertThat(page.locator("#overviewTable tbody tr").first()).isVisible();
        screenshot("86-meeting-overview-region");
        page.locator("#overviewTable a:text-is('Đảng bộ Sư đoàn 391')").click();
        page.locator("#overviewTable a:text-is('Đảng bộ Trung đoàn 1')").click();
        page.locator("#overviewTable a:text-is('Đảng bộ Tiểu đoàn 1')").click();
        assertThat(page.locator("#overviewTrail")).containsText("Đảng bộ Trung đoàn 1");
        assertThat(page.locator("#overviewTable")).containsText("Chi bộ Đại đội 1");
        assertThat(page.locator("#overviewTable .sparkline").first()).isVisible();
        screenshot("87-meeting-overview-battalion");
        page.locator("#overviewTable a:text-is('Chi bộ Đại đội 1')").click();
        assertThat(page.locator("#calendarTitle")).containsText("Chi bộ Đại đội 1");
        page.locator("#calendarGrid .meeting-entry a").first().click();
        assertThat(page.locator("#scoreTable")).isVisible();
        screenshot("88-meeting-past-detail");
    }

    @Test
    void theOverviewCountsTheCellsThatMissedLastMonthAndLeadsToAllOfThem() {
        String last = YearMonth.from(demo.today()).minusMonths(1).toString();
        List<Object[]> undone = jdbc.sql("select id, status from meeting where kind = 'REGULAR' and period = :p and status in ('HELD', 'CLOSED')")
                .param("p", last).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        jdbc.sql("update meeting set status = 'PLANNED' where kind = 'REGULAR' and period = :p and status in ('HELD', 'CLOSED')")
                .param("p", last).update();
        try {
            signIn("canbo", "demo");
            page.navigate(url("/meetings/overview"));
            assertThat(page.locator("#missedCount")).isVisible();
            assertThat(page.locator("#missedList li a")).hasCount(50);
            assertThat(page.locator("#missedAllLink")).containsText("Xem tất cả");
            page.locator("#missedList").scrollIntoViewIfNeeded();
            screenshot("86b-meeting-overview-missed");
            page.locator("#missedAllLink").click();
            assertThat(page.locator("#missedTotal")).containsText("chi bộ chưa sinh hoạt thường kỳ tháng trước");
            assertThat(page.locator("#missedAll li")).hasCount(50);
            page.locator("#missedPages a[rel=next]").click();
            assertThat(page.locator("#missedAll li").first()).isVisible();
            screenshot("86c-meeting-missed-all");
        } finally {
            for (Object[] meeting : undone) {
                jdbc.sql("update meeting set status = :s where id = :id").param("s", meeting[1]).param("id", meeting[0]).update();
            }
        }
    }
}
