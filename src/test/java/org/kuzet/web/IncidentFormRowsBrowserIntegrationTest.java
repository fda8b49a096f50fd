package org.kuzet.web;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium (as {@link BrowserIntegrationTest}): a monitor enters an incident from a 2021 briefing paper with
 * two perpetrators, two articles, two new organisations and two new sources, adding rows with the buttons and with the
 * keyboard alone, and finds them all on the incident's page and again on its edit form. Screenshots go to
 * {@code target/screenshots/}.
 */
class IncidentFormRowsBrowserIntegrationTest extends BrowserTest {

    @BeforeEach
    void signIn() {
        openSignedInAsNewEditor();
    }

    @Test
    void aMonitorAddsRowsOfEachKindWithTheButtonsAndTheKeyboardAndFindsThemOnTheIncidentPage() {
        String tag = unique("r").replace("-", "");
        String police = unique("police");
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Almaty city police department %s', 'kind': 'law_enforcement'}"""
                .formatted(police, tag)), Role.EDITOR).status()).isEqualTo(201);

        page.navigate(url("/incidents/new"));
        page.locator("#title").fill("Picket of Oyan, Qazaqstan dispersed " + tag);
        page.locator("#date").fill("2021-01-10");
        page.locator("#types input[value=detention]").check();

        // the first perpetrator: its row is there already; the organisation is picked from the keyboard
        page.locator("#perpetrators-0-kind").selectOption("police");
        page.locator("#perpetrators-0-organization").pressSequentially("Almaty city police department " + tag);
        Locator choice = page.locator("#perpetrators .choices button").first();
        assertThat(choice).containsText(police);
        page.keyboard().press("Tab");
        assertThat(choice).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#perpetrators-0-organization-key")).hasValue(police);
        assertThat(page.locator("#perpetrators .picked-one").first()).containsText("Almaty city police department " + tag);
        page.locator("#perpetrators-0-description").fill("police officers of the Almaty city police department");

        // the second from the keyboard alone: Enter on "Add a perpetrator" opens a row and its first field
        page.locator("[data-add-row=perpetrators]").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#perpetrators-1-kind")).isFocused();
        page.locator("#perpetrators-1-kind").selectOption("knb");
        page.keyboard().press("Tab");
        assertThat(page.locator("#perpetrators-1-organization")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("#perpetrators-1-description")).isFocused();
        page.keyboard().type("officers in plain clothes");

        page.locator("#articles-0-article").selectOption("CC-405");
        page.locator("#articles-0-part").fill("2");
        page.locator("[data-add-row=articles]").click();
        page.locator("#articles-1-article").selectOption("CC-174");
        page.locator("[data-add-row=articles]").click();
        assertThat(page.locator("#articles-2-article")).isFocused();
        page.locator("#articles-2-article").locator("xpath=ancestor::li[1]").locator("[data-remove-row]").click();
        assertThat(page.locator("[data-add-row=articles]")).isFocused();
        page.locator("[data-add-row=articles]").press("Enter");
        assertThat(page.locator("#articles-2-article")).isFocused();
        page.locator("#articles-2-article").selectOption("AC-488");
        // a row removed in the middle: the one after it takes its place, and its number
        page.locator("#articles-1-article").locator("xpath=ancestor::li[1]").locator("[data-remove-row]").click();
        assertThat(page.locator("#articles-rows > li")).hasCount(2);
        assertThat(page.locator("#articles-1-article")).hasValue("AC-488");
        assertThat(page.locator("#articles-1-article")).hasAttribute("name", "articles[1].article");

        page.locator("#newOrganizations-0-name").fill("Oyan, Qazaqstan " + tag);
        page.locator("#newOrganizations-0-kind").selectOption("informal_group");
        page.locator("[data-add-row=newOrganizations]").press("Enter");
        assertThat(page.locator("#newOrganizations-1-name")).isFocused();
        page.keyboard().type("Wake up, Kazakhstan " + tag);
        page.keyboard().press("Tab");
        assertThat(page.locator("#newOrganizations-1-kind")).isFocused();
        page.locator("#newOrganizations-1-kind").selectOption("opposition_movement");

        page.locator("#newSources-0-url").fill("https://rus.azattyq.org/a/" + tag);
        page.locator("#newSources-0-title").fill("Picket in Almaty dispersed " + tag);
        page.locator("#newSources-0-outlet").fill("Radio Azattyq");
        page.locator("[data-add-row=newSources]").click();
        page.locator("#newSources-1-title").fill("Monitoring of January 2021 " + tag);
        page.locator("#newSources-1-outlet").fill("KIBHR");
        screenshot("incident-form-rows");
        page.setViewportSize(390, 844);
        screenshot("incident-form-rows-phone");
        page.setViewportSize(1280, 900);

        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator("[role=status]")).hasText("The incident was recorded.");
        Locator perpetrators = page.locator("#perpetrators + ul > li");
        assertThat(perpetrators).hasCount(2);
        assertThat(perpetrators.nth(0)).containsText("Almaty city police department " + tag);
        assertThat(perpetrators.nth(0)).containsText("police officers of the Almaty city police department");
        assertThat(perpetrators.nth(1)).containsText("National Security Committee (KNB)");
        assertThat(perpetrators.nth(1)).containsText("officers in plain clothes");
        Locator articles = page.locator("#articles + ul > li");
        assertThat(articles).hasCount(2);
        assertThat(articles.nth(0)).containsText("405");
        assertThat(articles.nth(1)).containsText("488");
        assertThat(page.locator("#victims + ul")).containsText("Oyan, Qazaqstan " + tag);
        assertThat(page.locator("#victims + ul")).containsText("Wake up, Kazakhstan " + tag);
        assertThat(page.locator("#sources + ol")).containsText("Picket in Almaty dispersed " + tag);
        assertThat(page.locator("#sources + ol")).containsText("Monitoring of January 2021 " + tag);
        screenshot("incident-form-rows-saved");

        page.navigate(page.url().replaceAll("\\?.*$", "") + "/edit");
        assertThat(page.locator("#perpetrators-rows > li")).hasCount(2);
        assertThat(page.locator("#perpetrators-1-description")).hasValue("officers in plain clothes");
        assertThat(page.locator("#perpetrators .picked-one").first()).containsText("Almaty city police department " + tag);
        assertThat(page.locator("#articles-rows > li")).hasCount(2);
        assertThat(page.locator("#articles-1-article")).hasValue("AC-488");
    }
}
