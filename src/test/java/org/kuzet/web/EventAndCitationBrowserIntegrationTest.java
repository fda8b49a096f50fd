package org.kuzet.web;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium (as {@link BrowserIntegrationTest}): a monitor adds an event from the menu, with its dates as
 * precisely as they are known, then on the event's page cites a report with the footnote that supports it and
 * corrects the footnote, without opening the event's form; and adds and edits a recommendation. Screenshots go to
 * {@code target/screenshots/}.
 */
class EventAndCitationBrowserIntegrationTest extends BrowserTest {

    @BeforeEach
    void signIn() {
        openSignedInAsNewEditor();
    }

    @Test
    void aMonitorAddsAnEventThenCitesAReportWithItsFootnoteOnTheEventsPage() {
        String tag = unique("ev").replace("-", "");
        String report = created("/api/v1/sources", """
                {'url': 'https://iphr.example.org/%s', 'kind': 'ngo_report',
                 'title': {'original': 'en', 'en': 'Briefing on civic space %s'}}""".formatted(tag, tag));

        page.locator("header nav.main summary", new Page.LocatorOptions().setHasText("Record")).click();
        page.locator("header nav.main a[href='/events/new']").click();
        assertThat(page.locator("h1")).hasText("Add an event");
        page.locator("#title").fill("Nationwide protests of 22 February " + tag);
        page.locator("#date").fill("2020-02-22");
        page.locator("#endDate").fill("2020-02");
        page.locator("#place").selectOption("kz-almaty-city");
        page.locator("#description").fill("Rallies in Almaty, Nur-Sultan and Shymkent; dozens detained.");
        screenshot("event-form");
        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator("#endDate-error")).containsText("is before the start date");
        assertThat(page.locator("#title")).hasValue("Nationwide protests of 22 February " + tag);
        page.locator("#endDate").fill("2020-02-23");
        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator(".notice.ok")).hasText("The event is saved.");
        assertThat(page.locator("h1")).hasText("Nationwide protests of 22 February " + tag);
        assertThat(page.locator("dl.facts")).containsText("22 February 2020");
        assertThat(page.locator("dl.facts")).containsText("23 February 2020");

        page.locator("summary:has-text('Cite a source')").click();
        page.locator("#citeSource").pressSequentially("Briefing on civic space " + tag);
        page.locator(".row-picker:has(#citeSource) .choices button", new Page.LocatorOptions().setHasText(report)).click();
        assertThat(page.locator("#citeSource-key")).hasValue(report);
        page.locator("#citeLocator").fill("footnote 27");
        page.locator("#citeClaim").fill("dozens detained");
        screenshot("event-cite-source");
        page.locator("details.citation-add button[type=submit]").click();

        assertThat(page.locator("section.citations .notice.ok")).hasText("The citations are saved.");
        assertThat(page.locator("#citations-list")).containsText("Briefing on civic space " + tag);
        assertThat(page.locator("#citations-list")).containsText("footnote 27");
        assertThat(page.locator("#citations-list")).containsText("dozens detained");

        page.locator("summary:has-text('Change the locator of citation 1')").click();
        page.locator("#citations-0-locator").fill("footnote 28");
        page.locator("#citations-0-locator").press("Enter");
        assertThat(page.locator("#citations-list")).containsText("footnote 28");
        screenshot("event-citation-changed");
    }

    @Test
    void aMonitorAddsARecommendationAndEditsIt() {
        String tag = unique("rc").replace("-", "");
        String ministry = created("/api/v1/organizations", "{'name': 'Ministry of Information %s', 'kind': 'state_body'}"
                .formatted(tag));

        page.navigate(url("/reports/recommendations"));
        page.locator("a[href='/reports/recommendations/new']").click();
        assertThat(page.locator("h1")).hasText("Add a recommendation");
        page.locator("#right").selectOption("expression");
        page.locator("#addressee").pressSequentially("Ministry of Information " + tag);
        page.locator(".row-picker:has(#addressee) .choices button", new Page.LocatorOptions().setHasText(ministry)).click();
        page.locator("#position").fill("second");
        page.locator("#text").fill("Stop blocking independent news websites " + tag);
        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator("#position-error")).containsText("is not a whole number");
        assertThat(page.locator("#addressee-key")).hasValue(ministry);
        assertThat(page.locator("#text")).hasValue("Stop blocking independent news websites " + tag);
        screenshot("recommendation-form-errors");
        page.locator("#position").fill("2");
        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator(".notice.ok")).hasText("The recommendation is saved.");
        assertThat(page.locator("table")).containsText("Ministry of Information " + tag);
        page.locator("tr:has-text('Stop blocking independent news websites " + tag + "') a:has-text('Edit')").click();
        assertThat(page.locator("#position")).hasValue("2");
        page.locator("#text").fill("Stop blocking news websites and restore access " + tag);
        screenshot("recommendation-form");
        page.locator("form.entry [type=submit]").click();
        assertThat(page.locator("table")).containsText("Stop blocking news websites and restore access " + tag);
        screenshot("recommendations");
    }
}
