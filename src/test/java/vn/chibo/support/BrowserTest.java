package vn.chibo.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of browser tests: a real Chromium (Debian's, or Playwright's own where none is installed; one for the whole
 * run, {@link SharedBrowser}) against the application on a random port. Under {@code CI=true} a missing browser fails the build.
 * Screenshots go to {@code target/screenshots/}.
 */
@IntegrationTest
public abstract class BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static Browser browser;

    /** The run's one browser ({@link SharedBrowser}), taken before each class. */
    @RegisterExtension
    static final BeforeAllCallback SHARED_BROWSER = context -> browser = SharedBrowser.of(context);

    @LocalServerPort
    protected int port;

    /** The application's records: also today and now as the application sees them. */
    @org.springframework.beans.factory.annotation.Autowired
    protected DemoFixture demo;

    protected BrowserContext context;
    protected Page page;

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    /** A failed test leaves the page it failed on, as {@code failed-<class>-<test>.png}, before the page is closed. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = test -> {
        if (test.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            screenshot("failed-" + test.getRequiredTestClass().getSimpleName() + "-" + test.getRequiredTestMethod().getName());
        }
    };

    @AfterEach
    void closePage() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form button[type=submit]").click();
        // the sign-in answers with a redirect (to the start page, or back to /login?error): wait until it has landed,
        // or the next navigation could cancel the sign-in still in flight
        page.waitForURL(address -> !address.endsWith("/login"));
        page.waitForLoadState();
    }

    /**
     * Signs in as another account in the same browser context. The current page is left first: once its cookies are
     * gone, a fragment it still asks for (the notification bell loads after the page) would race the new sign-in.
     */
    protected void switchAccount(String username, String password) {
        page.navigate("about:blank");
        context.clearCookies();
        signIn(username, password);
    }

    /**
     * Waits until the page that a click navigated to has loaded and HTMX has taken over its forms. A form clicked
     * earlier is submitted the plain way, racing the page's own deferred scripts.
     */
    protected void loaded() {
        page.waitForLoadState();
        page.waitForFunction("() => window.htmx !== undefined && document.readyState === 'complete'");
    }

    /** Agrees in the confirmation dialog that an irreversible step opens. */
    protected void confirm() {
        page.locator("#confirmYes").click();
        page.waitForLoadState();
    }

    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
