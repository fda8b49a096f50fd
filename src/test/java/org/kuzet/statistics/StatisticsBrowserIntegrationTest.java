package org.kuzet.statistics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;

/**
 * The charts and the region map in a real Chromium under the application's content security policy: ECharts draws
 * them from the data attributes and the shipped boundaries, without a policy violation, and a click on a bar opens the
 * records behind it. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsBrowserIntegrationTest extends ApiIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final String p = unique("sb");
    private Playwright playwright;
    private Browser browser;
    private String viewer;

    @BeforeAll
    void launchWithARecord() {
        create("/api/v1/organizations", "{'key': '%s-org', 'name': 'Union %s', 'kind': 'trade_union', 'confidentiality': 'public'}", p, p);
        create("/api/v1/persons", "{'key': '%s-a', 'name': 'Worker %s', 'confidentiality': 'public', "
                + "'memberships': [{'organization': '%s-org', 'kind': 'member'}]}", p, p, p);
        String[][] incidents = {{"2021-02-03", "kz-almaty-city"}, {"2021-02-20", "kz-almaty-city"},
            {"2021-05-11", "kz-semey"}, {"2021-09-01", "kz-shymkent-city"}};
        for (int i = 0; i < incidents.length; i++) {
            create("/api/v1/incidents", "{'key': '%s-%d', 'title': {'original': 'en', 'en': 'Strike %d'}, 'date': '%s', "
                    + "'place': '%s', 'types': ['detention'], 'victims': [{'person': '%s-a'}], 'reviewStatus': 'published', "
                    + "'confidentiality': 'public'}", p, i, i, incidents[i][0], incidents[i][1], p);
        }
        viewer = unique("viewer").toLowerCase();
        users.create(viewer, Role.VIEWER, PASSWORD, false);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("kuzet.test.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private void create(String path, String template, Object... args) {
        var created = send("POST", path, json(template.formatted(args)), Role.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private Page signedIn(List<String> problems) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900)).newPage();
        // a failed load is reported below with its address; the browser asks for a favicon the application has none of
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                problems.add(m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                problems.add(r.status() + " " + r.url());
            }
        });
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(viewer);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("form [type=submit]").first().click();
        page.waitForURL(url("/"));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void theChartAndTheMapAreDrawnUnderThePolicyAndABarOpensItsRecords() {
        List<String> problems = new ArrayList<>();
        Page page = signedIn(problems);

        page.navigate(url("/stats?unit=incidents&by=region&organization=" + p + "-org&from=2021-01-01&to=2021-12-31"));
        assertThat(page.locator(".chart canvas").first()).isVisible();
        assertThat(page.locator(".map canvas").first()).isVisible();
        assertThat(((Number) page.evaluate("() => echarts.getMap('kazakhstan').geoJSON.features.length")).intValue())
                .isEqualTo(16);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("stats-by-region.png")).setFullPage(true));

        page.navigate(url("/stats?unit=incidents&by=month&organization=" + p + "-org&from=2021-01-01&to=2021-12-31"));
        assertThat(page.locator(".chart canvas").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("stats-by-month.png")).setFullPage(true));
        page.locator(".chart").click(new com.microsoft.playwright.Locator.ClickOptions()
                .setPosition(chartPointOfFirstBar(page)));
        page.waitForURL(java.util.regex.Pattern.compile(".*/stats/records\\?.*"));
        assertThat(page.locator("ul.records li")).hasCount(2);

        page.navigate(url("/"));
        assertThat(page.locator(".chart canvas").first()).isVisible();
        assertThat(page.locator(".map canvas").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard-charts.png")).setFullPage(true));
        assertThat(problems).as("console errors (a policy violation shows here)").isEmpty();
    }

    /** Halfway up the February bar (two incidents), the first of the chart, as ECharts places it. */
    private static com.microsoft.playwright.options.Position chartPointOfFirstBar(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) page.evaluate("""
                () => {
                  const chart = echarts.getInstanceByDom(document.querySelector('.chart'));
                  const [x, y] = chart.convertToPixel({xAxisIndex: 0, yAxisIndex: 0}, [0, 1]);
                  return {x: x, y: y};
                }""");
        return new com.microsoft.playwright.options.Position(((Number) box.get("x")).doubleValue(),
                ((Number) box.get("y")).doubleValue());
    }
}
