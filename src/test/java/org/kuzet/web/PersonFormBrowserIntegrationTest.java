package org.kuzet.web;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium (as {@link BrowserIntegrationTest}): a monitor records a person from the menu with name variants
 * in Kazakh, a membership picked by name and an assessment, using the keyboard to add rows; then edits them, meets a
 * problem in a row and finds everything typed kept. Screenshots go to {@code target/screenshots/}.
 */
class PersonFormBrowserIntegrationTest extends BrowserTest {

    @BeforeEach
    void signIn() {
        openSignedInAsNewEditor();
    }

    @Test
    void aMonitorRecordsAPersonWithKazakhNameVariantsAMembershipAndAnAssessmentThenEditsThem() {
        String tag = unique("b").replace("-", "");
        String movement = unique("koshe");
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Koshe Partiyasy %s', 'kind': 'opposition_movement'}""".formatted(movement, tag)),
                Role.EDITOR).status()).isEqualTo(201);

        page.locator("header nav.main summary", new Page.LocatorOptions().setHasText("Record")).click();
        page.locator("header nav.main a[href='/persons/new']").click();
        assertThat(page.locator("h1")).hasText("Add a person");
        page.locator("#name").fill("Duman Mukhammedkarim " + tag);

        // rows are added from the keyboard: the new row's first field takes the focus
        page.locator("[data-add-row=names]").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#names-0-name")).isFocused();
        page.keyboard().type("Думан Мұхаммедкәрім");
        page.locator("#names-0-script").selectOption("Cyrl");
        page.locator("#names-0-lang").selectOption("kk");
        page.locator("[data-add-row=names]").click();
        page.locator("#names-1-name").fill("a row typed by mistake");
        page.locator("[data-add-row=names]").click();
        page.locator("#names-2-name").fill("Шаһизада Өмірұзақ Үсенқызы " + tag);
        page.locator("#names-1-name").locator("xpath=ancestor::li[1]").locator("[data-remove-row]").click();
        assertThat(page.locator("#names-rows > li")).hasCount(2);
        assertThat(page.locator("#names-1-name")).hasValue("Шаһизада Өмірұзақ Үсенқызы " + tag);

        page.locator("#gender").selectOption("male");
        page.locator("#birthYear").fill("1984");
        page.locator("#roles input[value=journalist]").check();
        page.locator("#description").fill("Blogger and journalist, sentenced in 2021.");

        page.locator("[data-add-row=memberships]").click();
        page.locator("#memberships-0-organization").pressSequentially("Koshe Partiyasy " + tag);
        page.locator("#memberships li.repeat-row .choices button", new Page.LocatorOptions().setHasText(movement)).click();
        assertThat(page.locator("#memberships li.repeat-row .picked-one")).containsText("Koshe Partiyasy " + tag);
        assertThat(page.locator("#memberships-0-organization-key")).hasValue(movement);
        page.locator("#memberships-0-kind").selectOption("leader");
        page.locator("#memberships-0-from").fill("2020-02");

        page.locator("[data-add-row=assessments]").click();
        page.locator("#assessments-0-date").fill("2021-09");
        page.locator("#assessments-0-conclusion").selectOption("political_prisoner");
        page.locator("#assessments-0-assessedByText").fill("Kazakhstan Bureau for Human Rights");
        page.locator("#contacts").fill("Telegram @duman_" + tag);
        screenshot("person-form");

        page.locator("form.entry [type=submit]").click();
        // a name like one already recorded (another test's) is first shown for confirmation
        page.locator(".notice.ok, #possible-duplicates").first().waitFor();
        if (page.locator("#possible-duplicates").count() > 0) {
            page.locator("input[name=confirmNew]").check();
            page.locator("form.entry [type=submit]").click();
        }

        assertThat(page.locator(".notice.ok")).hasText("The person is saved.");
        assertThat(page.locator("h1")).hasText("Duman Mukhammedkarim " + tag);
        assertThat(page.locator("main")).containsText("Думан Мұхаммедкәрім");
        assertThat(page.locator("main")).containsText("Шаһизада Өмірұзақ Үсенқызы " + tag);
        assertThat(page.locator("main")).not().containsText("a row typed by mistake");
        assertThat(page.locator("#memberships + ul")).containsText("Koshe Partiyasy " + tag);
        assertThat(page.locator("#memberships + ul")).containsText("February 2020");
        assertThat(page.locator("#assessments + ul")).containsText("Political prisoner");
        screenshot("person-saved");

        page.locator("a:has-text('Edit the person')").click();
        assertThat(page.locator("#names-0-name")).hasValue("Думан Мұхаммедкәрім");
        assertThat(page.locator("#memberships-0-from")).hasValue("2020-02");
        page.locator("#birthYear").fill("84");
        page.locator("#memberships-0-until").fill("sometime in 2022");
        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator("#problems")).isFocused();
        assertThat(page.locator("#problems")).containsText("Memberships, row 1: Until");
        assertThat(page.locator("#memberships-0-until-error")).containsText("is not a date");
        assertThat(page.locator("#birthYear-error")).containsText("is not a year");
        assertThat(page.locator("#memberships-0-until")).hasValue("sometime in 2022");
        assertThat(page.locator("#memberships li.repeat-row .picked-one")).containsText("Koshe Partiyasy " + tag);
        assertThat(page.locator("#contacts")).hasValue("Telegram @duman_" + tag);
        screenshot("person-form-errors");

        page.locator("#problems a[href='#memberships-0-until']").click();
        assertThat(page.locator("#memberships-0-until")).isFocused();
        page.locator("#memberships-0-until").fill("2022");
        page.locator("#birthYear").fill("1984");
        page.locator("#assessments-0-date").locator("xpath=ancestor::li[1]").locator("[data-remove-row]").click();
        assertThat(page.locator("[data-add-row=assessments]")).isFocused();
        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator(".notice.ok")).hasText("The person is saved.");
        assertThat(page.locator("#memberships + ul")).containsText("February 2020 – 2022");
        assertThat(page.locator("#assessments")).hasCount(0);
    }
}
