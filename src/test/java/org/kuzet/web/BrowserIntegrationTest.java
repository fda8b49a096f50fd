package org.kuzet.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A monitor's path through the pages in a real Chromium (Debian's {@code /usr/bin/chromium}, or
 * {@code -Dkuzet.test.chromium=...}): sign in, the dashboard, two facets of the incident list, a person's timeline, the
 * switch to Russian. Screenshots of the main pages go to {@code target/screenshots/}.
 */
class BrowserIntegrationTest extends BrowserTest {

    private static WebRecords record;
    private static String monitor;

    @BeforeEach
    void signIn() {
        if (record == null) {
            record = WebRecords.create(unique("browser"), (path, body) -> send("POST", path, body, Role.REVIEWER),
                    ApiIntegrationTest::json);
            monitor = unique("monitor").toLowerCase();
            users.create(monitor, Role.EDITOR, PASSWORD, false);
        }
        openSignedIn(monitor, PASSWORD);
    }

    /** Signs the monitor out and {@code username} in, in the same browser. */
    private void signInAgainAs(String username, String password) {
        page.navigate(url("/login?logout"));
        context.clearCookies();
        signInOnPage(username, password);
    }

    @Test
    void theSignInPageSpeaksTheVisitorsLanguage() {
        try (BrowserContext visitor = browser().newContext(new Browser.NewContextOptions().setLocale("ru-RU"))) {
            Page signIn = visitor.newPage();
            signIn.navigate(url("/login"));
            assertThat(signIn.locator("h1")).hasText("Вход в Kuzet");
            assertThat(signIn.locator("label[for=password]")).hasText("Пароль");
            signIn.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "sign-in-ru.png"))
                    .setFullPage(true));
        }
    }

    @Test
    void aSourcePageShowsWhatCitesItAndOffersToAttachEvidence() {
        page.navigate(url("/sources/" + record.source()));
        assertThat(page.locator("h1")).containsText("persecution of DVK supporters");
        assertThat(page.locator("#citing + ul")).containsText("Protesters detained in Almaty");
        assertThat(page.locator("input[type=file]")).isVisible();
        screenshot("source");
    }

    @Test
    void twoMonitorsEditTheSameIncidentAndTheSecondResolvesTheConflictWithoutLosingEither() {
        String reviewer = unique("reviewer").toLowerCase();
        users.create(reviewer, Role.REVIEWER, PASSWORD, false);
        page.navigate(url("/incidents/" + record.search() + "/edit"));
        try (BrowserContext other = browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page theirs = other.newPage();
            theirs.navigate(url("/login"));
            theirs.locator("input[name=username]").fill(reviewer);
            theirs.locator("input[name=password]").fill(PASSWORD);
            theirs.locator("form [type=submit]").first().click();
            theirs.navigate(url("/incidents/" + record.search() + "/edit"));
            theirs.locator("#title").fill("Flat of a DVK supporter searched in Semey by the KNB");
            theirs.locator("form.entry [type=submit]").click();
            assertThat(theirs.locator("h1")).hasText("Flat of a DVK supporter searched in Semey by the KNB");
        }

        page.locator("#placeDetail").fill("Abay street");
        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator("#conflict-heading")).hasText("Someone else saved this incident while you were editing it");
        assertThat(page.locator("table.conflict")).containsText("searched in Semey by the KNB");
        assertThat(page.locator("#placeDetail")).hasValue("Abay street");
        assertThat(page.locator("table.conflict tr.differs")).hasCount(2);
        screenshot("edit-conflict");
        page.locator("#title").fill("Flat of a DVK supporter searched in Semey by the KNB");
        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator("h1")).hasText("Flat of a DVK supporter searched in Semey by the KNB");
        assertThat(page.locator("main")).containsText("Abay street");
    }

    @Test
    void aMonitorSignsInAndSeesTheDashboard() {
        assertThat(page.locator("h1")).hasText("Dashboard");
        assertThat(page.locator("header")).containsText("Signed in as " + monitor);
        assertThat(page.locator("#latest")).isVisible();
        screenshot("dashboard");

        page.setViewportSize(390, 844);
        screenshot("dashboard-phone");
    }

    @Test
    void twoFacetsNarrowTheIncidentListWithoutReloadingThePage() {
        page.navigate(url("/incidents?organization=" + record.movement()));
        // another test of this class may have recorded one more incident of the movement
        assertThat(page.locator("#found")).hasText(java.util.regex.Pattern.compile("^[23] incidents$"));
        screenshot("incidents");
        page.evaluate("window.kuzetSamePage = true");

        page.locator("[data-facet=type] a", new Page.LocatorOptions().setHasText("Search")).first().click();
        assertThat(page.locator("#found")).hasText("1 incident");
        page.locator("[data-facet=perpetrator] a", new Page.LocatorOptions().setHasText("KNB")).first().click();
        page.waitForURL(u -> u.contains("perpetrator=knb"));
        assertThat(page.locator("[data-facet=perpetrator] a[aria-current=true]")).containsText("KNB");

        assertThat(page.locator(".incidents .title")).hasText("Flat of a DVK supporter searched in Semey");
        assertThat(page.url()).contains("type=search", "perpetrator=knb", "organization=" + record.movement());
        assertThat(page.evaluate("window.kuzetSamePage === true")).as("htmx replaced the list only").isEqualTo(true);
        page.reload();
        assertThat(page.locator("#found")).hasText("1 incident");
        screenshot("incidents-filtered");

        page.locator(".incidents .title").click();
        assertThat(page.locator("h1")).hasText("Flat of a DVK supporter searched in Semey");
        assertThat(page.locator("#browser")).hasCount(0);
    }

    @Test
    void aMonitorOpensAnIncidentThenTheVictimsTimeline() {
        page.navigate(url("/incidents/" + record.detention()));
        assertThat(page.locator("h1")).containsText("Protesters detained in Almaty");
        assertThat(page.locator("#victims + ul")).containsText("a resident of Shymkent");
        screenshot("incident");

        page.locator("#victims + ul a").first().click();
        assertThat(page.locator("h1")).containsText("Akmaral Tobylova");
        assertThat(page.locator(".timeline > li")).hasCount(3);
        assertThat(page.locator(".timeline > li").first()).containsText("Protesters detained in Almaty");
        assertThat(page.locator(".timeline > li").last()).containsText("Verdict");
        screenshot("person");

        page.setViewportSize(390, 844);
        screenshot("person-phone");

        page.setViewportSize(1280, 900);
        page.locator(".timeline a[href^='/cases/']").first().click();
        assertThat(page.locator("#charges")).isVisible();
        screenshot("case");

        page.navigate(url("/organizations/" + record.movement()));
        assertThat(page.locator("#statuses + ol")).containsText("Banned as extremist");
        screenshot("organization");
    }

    @Test
    void switchingToRussianTranslatesTheSamePageAndIsRemembered() {
        page.navigate(url("/persons/" + record.activist()));
        page.locator(".languages a[lang=ru]").click();

        assertThat(page.locator("html")).hasAttribute("lang", "ru");
        assertThat(page.locator("#timeline")).hasText("Хронология");
        assertThat(page.url()).contains("/persons/" + record.activist());
        screenshot("person-ru");

        page.navigate(url("/incidents?type=search&organization=" + record.movement()));
        assertThat(page.locator("#found")).hasText("Найдено инцидентов: 1");
        assertThat(page.locator("[data-facet=type] h2")).hasText("Вид");
        screenshot("incidents-ru");
    }

    @Test
    void aMonitorRecordsADetentionWithANewVictimAnExistingOrganisationAndANewSourceInOnePass() {
        page.locator(".quick a").click();
        page.waitForURL(url("/incidents/new"));
        screenshot("entry");

        page.locator("#title").fill("Detained at the June rally in Almaty");
        page.locator("#date").fill("2020-06-06");
        page.locator("#place").selectOption("kz-almaty-city");
        page.locator("#types-filter").fill("detent");
        assertThat(page.locator("#types input[value=search]")).isHidden();
        assertThat(page.locator("#types input[value=pre_trial_detention]")).isVisible();
        page.locator("#types input[value=detention]").check();
        page.locator("#types-filter").fill("");
        page.locator("#newVictims").fill("Asya Tulesova " + record.activist());
        page.locator("#organizations-search").pressSequentially("ДВК");
        page.locator("#organizations-choices button", new Page.LocatorOptions().setHasText(record.movement())).click();
        assertThat(page.locator("#organizations-picked li")).hasCount(1);
        page.locator("#newSources-0-url").fill("https://rus.azattyq.org/a/kazakhstan-almaty-rally-june-2020");
        page.locator("#newSources-0-title").fill("Rally in Almaty: dozens detained");
        page.locator("#newSources-0-outlet").fill("Radio Azattyq");
        screenshot("entry-filled");

        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator("h1")).hasText("Detained at the June rally in Almaty");
        assertThat(page.locator("[role=status]")).hasText("The incident was recorded.");
        assertThat(page.locator("#victims + ul")).containsText("Asya Tulesova");
        assertThat(page.locator("#victims + ul")).containsText("Democratic Choice of Kazakhstan");
        assertThat(page.locator("#sources + ol")).containsText("Rally in Almaty: dozens detained");
        assertThat(page.locator("#sources + ol")).containsText("Radio Azattyq");
    }

    /**
     * A monitor's day, from the corpus' 2020 briefing: "Asset Abishev … was detained on 7 July 2018 and subsequently
     * sentenced to four years' imprisonment after having been found guilty under Articles 266 and 405 of the Criminal
     * Code". The detention is recorded, the case opened from it with its charge, a measure of restraint, a verdict with
     * two punishments, an upheld appeal and a parole; the person's status is then right on three dates.
     */
    @Test
    void aMonitorRecordsADetentionThenOpensTheCaseFromItThroughToParole() {
        String name = "Asset Abishev " + record.activist().substring(record.activist().length() - 6);
        page.navigate(url("/incidents/new"));
        page.locator("#title").fill("Asset Abishev detained in Almaty");
        page.locator("#date").fill("2018-07-07");
        page.locator("#types input[value=detention]").check();
        page.locator("#newVictims").fill(name);
        page.locator("#articles-0-article").selectOption("CC-405");
        page.locator("form.entry [type=submit]").click();
        assertThat(page.locator("[role=status]")).hasText("The incident was recorded.");

        page.locator(".edit-link a", new Page.LocatorOptions().setHasText("Open a case")).click();
        assertThat(page.locator("#defendants-picked li")).containsText(name);
        assertThat(page.locator("[data-nested-rows=charges] input[name$='.article']").first()).hasValue("CC 405");
        page.locator("#number").fill("187500031000456");
        page.locator("[data-nested-block]:has([data-nested-rows=charges]) [data-add-nested]").click();
        page.locator("[data-nested-rows=charges] [data-nested-row]").nth(1).locator("input[name$='.article']").fill("CC 266");
        page.locator("[data-nested-rows=charges] [data-nested-row]").nth(1).locator("input[name$='.part']").fill("1");

        addStage(0, "detained", "2018-07-07");
        addStage(1, "measure_of_restraint", "2018-07-09");
        Locator measure = stage(1);
        measure.locator("select[name$='.measure']").selectOption("pre_trial_detention");
        measure.locator("input[name$='.months']").fill("2");
        assertThat(measure.locator("select[name$='.change']")).isHidden();
        addStage(2, "verdict", "2018-10-15");
        Locator verdict = stage(2);
        assertThat(verdict.locator("select[name$='.measure']")).isHidden();
        verdict.locator("select[name$='.verdictOutcome']").selectOption("convicted");
        verdict.locator("[data-add-nested=__component__]").click();
        verdict.locator(".component").nth(0).locator("[data-component-kind]").selectOption("imprisonment");
        verdict.locator(".component").nth(0).locator("input[name$='.years']").fill("4");
        verdict.locator("[data-add-nested=__component__]").click();
        verdict.locator(".component").nth(1).locator("[data-component-kind]").selectOption("activity_ban");
        verdict.locator(".component").nth(1).locator("input[name$='.years']").fill("3");
        assertThat(verdict.locator(".component").nth(1).locator("input[name$='.years']"))
                .hasAttribute("name", "stages[2].sentence[1].years");
        addStage(3, "appeal", "2018-12");
        stage(3).locator("select[name$='.appealOutcome']").selectOption("upheld");
        // the preview follows the stages entered: imprisoned from the verdict on
        assertThat(page.locator("#status-preview")).containsText("Imprisoned");
        addStage(4, "sentence_change", "2021-01-15");
        stage(4).locator("select[name$='.change']").selectOption("parole");
        assertThat(page.locator("#status-preview")).containsText("parole");
        screenshot("case-form");
        page.setViewportSize(390, 844);
        screenshot("case-form-phone");
        page.setViewportSize(1280, 900);

        page.locator("#case-form [type=submit]").click();
        assertThat(page.locator("[role=status]")).hasText("The changes were saved.");
        assertThat(page.locator("#stages + ol > li")).hasCount(5);
        screenshot("case-saved");

        page.locator("#parties + ul a").first().click();
        String person = page.url().replaceAll(".*/persons/", "");
        page.navigate(url("/persons/" + person + "?asOf=2018-08-01"));
        assertThat(page.locator(".notice strong").first()).hasText("Pre-trial detention");
        page.locator("#asOf").fill("2019-06-01");
        page.locator("form.inline [type=submit]").click();
        assertThat(page.locator(".notice strong").first()).hasText("Imprisoned");
        page.navigate(url("/persons/" + person + "?asOf=2021-06-01"));
        assertThat(page.locator(".notice strong").first()).hasText("Released");
        screenshot("person-status-on-a-day");

        // a bureau's assessment, recorded on the person's form, puts them on the list of political prisoners while
        // they are held, and not after their release
        page.navigate(url("/persons/" + person + "/edit"));
        page.locator("[data-add-row=assessments]").click();
        page.locator("#assessments-0-date").fill("2018-11");
        page.locator("#assessments-0-conclusion").selectOption("political_prisoner");
        page.locator("#assessments-0-assessedByText").fill("Kazakhstan Bureau for Human Rights");
        page.locator("form.entry [type=submit]").click();
        assertThat(page.locator("h1")).hasText(name);
        page.navigate(url("/prisoners?asOf=2019-06-01"));
        assertThat(page.locator("table.prisoners")).containsText(name);
        screenshot("prisoners-while-held");
        page.navigate(url("/prisoners?asOf=2021-06-01"));
        assertThat(page.locator("main")).not().containsText(name);
    }

    private Locator stage(int index) {
        return page.locator("[data-nested-rows=stages] > [data-nested-row]").nth(index);
    }

    /** Adds a stage row with its kind and date, as a monitor does with the button under the stages. */
    private void addStage(int index, String kind, String date) {
        page.locator("[data-add-nested=__stage__]").click();
        Locator row = stage(index);
        row.locator("[data-stage-kind]").selectOption(kind);
        row.locator("input[name$='].date']").fill(date);
    }

    @Test
    void badInputInTheFormShowsTheProblemNextToTheFieldAndKeepsWhatWasTyped() {
        page.navigate(url("/incidents/new"));
        page.locator("#title").fill("Searched at dawn");
        page.locator("#date").fill("last spring");
        page.locator("#victims-search").pressSequentially("Tobylova");
        page.locator("#victims-choices button").first().click();
        // the pick arrives by htmx: submit only once it is in the form
        assertThat(page.locator("#victims-picked li")).containsText("Akmaral Tobylova");

        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator("#date-error")).containsText("is not a date");
        assertThat(page.locator("#types-error")).containsText("at least one incident type");
        assertThat(page.locator("#title")).hasValue("Searched at dawn");
        assertThat(page.locator("#date")).hasValue("last spring");
        assertThat(page.locator("#victims-picked li")).containsText("Akmaral Tobylova");
        screenshot("entry-errors");
    }

    @Test
    void anAdministratorVerifiesTheAuditChainManagesUsersAndRevertsARecordFromItsHistory() {
        String admin = unique("admin").toLowerCase();
        users.create(admin, Role.ADMIN, "amber kettle under nine quiet lanterns", false);
        signInAgainAs(admin, "amber kettle under nine quiet lanterns");

        page.locator("header nav details:has(a[href='/audit']) > summary").click();
        page.locator("header nav a[href='/audit']").click();
        page.locator("button[name=verify]").click();
        assertThat(page.locator("#verification")).containsText("The chain is intact");
        screenshot("audit");

        page.locator("header nav details:has(a[href='/users']) > summary").click();
        page.locator("header nav a[href='/users']").click();
        page.locator("#username").fill(unique("dana").toLowerCase());
        page.locator("#role").selectOption("viewer");
        page.locator("#new-user + form button[type=submit]").click();
        assertThat(page.locator("#one-time code")).isVisible();
        screenshot("users");

        page.locator("header nav a[href='/account']").click();
        page.locator("#token-name").fill("weekly report");
        page.locator("#expiresAt").fill(java.time.LocalDate.now().plusDays(30).toString());
        page.locator("form[action='/account/tokens'] button").click();
        assertThat(page.locator("#issued code")).containsText("kzt_");
        screenshot("account");

        assertThat(send("PUT", "/api/v1/sources/" + record.source(), json("""
                {'version': 1, 'url': 'https://odfoundation.eu/a', 'kind': 'ngo_report',
                 'title': {'original': 'en', 'en': 'Kazakhstan: persecution of DVK supporters (updated)'}, 'outlet': 'Open Dialogue',
                 'confidentiality': 'public'}"""), Role.EDITOR).status()).isEqualTo(200);
        page.navigate(url("/sources/" + record.source() + "/history"));
        assertThat(page.locator("#v2 td.after").first()).containsText("(updated)");
        screenshot("history");
        page.locator("#v1 form.revert button").click();
        assertThat(page.locator("[role=status]")).containsText("reverted to version 1");
        assertThat(page.locator("#v3")).containsText("reverted");
    }

    @Test
    void aReviewerTicksDraftsInTheQueueAndVerifiesThemAtOnce() {
        String tag = unique("queue");
        for (String title : List.of("Picket at the akimat dispersed", "Picket organiser summoned")) {
            send("POST", "/api/v1/incidents", json("""
                    {'title': {'original': 'en', 'en': '%s %s'}, 'date': '2021-06-12', 'types': ['detention']}"""
                    .formatted(title, tag)), Role.EDITOR);
        }
        String reviewer = unique("reviewer").toLowerCase();
        users.create(reviewer, Role.REVIEWER, PASSWORD, false);
        signInAgainAs(reviewer, PASSWORD);

        page.locator("header nav details:has(a[href='/review']) > summary").click();
        page.locator("header nav a[href='/review']").click();
        page.locator("#q").fill(tag);
        page.locator("form.search [type=submit]").click();
        page.locator(".review-queue input[type=checkbox]").nth(0).check();
        page.locator(".review-queue input[type=checkbox]").nth(1).check();
        screenshot("review");
        page.locator(".review-queue button[formaction='/review/verify']").click();

        assertThat(page.locator(".notice.ok")).containsText("Marked as verified: 2.");
        assertThat(page.locator(".review-queue")).hasCount(0);
        page.locator("nav.tabs a[href='/review?status=verified']").click();
        assertThat(page.locator("main")).containsText("Picket organiser summoned");
    }

    @Test
    void aMonitorAddsASourceFromTheSourceListAndFindsItsImpreciseDateKept() {
        String title = "Активистов оштрафовали " + unique("s");
        page.navigate(url("/sources"));
        page.locator("main a[href='/sources/new']").click();
        page.locator("#url").fill("https://rus.azattyq.org/a/fined.html");
        page.locator("#title").fill(title);
        page.locator("#outlet").fill("Радио Азаттык");
        page.locator("#language").fill("ru");
        page.locator("#published").fill("2021-03");
        page.locator("#reliability").selectOption("high");
        screenshot("source-form");
        page.locator("form.entry [type=submit]").click();

        assertThat(page.locator(".notice.ok")).containsText("The source is saved.");
        assertThat(page.locator("h1")).containsText(title);
        assertThat(page.locator("main")).containsText("March 2021");
        page.locator("a:has-text('Edit the source')").click();
        assertThat(page.locator("#published")).hasValue("2021-03");
    }

    @Test
    void theMainMenuFitsOneLineOnALaptopAndOpensOneGroupAtATime() {
        page.setViewportSize(1366, 768);
        page.navigate(url("/"));
        var menu = page.locator("header nav.main > ul").boundingBox();
        assertThat(menu.height).as("one line").isLessThan(48);

        page.locator("header nav.main summary", new Page.LocatorOptions().setHasText("Record")).click();
        assertThat(page.locator("header nav.main a[href='/sources/new']")).isVisible();
        page.locator("header nav.main summary", new Page.LocatorOptions().setHasText("Analyse")).click();
        assertThat(page.locator("header nav.main a[href='/sources/new']")).isHidden();
        assertThat(page.locator("header nav.main a[href='/prisoners']")).isVisible();
        screenshot("menu");
        page.keyboard().press("Escape");
        assertThat(page.locator("header nav.main a[href='/prisoners']")).isHidden();
    }
}
