package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.shared.web.DateInput;
import vn.chibo.support.BrowserTest;

/**
 * A member, his secretary, the division officer and an inspector each open ChiBo on a phone, find what they must do
 * next at the top of the start page, act on it from there in one tap, and the people it concerns are notified: the
 * member's year-end self-assessment goes to the secretary's proposal, then to the officer's decision, and the member
 * and his secretary find the decision under the bell; the inspector verifies a remediation action reported done.
 */
class EverydayOnAPhoneBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    long registration;
    long verifiedAction;

    @AfterEach
    void undoTheYearEndRecognitionAndTheVerification() {
        if (verifiedAction != 0) {
            jdbc.sql("update remediation_action set verification = null, verification_note = null, verified_on = null, verified_by = null"
                    + " where id = :a").param("a", verifiedAction).update();
        }
        if (registration != 0) {
            jdbc.sql("delete from assessment where registration_id = :r").param("r", registration).update();
            jdbc.sql("delete from notification where link like :l").param("l", "/registrations/" + registration + "%").update();
        }
    }

    /** Signs in on a phone and opens the to-do item of the kind whose link starts so: one tap from the start page. */
    void tapToDo(String username, String kind, String linkStart, String screenshot) {
        page.setViewportSize(390, 844);
        signIn(username, "demo");
        if (page.locator("#todoMore").count() > 0) {
            page.locator("#todoMoreToggle").click();
        }
        Locator item = page.locator("#todoList .todo-item[data-kind='" + kind + "'][href^='" + linkStart + "']").first();
        assertThat(item).isVisible();
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("no horizontal scrolling on a phone").isEqualTo(false);
        screenshot(screenshot + "-todo");
        item.click();
        page.waitForLoadState();
        assertThat(page.url()).contains(linkStart);
    }

    void signOut() {
        page.evaluate("document.getElementById('logoutButton').form.submit()");
        page.waitForURL(address -> address.contains("/login"));
    }

    /** The bell counts the unread notices; the list shows the decision, and opening it leads to the record. */
    void findsTheDecisionUnderTheBell(String username, String screenshot) {
        page.setViewportSize(390, 844);
        signIn(username, "demo");
        assertThat(page.locator("#bellCount")).isVisible();
        page.locator("#notificationBell").click();
        page.waitForLoadState();
        Locator notice = page.locator("#notificationList .notification-item[data-kind='DECISION_MADE']").first();
        assertThat(notice).isVisible();
        assertThat(notice.locator(".notification-text")).containsText("QĐ-ĐU/E2E");
        screenshot(screenshot);
        notice.locator(".notification-open").click();
        page.waitForLoadState();
        assertThat(page.url()).contains("/registrations/" + registration);
        assertThat(page.locator("#decisionText")).containsText("QĐ-ĐU/E2E");
    }

    @Test
    void fourRolesActFromTheirToDoListOnAPhoneAndThePeopleConcernedAreNotified() {
        registration = demo.memberRegistration(demo.memberProgramme(), demo.personOf("dangvien"));
        jdbc.sql("delete from assessment where registration_id = :r").param("r", registration).update();

        // the member: his year-end self-assessment, as the rule computes it
        tapToDo("dangvien", "evaluation.selfAssessment", "/registrations/" + registration, "95-everyday-member");
        page.locator("#selfAssessForm input[name=comment]").fill("Hoàn thành tốt nhiệm vụ, gương mẫu trong sinh hoạt");
        page.locator("#selfAssessForm button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("#assessmentStatus")).containsText("Đã tự đánh giá");
        signOut();

        // the secretary: the member's self-assessment waits for the cell's proposal
        tapToDo("bithu", "evaluation.assessmentWaiting", "/registrations/" + registration, "96-everyday-secretary");
        page.locator("#proposeForm input[name=comment]").fill("Chi bộ thống nhất đề nghị");
        page.locator("#proposeForm button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("#assessmentStatus")).containsText("Đã đề xuất");
        signOut();

        // the division officer: the proposal waits for his decision, which asks for confirmation
        tapToDo("canbo.sudoan", "evaluation.assessmentWaiting", "/registrations/" + registration, "97-everyday-officer");
        page.locator("#decideForm input[name=decisionNumber]").fill("15-QĐ-ĐU/E2E");
        page.locator("#decideForm input[name=decisionDate]").fill(DateInput.print(demo.today()));
        page.locator("#decideForm button[type=submit]").click();
        confirm();
        assertThat(page.locator("#assessmentStatus")).hasText("Đã quyết định");
        screenshot("97-everyday-officer-decided");
        signOut();

        // the people it concerns: the member and his cell's secretary
        findsTheDecisionUnderTheBell("dangvien", "98-everyday-member-notified");
        signOut();
        findsTheDecisionUnderTheBell("bithu", "98-everyday-secretary-notified");
        signOut();

        // the inspector: an action reported done waits for his verification
        var waiting = jdbc.sql("select a.id, a.finding_id from remediation_action a where a.completed_on is not null"
                        + " and a.verification is null and a.inspecting_org_path like :d order by a.completed_on, a.id")
                .param("d", demo.pathOf(demo.division()) + "%").query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().get(0);
        verifiedAction = waiting[0];
        tapToDo("kiemtra", "inspection.awaitingVerification", "/inspections/findings/" + waiting[1], "99-everyday-inspector");
        Locator verify = page.locator("form.verify-form[action$='/actions/" + verifiedAction + "/verify']");
        verify.locator("select[name=result]").selectOption("EFFECTIVE");
        verify.locator("input[name=note]").fill("Đã kiểm tra biên bản kiểm điểm");
        verify.locator("button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("form.verify-form[action$='/actions/" + verifiedAction + "/verify']")).hasCount(0);
        screenshot("99-everyday-inspector-verified");
        assertThat(jdbc.sql("select verification from remediation_action where id = :a").param("a", verifiedAction)
                .query(String.class).single()).isEqualTo("EFFECTIVE");
    }
}
