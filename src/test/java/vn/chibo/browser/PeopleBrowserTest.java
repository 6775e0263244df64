package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.support.BrowserTest;
import vn.chibo.support.DemoFixture;

class PeopleBrowserTest extends BrowserTest {

    @Autowired
    DemoFixture demo;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void searchingWithoutAccentsFindsTheVietnameseName() {
        String name = jdbc.sql("select full_name from person where full_name like 'Đặng%' order by id fetch first 1 rows only")
                .query(String.class).single();
        signIn("canbo", "demo");
        page.navigate(url("/people"));
        page.locator("#q").fill(VietnameseText.searchKey(name));
        page.locator("#peopleFilter button[type=submit]").click();
        assertThat(page.locator("#peopleTable")).containsText(name);
        screenshot("20-people-search-accent-free");
    }

    @Test
    void aSecretaryCreatesAPersonAfterAValidationErrorAndEditsIt() {
        signIn("bithu", "demo");
        page.navigate(url("/people/new?orgId=" + demo.sampleCell()));
        page.locator("#savePerson").click();
        assertThat(page.locator("#fullName + .invalid-feedback, #fullName ~ .invalid-feedback").first())
                .hasText("Trường này bắt buộc.");
        assertThat(page.locator("#gender ~ .invalid-feedback")).hasText("Trường này bắt buộc.");
        screenshot("21-person-form-validation");
        page.locator("#fullName").fill("Nguyễn Thị Thử Nghiệm");
        page.locator("#gender").selectOption("FEMALE");
        page.locator("#birthDate").fill("02/09/2002");
        page.locator("#savePerson").click();
        assertThat(page.locator("#personName")).hasText("Nguyễn Thị Thử Nghiệm");
        assertThat(page.locator(".alert-success")).containsText("Đã thêm hồ sơ.");
        page.locator("#editPerson").click();
        page.locator("#positionTitle").fill("Văn thư đại đội");
        page.locator("#birthDate").fill("01/01/2099");
        page.locator("#savePerson").click();
        assertThat(page.locator("#birthDate ~ .invalid-feedback")).hasText("Ngày phải trong quá khứ.");
        page.locator("#birthDate").fill("02/09/2002");
        page.locator("#savePerson").click();
        assertThat(page.locator("main")).containsText("Văn thư đại đội");
        screenshot("22-person-detail");
    }

    @Test
    void aSecretaryCannotOpenAnotherCellsMemberByUrl() {
        long outsider = demo.massIn(demo.cellOutsideDivision());
        signIn("bithu", "demo");
        var response = page.navigate(url("/people/" + outsider));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("#errorTitle")).hasText("Không tìm thấy");
        screenshot("23-secretary-other-cell-404");
    }

    @Test
    void thePeopleListWorksOnAPhone() {
        context.close();
        context = page.context().browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("vi-VN").setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        page = context.newPage();
        signIn("bithu", "demo");
        page.navigate(url("/people"));
        assertThat(page.locator("#peopleTable")).isVisible();
        screenshot("24-people-list-phone");
    }
}
