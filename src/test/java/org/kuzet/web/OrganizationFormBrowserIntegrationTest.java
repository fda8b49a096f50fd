package org.kuzet.web;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium (as {@link BrowserIntegrationTest}): a monitor records a movement's branch from the menu with its
 * names in three scripts, the movement it belongs to and its status history with the deciding court picked by name;
 * then adds a status with a date that is not one, and finds everything typed kept. Screenshots go to
 * {@code target/screenshots/}.
 */
class OrganizationFormBrowserIntegrationTest extends BrowserTest {

    @BeforeEach
    void signIn() {
        openSignedInAsNewEditor();
    }

    @Test
    void aMonitorRecordsABranchWithItsNamesItsMovementAndItsStatusHistoryThenAddsAStatus() {
        String tag = unique("b").replace("-", "");
        String movement = unique("koshe");
        String court = unique("court");
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Koshe Partiyasy %s', 'kind': 'opposition_movement'}""".formatted(movement, tag)),
                Role.EDITOR).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Yesil District Court of Astana %s', 'kind': 'court'}""".formatted(court, tag)),
                Role.EDITOR).status()).isEqualTo(201);

        page.locator("header nav.main summary", new Page.LocatorOptions().setHasText("Record")).click();
        page.locator("header nav.main a[href='/organizations/new']").click();
        assertThat(page.locator("h1")).hasText("Add an organisation");
        page.locator("#name").fill("Koshe Partiyasy Almaty branch " + tag);
        page.locator("[data-add-row=names]").click();
        page.locator("#names-0-name").fill("Уличная партия, Алматинский филиал " + tag);
        page.locator("#names-0-script").selectOption("Cyrl");
        page.locator("#names-0-lang").selectOption("ru");
        page.locator("[data-add-row=names]").click();
        page.locator("#names-1-name").fill("Көше партиясы Алматы филиалы " + tag);
        page.locator("#names-1-script").selectOption("Cyrl");
        page.locator("#names-1-lang").selectOption("kk");
        page.locator("#names-1-kind").selectOption("abbreviation");
        page.locator("#kind").selectOption("opposition_movement");
        page.locator("#place").selectOption("kz-almaty-city");
        page.locator("#parent").pressSequentially("Koshe Partiyasy " + tag);
        page.locator(".row-picker:has(#parent) .choices button", new Page.LocatorOptions().setHasText(movement)).click();
        assertThat(page.locator("#parent-key")).hasValue(movement);

        page.locator("[data-add-row=statuses]").click();
        page.locator("#statuses-0-status").selectOption("banned_extremist");
        page.locator("#statuses-0-date").fill("2018-03-13");
        page.locator("#statuses-0-decidedBy").pressSequentially("Yesil District Court " + tag);
        page.locator("#statuses li.repeat-row .choices button", new Page.LocatorOptions().setHasText(court)).click();
        assertThat(page.locator("#statuses-0-decidedBy-key")).hasValue(court);
        screenshot("organization-form");
        page.locator("form.entry [type=submit]").click();
        // a name like one already recorded (another test's) is first shown for confirmation
        page.locator(".notice.ok, #possible-duplicates").first().waitFor();
        if (page.locator("#possible-duplicates").count() > 0) {
            page.locator("input[name=confirmNew]").check();
            page.locator("form.entry [type=submit]").click();
        }

        assertThat(page.locator(".notice.ok")).hasText("The organisation is saved.");
        assertThat(page.locator("h1")).hasText("Koshe Partiyasy Almaty branch " + tag);
        assertThat(page.locator("main")).containsText("Көше партиясы Алматы филиалы " + tag);
        assertThat(page.locator("dl.facts")).containsText("Koshe Partiyasy " + tag);
        assertThat(page.locator("#statuses + ol")).containsText("Banned as extremist");
        assertThat(page.locator("#statuses + ol")).containsText("Yesil District Court of Astana " + tag);
        screenshot("organization-saved");

        page.locator("a:has-text('Edit the organisation')").click();
        // the edit form, loaded (under load the next click could otherwise land before it)
        page.waitForURL("**/edit");
        page.locator("[data-add-row=statuses]").click();
        assertThat(page.locator("#statuses-1-status")).isFocused();
        page.locator("#statuses-1-status").selectOption("liquidated");
        page.locator("#statuses-1-date").fill("in the summer");
        page.locator("#statuses-1-decidedByText").fill("Ministry of Justice");
        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator("#problems")).containsText("Status history, row 2: Date");
        assertThat(page.locator("#statuses-1-date-error")).containsText("is not a date");
        assertThat(page.locator("#statuses-1-date")).hasValue("in the summer");
        assertThat(page.locator("#statuses-1-decidedByText")).hasValue("Ministry of Justice");
        assertThat(page.locator("#statuses-0-decidedBy-key")).hasValue(court);
        assertThat(page.locator("#parent-key")).hasValue(movement);
        screenshot("organization-form-errors");

        page.locator("#statuses-1-date").fill("2019-07");
        page.locator("form.entry [type=submit]").click();
        assertThat(page.locator(".notice.ok")).hasText("The organisation is saved.");
        assertThat(page.locator("#statuses + ol")).containsText("July 2019");
        assertThat(page.locator("#statuses + ol")).containsText("Liquidated");
    }
}
