package org.kuzet.web;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium (as {@link BrowserIntegrationTest}): a monitor records what a human rights bureau published —
 * "more than 300 persons prosecuted in 2019" — through the form, first with a figure that is not a number (finding
 * everything kept), then saved; edits it to the bureau's corrected figure for the fourth quarter, which stays a
 * quarter; and finds it on the statistics page of 2019 under the counts, labelled as another organisation's figure
 * with its source, while the counts stay Kuzet's own. Screenshots go to {@code target/screenshots/}.
 */
class ReportedFigureBrowserIntegrationTest extends BrowserTest {

    @BeforeEach
    void signIn() {
        openSignedInAsNewEditor();
    }

    @Test
    void aMonitorRecordsAFigureOfABureauEditsItAndSeesItBesideTheStatistics() {
        String tag = unique("rf").replace("-", "");
        String bureau = created("/api/v1/organizations",
                "{'name': 'Kazakhstan International Bureau for Human Rights %s', 'kind': 'ngo', 'confidentiality': 'public'}"
                        .formatted(tag));
        String report = created("/api/v1/sources", """
                {'url': 'https://bureau.kz/%s', 'title': {'original': 'en', 'en': 'Annual report on persecution %s'},
                 'kind': 'ngo_report', 'confidentiality': 'public'}""".formatted(tag, tag));
        created("/api/v1/incidents", """
                {'title': {'original': 'en', 'en': 'Activist detained %s'}, 'date': '2019-11-05', 'types': ['detention'],
                 'rights': ['assembly'], 'place': 'kz-almaty-city'}""".formatted(tag));

        page.navigate(url("/"));
        page.locator("nav.main summary", new Page.LocatorOptions().setHasText("Record")).click();
        page.locator("nav.main a:has-text('Add a reported figure')").click();
        assertThat(page.locator("h1")).hasText("Add a reported figure");

        page.locator("#qualifier").selectOption("more_than");
        page.locator("#value").fill("three hundred");
        page.locator("#unit").selectOption("persons");
        page.locator("#description").fill("persons prosecuted for their beliefs " + tag);
        page.locator("#incidentType").selectOption("detention");
        page.locator("#from").fill("2019");
        page.locator("#place").selectOption("kz");
        page.locator("#reportedBy").pressSequentially("Kazakhstan International Bureau for Human Rights " + tag);
        page.locator(".row-picker:has(#reportedBy) .choices button", new Page.LocatorOptions().setHasText(bureau)).click();
        assertThat(page.locator("#reportedBy-key")).hasValue(bureau);
        page.locator("#sources-search").pressSequentially("Annual report on persecution " + tag);
        page.locator("#sources-choices button", new Page.LocatorOptions().setHasText(report)).click();
        assertThat(page.locator("#sources-picked")).containsText("Annual report on persecution " + tag);
        page.locator("#confidentiality").selectOption("public");
        screenshot("reported-figure-form");
        page.locator("form.entry [type=submit]").click();

        // nothing saved; the problem at its field, everything typed kept
        assertThat(page.locator("#problems")).containsText("Figure");
        assertThat(page.locator("#value-error")).containsText("not a whole number");
        assertThat(page.locator("#value")).hasValue("three hundred");
        assertThat(page.locator("#description")).hasValue("persons prosecuted for their beliefs " + tag);
        assertThat(page.locator("#from")).hasValue("2019");
        assertThat(page.locator("#reportedBy-key")).hasValue(bureau);
        assertThat(page.locator("#sources-picked")).containsText("Annual report on persecution " + tag);
        screenshot("reported-figure-form-errors");

        page.locator("#value").fill("300");
        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator(".notice.ok")).hasText("The reported figure is saved.");
        assertThat(page.locator("h1")).hasText("more than 300 persons prosecuted for their beliefs " + tag);
        assertThat(page.locator("dl.facts")).containsText("2019");
        assertThat(page.locator("dl.facts")).containsText("Kazakhstan International Bureau for Human Rights " + tag);
        assertThat(page.locator("#citations-list")).containsText("Annual report on persecution " + tag);
        screenshot("reported-figure-saved");

        // the bureau corrected its figure: 350, for the fourth quarter
        page.locator("a:has-text('Edit the reported figure')").click();
        assertThat(page.locator("#value")).hasValue("300");
        assertThat(page.locator("#from")).hasValue("2019");
        page.locator("#value").fill("350");
        page.locator("#from").fill("2019-Q4");
        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator(".notice.ok")).hasText("The reported figure is saved.");
        assertThat(page.locator("h1")).hasText("more than 350 persons prosecuted for their beliefs " + tag);
        assertThat(page.locator("dl.facts")).containsText("Q4 2019");
        page.locator("a:has-text('Edit the reported figure')").click();
        assertThat(page.locator("#from")).hasValue("2019-Q4");
        assertThat(page.locator("#to")).hasValue("");

        // beside Kuzet's own counts of 2019, labelled as the bureau's
        page.navigate(url("/stats?unit=incidents&by=year&from=2019-01-01&to=2019-12-31&type=detention"));
        assertThat(page.locator("table.stats")).isVisible();
        assertThat(page.locator("#reported-by-others")).hasText("Reported by others");
        var figure = page.locator(".reported-figures li", new Page.LocatorOptions().setHasText(tag));
        assertThat(figure).containsText("more than 350 persons prosecuted for their beliefs " + tag);
        assertThat(figure).containsText("(Kazakhstan International Bureau for Human Rights " + tag + ", Q4 2019)");
        assertThat(figure.locator("a.source-ref")).hasAttribute("href", "/sources/" + report);
        assertThat(page.locator("table.stats")).not().containsText("350");
        figure.scrollIntoViewIfNeeded();
        screenshot("reported-figure-on-stats");

        page.locator(".reported-figures a:has-text('These figures in the list of reported figures')").click();
        assertThat(page.locator("ul.figures")).containsText("more than 350 persons prosecuted for their beliefs " + tag);
        assertThat(page.locator("#type")).hasValue("detention");

        // a filter the figure does not fit (another region) leaves it out
        page.navigate(url("/stats?unit=incidents&by=year&from=2019-01-01&to=2019-12-31&region=kz-almaty-city"));
        assertThat(page.locator(".reported-figures li", new Page.LocatorOptions().setHasText(tag))).hasCount(0);

        // and the list of reported figures has it
        page.navigate(url("/reported-figures?q=" + tag));
        assertThat(page.locator("ul.figures")).containsText("more than 350 persons prosecuted for their beliefs " + tag);
        screenshot("reported-figures-list");

        // the source's page lists the figure among the records that cite it
        page.navigate(url("/sources/" + report));
        assertThat(page.locator("main")).containsText("persons prosecuted for their beliefs " + tag);
    }
}
