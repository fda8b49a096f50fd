package org.kuzet.web;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium (as {@link BrowserIntegrationTest}): a monitor records an urgent appeal from the page of a
 * detained activist — the activist already named, the incident and the sender picked by name, an addressee in the
 * record picked with the keyboard alone, a UN body picked as a new addressee's organisation, a row added by mistake
 * removed — first with a date that is not one, finding everything kept, then saved; the appeal is listed on the
 * activist's page. Screenshots go to {@code target/screenshots/}.
 */
class InterventionFormBrowserIntegrationTest extends BrowserTest {

    @BeforeEach
    void signIn() {
        openSignedInAsNewEditor();
    }

    @Test
    void aMonitorRecordsAnUrgentAppealFromAnActivistsPageWithAddresseesPickedAndNew() {
        String tag = unique("ap").replace("-", "");
        String activist = created("/api/v1/persons", "{'name': 'Daniyar Khassenov %s'}".formatted(tag));
        String incident = created("/api/v1/incidents", """
                {'title': {'original': 'en', 'en': 'Khassenov detained after a rally %s'}, 'date': '2021-01-10',
                 'types': ['detention'], 'victims': [{'person': '%s'}]}""".formatted(tag, activist));
        String bureau = created("/api/v1/organizations", "{'name': 'Bureau for Human Rights %s', 'kind': 'ngo'}".formatted(tag));
        String wgad = created("/api/v1/organizations",
                "{'name': 'Working Group on Arbitrary Detention %s', 'kind': 'international_body'}".formatted(tag));
        String ombudsman = created("/api/v1/contacts", "{'name': 'Commissioner for Human Rights %s', 'position': 'Ombudsman'}"
                .formatted(tag));

        page.navigate(url("/persons/" + activist));
        page.locator("a:has-text('Record an intervention')").first().click();
        assertThat(page.locator("h1")).hasText("Add an intervention");
        assertThat(page.locator("#persons-picked")).containsText("Daniyar Khassenov " + tag);

        page.locator("#kind").selectOption("urgent_appeal");
        page.locator("#date").fill("January 2021");
        page.locator("#title").fill("Urgent appeal on behalf of Daniyar Khassenov " + tag);
        page.locator("#sender").pressSequentially("Bureau for Human Rights " + tag);
        page.locator(".row-picker:has(#sender) .choices button", new Page.LocatorOptions().setHasText(bureau)).click();
        assertThat(page.locator("#sender-key")).hasValue(bureau);
        page.locator("#incidents-search").pressSequentially("Khassenov detained after a rally " + tag);
        page.locator("#incidents-choices button", new Page.LocatorOptions().setHasText(incident)).click();
        assertThat(page.locator("#incidents-picked")).containsText("Khassenov detained after a rally " + tag);

        // an addressee in the record, picked with the keyboard alone
        page.locator("[data-add-row=addressees]").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#addressees-0-contact")).isFocused();
        page.keyboard().type("Commissioner for Human Rights " + tag);
        page.locator("#addressees .repeat-row:nth-child(1) .choices button").first().waitFor();
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.locator("#addressees-0-contact-key")).hasValue(ombudsman);
        // a UN body as a new addressee
        page.locator("[data-add-row=addressees]").click();
        page.locator("#addressees-1-organization").pressSequentially("Working Group on Arbitrary Detention " + tag);
        page.locator("#addressees li.repeat-row:nth-child(2) .choices button", new Page.LocatorOptions().setHasText(wgad)).click();
        assertThat(page.locator("#addressees-1-organization-key")).hasValue(wgad);
        page.locator("#addressees-1-position").fill("Chair-Rapporteur");
        // a row added by mistake, removed
        page.locator("[data-add-row=addressees]").click();
        page.locator("#addressees-2-name").fill("Mistake " + tag);
        page.locator("#addressees li.repeat-row:nth-child(3) [data-remove-row]").click();
        assertThat(page.locator("#addressees-2-name")).hasCount(0);
        assertThat(page.locator("[data-add-row=addressees]")).isFocused();
        page.locator("#summary").fill("The bureau asks the Working Group to consider the detention arbitrary.");
        page.locator("#confidentiality").selectOption("public");
        screenshot("intervention-form");
        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator("#problems")).containsText("Date");
        assertThat(page.locator("#date-error")).containsText("is not a date");
        assertThat(page.locator("#date")).hasValue("January 2021");
        assertThat(page.locator("#addressees-0-contact-key")).hasValue(ombudsman);
        assertThat(page.locator("#addressees-1-organization-key")).hasValue(wgad);
        assertThat(page.locator("#addressees-1-position")).hasValue("Chair-Rapporteur");
        assertThat(page.locator("#persons-picked")).containsText("Daniyar Khassenov " + tag);
        assertThat(page.locator("#incidents-picked")).containsText("Khassenov detained after a rally " + tag);
        assertThat(page.locator("#sender-key")).hasValue(bureau);
        screenshot("intervention-form-errors");

        page.locator("#date").fill("2021-01");
        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator(".notice.ok")).hasText("The intervention is saved.");
        assertThat(page.locator("h1")).hasText("Urgent appeal on behalf of Daniyar Khassenov " + tag);
        assertThat(page.locator("dl.facts")).containsText("January 2021");
        assertThat(page.locator("dl.facts")).containsText("Bureau for Human Rights " + tag);
        assertThat(page.locator("#addressees + ul")).containsText("Commissioner for Human Rights " + tag);
        assertThat(page.locator("#addressees + ul")).containsText("Working Group on Arbitrary Detention " + tag);
        assertThat(page.locator("#addressees + ul")).containsText("Chair-Rapporteur");
        assertThat(page.locator("#addressees + ul")).not().containsText("Mistake");
        screenshot("intervention-saved");

        page.locator("a:has-text('Daniyar Khassenov " + tag + "')").click();
        assertThat(page.locator("#interventions")).hasText("Interventions (1)");
        assertThat(page.locator("#interventions + ul")).containsText("Urgent appeal on behalf of Daniyar Khassenov " + tag);
        screenshot("intervention-on-person-page");
    }
}
