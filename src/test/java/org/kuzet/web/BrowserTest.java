package org.kuzet.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;

/**
 * What every browser test of the pages shares: one headless Chromium per test class, a fresh browser context per
 * test, signing in through the sign-in page, addresses on the test server, and screenshots in
 * {@code target/screenshots/}.
 */
abstract class BrowserTest extends ApiIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("kuzet.test.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    /** A new browser (context) in which {@code username} signed in, on the dashboard. */
    protected void openSignedIn(String username, String password) {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900));
        page = context.newPage();
        signInOnPage(username, password);
    }

    /** A new editor of their own, signed in. */
    protected void openSignedInAsNewEditor() {
        String monitor = unique("monitor").toLowerCase();
        users.create(monitor, Role.EDITOR, PASSWORD, false);
        openSignedIn(monitor, PASSWORD);
    }

    /** Signs {@code username} in on the current page's sign-in form. */
    protected void signInOnPage(String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("form [type=submit]").first().click();
        page.waitForURL(url("/"));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** The browser, for a test that opens a second context beside {@link #page} (another user, another language). */
    protected static Browser browser() {
        return browser;
    }
}
