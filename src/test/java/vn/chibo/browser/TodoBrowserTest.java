package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.support.BrowserTest;

/**
 * The secretary's and the member's start pages open with their to-do list, on a phone first and on a desktop;
 * each item is one tap to the page where it is done.
 */
class TodoBrowserTest extends BrowserTest {

    void startPageOf(String username, String name) {
        page.setViewportSize(390, 844);
        signIn(username, "demo");
        assertThat(page.locator("main section, main div.card").first()).hasAttribute("id", "todoCard");
        assertThat(page.locator("#todoTitle")).hasText("Việc cần làm");
        int items = page.locator("#todoList .todo-item").count();
        if (items == 0) {
            assertThat(page.locator("#todoEmpty")).hasText("Không có việc cần làm");
        } else {
            // a deadline reads "Hạn", the day of a meeting one is invited to reads "Ngày"
            String label = "meeting.invitation".equals(page.locator("#todoList .todo-item").first().getAttribute("data-kind"))
                    ? "Ngày" : "Hạn";
            assertThat(page.locator("#todoList .todo-item .todo-due").first().innerText())
                    .matches(label + " \\d{2}/\\d{2}/\\d{4}");
        }
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("no horizontal scrolling on a phone").isEqualTo(false);
        screenshot(name + "-phone");
        page.setViewportSize(1280, 900);
        screenshot(name + "-desktop");
        if (items > 0) {
            String href = page.locator("#todoList .todo-item").first().getAttribute("href");
            page.locator("#todoList .todo-item").first().click();
            page.waitForLoadState();
            assertThat(page.url()).contains(href.replaceAll("[#?].*", ""));
            assertThat(page.locator("h1").first()).isVisible();
        }
    }

    @Test
    void theSecretaryStartsFromHisToDoList() {
        startPageOf("bithu", "90-todo-secretary");
    }

    @Test
    void theMemberStartsFromHisToDoList() {
        startPageOf("dangvien", "91-todo-member");
    }

    @Test
    void theDivisionOfficerStartsFromHisToDoList() {
        startPageOf("canbo.sudoan", "92-todo-officer");
    }

    @Test
    void theInspectorStartsFromHisToDoList() {
        startPageOf("kiemtra", "93-todo-inspector");
    }
}
