package org.kuzet.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;

/**
 * In a real Chromium: a monitor types a name in the header's box on the dashboard, then narrows the results by a
 * facet, which htmx swaps in without reloading the page. A screenshot goes to {@code target/screenshots/}.
 */
class SearchBrowserIntegrationTest extends ApiIntegrationTest {

    @Test
    void aMonitorSearchesFromTheHeaderAndNarrowsByAFacet() {
        String tag = SearchApiIntegrationTest.letters("zb");
        String k = unique("browse");
        assertThat(send("POST", "/api/v1/persons", json("""
                {'key': '%s-mamay', 'name': 'Zhanbolat Mamay', 'names': [{'name': 'Жанболат Мамай'}],
                 'description': {'original': 'en', 'en': 'Journalist %s'}, 'confidentiality': 'internal'}""".formatted(k, tag)),
                Role.ADMIN).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/incidents", json("""
                {'key': '%s-inc', 'title': {'original': 'en', 'en': 'Journalist detained %s'}, 'date': '2021-01-05',
                 'place': 'kz-almaty-city', 'types': ['detention'], 'confidentiality': 'internal',
                 'reviewStatus': 'draft'}""".formatted(k, tag)), Role.ADMIN).status()).isEqualTo(201);
        String monitor = unique("seeker").toLowerCase();
        users.create(monitor, Role.EDITOR, PASSWORD, false);

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of(System.getProperty("kuzet.test.chromium", "/usr/bin/chromium")))
                     .setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")))) {
            Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900))
                    .newPage();
            page.navigate(url("/login"));
            page.locator("input[name=username]").fill(monitor);
            page.locator("input[name=password]").fill(PASSWORD);
            page.locator("form [type=submit]").first().click();
            page.waitForURL(url("/"));

            page.locator("#header-q").fill(tag);
            page.locator("#header-q").press("Enter");
            page.waitForURL(u -> u.contains("/search?q=" + tag));
            assertThat(page.locator("#found")).hasText("2 results");
            assertThat(page.locator("ol.hits mark").first()).hasText(tag);
            page.evaluate("window.kuzetSamePage = true");

            page.locator("[data-facet=type] a", new Page.LocatorOptions().setHasText("Person")).first().click();
            page.waitForURL(u -> u.contains("type=person"));
            assertThat(page.locator("#found")).hasText("1 result");
            assertThat(page.locator("[data-facet=type] a[aria-current=true]")).containsText("Person");
            assertThat(page.locator("ol.hits a")).hasText("Zhanbolat Mamay");
            assertThat(page.evaluate("window.kuzetSamePage === true")).as("htmx replaced the results only").isEqualTo(true);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "search.png"))
                    .setFullPage(true));

            page.locator("ol.hits a").click();
            assertThat(page.locator("h1")).containsText("Zhanbolat Mamay");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
