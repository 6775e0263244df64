package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.support.BrowserTest;

/**
 * Dìu dắt and phát triển đảng in the browser: a mentor logs a group session on his phone; an officer takes a
 * new outstanding mass (created here, so that no demo record changes) through the pipeline to admission.
 */
class MentoringBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMentorLogsAGroupSessionOnHisPhone() {
        Browser browser = page.context().browser();
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        signIn("dangvien", "demo");
        page.navigate(url("/mentoring/mine"));
        assertThat(page.locator("h1")).hasText("Người tôi dìu dắt");
        var group = page.locator("[id^=myGroup-]").first();
        screenshot("70-mentor-my-mentees-mobile");
        group.locator("input[name=topics][value=TASKS]").check();
        group.locator("input[name=topics][value=DIFFICULTIES]").check();
        group.locator("textarea[name=difficultiesRaised]").fill("Chiến sĩ Quân nhớ nhà, mẹ ốm");
        group.locator("textarea[name=difficultiesResolved]").fill("Đề nghị đơn vị cho nghỉ phép 3 ngày");
        group.locator("details summary").click();
        group.locator("textarea[name=privateNotes]").fill("Theo dõi thêm tâm lý đồng chí Quân");
        group.locator("input[name=massOrganizations][value=YOUTH_UNION]").check();
        screenshot("71-mentor-session-form-mobile");
        group.locator("button[type=submit]").click();
        assertThat(page.locator("[role=status].alert-success")).containsText("Đã ghi buổi sinh hoạt tổ.");
        page.locator("[id^=myGroup-] a.fw-bold").first().click();
        assertThat(page.locator("main")).containsText("Chiến sĩ Quân nhớ nhà, mẹ ốm");
        assertThat(page.locator(".private-note").first()).containsText("Theo dõi thêm tâm lý đồng chí Quân");
        screenshot("72-mentor-group-after-session-mobile");

        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        signIn("bithu", "demo");
        page.navigate(url("/mentoring"));
        assertThat(page.locator("#boardTotals")).containsText("Người dìu dắt");
        screenshot("73-secretary-mentoring-board");
        page.locator("a:has-text('Các tổ 3 người')").click();
        assertThat(page.locator("#groupCards")).isVisible();
        assertThat(page.locator("#mentorList")).isVisible();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        screenshot("74-secretary-cell-groups");
        page.locator("#openPlan").click();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(page.locator("h1")).containsText("Đề xuất phân công");
        screenshot("75-secretary-assignment-helper");
        // the secretary sees the session but not the mentor's private note
        page.navigate(url("/mentoring/mine"));
        page.goBack();
        long groupId = jdbc.sql("select min(id) from mentoring_group where mentor_person_id = (select person_id from account"
                + " where username = 'dangvien') and ended_on is null").query(Long.class).single();
        page.navigate(url("/mentoring/groups/" + groupId));
        assertThat(page.locator("main")).containsText("Chiến sĩ Quân nhớ nhà, mẹ ốm");
        assertThat(page.locator(".private-note")).hasCount(0);
    }

    @Test
    void anOfficerTakesACandidateThroughThePipelineToAdmission() {
        String division = jdbc.sql("select o.path from organization o join account a on a.scope_org_id = o.id where a.username = 'canbo.sudoan'")
                .query(String.class).single();
        long cell = jdbc.sql("select max(id) from organization where type = 'CELL' and path like :p").param("p", division + "%")
                .query(Long.class).single();
        String cellPath = jdbc.sql("select path from organization where id = :id").param("id", cell).query(String.class).single();
        String name = "Võ Minh Trường " + (System.nanoTime() % 1000);
        jdbc.sql("""
                insert into person (full_name, search_key, sort_key, birth_date, gender, military_rank, position_title, education,
                    organization_id, org_path, party_status, created_at, updated_at)
                values (:n, :k, :s, :b, 'MALE', 'Binh nhất', 'Chiến sĩ', '12/12', :o, :p, 'MASS', :t, :t)""")
                .param("n", name).param("k", VietnameseText.searchKey(name)).param("s", VietnameseText.personSortKey(name))
                .param("b", demo.today().minusYears(20).minusDays(40)).param("o", cell).param("p", cellPath)
                .param("t", java.sql.Timestamp.from(demo.now())).update();
        long person = jdbc.sql("select max(id) from person where full_name = :n").param("n", name).query(Long.class).single();
        jdbc.sql("insert into party_status_change (person_id, status, effective_on, recorded_by, recorded_at) values (:p, 'MASS', :d, 'test', :t)")
                .param("p", person).param("d", demo.today().minusYears(1)).param("t", java.sql.Timestamp.from(demo.now())).update();
        jdbc.sql("insert into membership (person_id, organization_id, kind, from_date) values (:p, :o, 'PRIMARY', :d)")
                .param("p", person).param("o", cell).param("d", demo.today().minusYears(1)).update();

        signIn("canbo.sudoan", "demo");
        page.navigate(url("/development"));
        assertThat(page.locator("#stageCounts")).containsText("Đảng viên dự bị");
        screenshot("80-officer-pipeline-board");
        page.navigate(url("/development/organizations/" + cell + "/candidates"));
        page.locator("#openPerson").selectOption(String.valueOf(person));
        page.locator("#openCandidate button").click();
        assertThat(page.locator("#stageBadge")).hasText("Nguồn");

        page.locator("#certificateNumber").fill("45/GCN-TTBDCT");
        page.locator("#on").fill(demo.today().toString());
        page.locator("#certificateOn").fill(demo.today().minusMonths(1).toString());
        page.locator("#nextStep").click();
        assertThat(page.locator("#stageBadge")).hasText("Cảm tình Đảng");

        page.locator("#introducer1Id").selectOption(new SelectOption().setIndex(1));
        page.locator("#introducer1Since").fill(demo.today().minusMonths(18).toString());
        page.locator("#introducer2Id").selectOption(new SelectOption().setIndex(2));
        page.locator("#introducer2Since").fill(demo.today().minusMonths(14).toString());
        for (String form : new String[] {"FORM_1", "FORM_2", "FORM_3", "FORM_4"}) {
            page.locator("#dossier-" + form).check();
        }
        screenshot("81-officer-candidate-dossier");
        page.locator("#nextStep").click();
        assertThat(page.locator("#stageBadge")).hasText("Làm hồ sơ");
        assertThat(page.locator("#eligibilityOk")).isVisible();

        page.locator("#nextStepForm #votesFor").fill("5");
        page.locator("#nextStepForm #officialMembers").fill("9");
        page.locator("#nextStep").click();
        assertThat(page.locator(".alert-danger")).containsText("Chưa đủ 2/3");
        assertThat(page.locator("#nextStepForm #officialMembers")).hasValue("9");
        assertThat(page.locator("#dossier-FORM_1")).isChecked();
        assertThat(page.locator("#introducer1Since")).not().hasValue("");
        screenshot("82-officer-cell-vote-refused");
        page.locator("#nextStepForm #votesFor").fill("8");
        page.locator("#nextStepForm #votesAgainst").fill("1");
        page.locator("#nextStep").click();
        assertThat(page.locator("#stageBadge")).hasText("Chi bộ đề nghị");
        assertThat(page.locator("#deadlineAlert")).containsText("còn 60 ngày làm việc");

        page.locator("#nextStep").click();
        assertThat(page.locator("#stageBadge")).hasText("Đảng ủy đề nghị");
        page.locator("#number").fill("215-QĐ/ĐU");
        page.locator("#nextStep").click();
        confirm();
        assertThat(page.locator("#stageBadge")).hasText("Có quyết định kết nạp");
        assertThat(page.locator("#deadlineAlert")).containsText("Hạn tổ chức lễ kết nạp");
        screenshot("83-officer-decision-recorded");
        page.locator("#helperId").selectOption(new SelectOption().setIndex(1));
        page.locator("#nextStep").click();
        confirm();
        assertThat(page.locator("#stageBadge")).hasText("Đảng viên dự bị");
        assertThat(page.locator("#timeline li")).hasCount(7);
        screenshot("84-officer-candidate-admitted");
        page.locator("a:has-text('" + name + "')").first().click();
        assertThat(page.locator("main")).containsText("Đảng viên dự bị");
        screenshot("85-admitted-person-record");
    }
}
