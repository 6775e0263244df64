package vn.chibo.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Chromium for every browser test class of a run: starting Playwright's driver and the browser cost seconds per
 * class. Each test still gets a browser context of its own ({@link BrowserTest}: no cookies or storage are shared).
 * Kept in the run's root store, which closes it when the run ends.
 */
final class SharedBrowser implements AutoCloseable {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/lib/chromium/chromium");

    private final Playwright playwright;
    private final Browser browser;

    private SharedBrowser() {
        // CI machines are small and share their two cores with the application under test
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--lang=vi-VN", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--disable-quic"));
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            options.setExecutablePath(DEBIAN_CHROMIUM);
        } else if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs Debian's Chromium at " + DEBIAN_CHROMIUM + " (apt-get install chromium)");
        }
        playwright = Playwright.create();
        Browser launched;
        try {
            launched = playwright.chromium().launch(options);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
        browser = launched;
    }

    /** The run's browser, launched by the first browser test class (again if an earlier class's browser died). */
    @SuppressWarnings("deprecation")
    static Browser of(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(SharedBrowser.class));
        SharedBrowser shared = store.getOrComputeIfAbsent(SharedBrowser.class, key -> new SharedBrowser(), SharedBrowser.class);
        if (!shared.browser.isConnected()) {
            store.remove(SharedBrowser.class, SharedBrowser.class).close();
            shared = store.getOrComputeIfAbsent(SharedBrowser.class, key -> new SharedBrowser(), SharedBrowser.class);
        }
        return shared.browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
