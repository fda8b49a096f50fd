package org.kuzet.web;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

class RecordPagesIntegrationTest extends WebIntegrationTest {

    private WebRecords record;
    private WebSession editor;
    private WebSession reviewer;

    @BeforeEach
    void recordAndSignIn() {
        record = WebRecords.create(unique("pages"), (path, body) -> send("POST", path, body, Role.REVIEWER),
                ApiIntegrationTest::json);
        editor = signedIn(Role.EDITOR);
        reviewer = signedIn(Role.REVIEWER);
    }

    @Test
    void theIncidentPageShowsItsFactsEscapedAndDescribesAHiddenVictimWithoutNamingThem() {
        String body = editor.get("/incidents/" + record.detention()).body();

        assertThat(body).contains("12 June 2019", "Almaty", "Detention",
                "more than 100", "Akmaral Tobylova", "held for 10 hours", "a resident of Shymkent",
                "CC art. 405 part 2", "Kazakhstan: persecution of DVK supporters", "Verified");
        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(body).doesNotContain("Secret Witness", record.hiddenPerson());
    }

    @Test
    void aReviewerWithConfidentialClearanceSeesTheHiddenVictimByName() {
        assertThat(reviewer.get("/incidents/" + record.detention()).body()).contains("Secret Witness");
    }

    @Test
    void theIncidentPageInRussianShowsTheRussianTitleAndDate() {
        String body = editor.get("/incidents/" + record.detention() + "?lang=ru").body();

        assertThat(body).contains("Задержания участников протеста в Алматы", "12 июня 2019", "более 100", "жит. Шымкент",
                "УК, ст. 405 ч. 2");
    }

    @Test
    void thePersonPageMergesIncidentsAndCaseStagesIntoOneTimelineInDateOrder() {
        String body = editor.get("/persons/" + record.activist()).body();

        assertThat(body).contains("Акмарал Тобылова", "Activist", "Political prisoner", "Supporter", "alleged",
                "Democratic Choice of Kazakhstan");
        String timeline = body.substring(body.indexOf("id=\"timeline\""));
        int detention = timeline.indexOf("Protesters detained in Almaty");
        int opened = timeline.indexOf("Case opened");
        int verdict = timeline.indexOf("around 1 September 2019");
        assertThat(detention).isPositive();
        assertThat(opened).isGreaterThan(detention);
        assertThat(verdict).isGreaterThan(opened);
        assertThat(body).contains("Imprisoned", "imprisonment · 20 years");
    }

    @Test
    void thePersonPageInRussianShowsDurationsAndApproximateDatesInRussian() {
        String body = editor.get("/persons/" + record.activist() + "?lang=ru").body();

        assertThat(body).contains("Хронология", "лишение свободы · 20 лет", "Отбывает лишение свободы", "около 1 сентября 2019", "Политический заключённый");
    }

    @Test
    void theOrganisationPageShowsItsBanAliasesAllegedSupportersAndIncidents() {
        String body = editor.get("/organizations/" + record.movement()).body();

        assertThat(body).contains("Banned as extremist", "13 March 2018", "Yesil District Court of Astana", "ДВК",
                "Akmaral Tobylova", "alleged", "Flat of a DVK supporter searched in Semey", "February 2020");
    }

    @Test
    void theCasePageShowsChargesStagesSentenceAndTheDefendantsDerivedStatus() {
        String body = editor.get("/cases/" + record.legalCase()).body();

        assertThat(body).contains("Criminal case", "197500031000123", "CC art. 405 part 2", "convicted", "Case opened",
                "Verdict", "ban on activity · 3 years", "Imprisoned", "Protesters detained in Almaty");
    }

    @Test
    void aMissingOrHiddenRecordIsANotFoundPage() {
        HttpResponse<String> missing = editor.get("/persons/nobody-at-all");
        HttpResponse<String> hidden = editor.get("/persons/" + record.hiddenPerson());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"en\">", "There is no such record");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("Secret Witness");
    }

    @Test
    void aReviewerVerifiesADraftFromItsPageAndAStaleClickChangesNothing() {
        String key = unique("to-review");
        assertThat(send("POST", "/api/v1/incidents", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Awaiting review'}, 'date': '2020-02-22',
                 'types': ['detention']}""".formatted(key)), Role.EDITOR).status()).isEqualTo(201);
        String page = reviewer.get("/incidents/" + key).body();
        assertThat(page).contains("Mark as verified", "Publish");
        assertThat(editor.get("/incidents/" + key).body()).doesNotContain("Mark as verified");

        HttpResponse<String> verified = reviewer.post("/incidents/" + key + "/verify", "version", "1",
                "_csrf", WebSession.csrf(page));
        HttpResponse<String> stale = reviewer.post("/incidents/" + key + "/publish", "version", "1",
                "_csrf", WebSession.csrf(page));

        assertThat(verified.statusCode()).isEqualTo(302);
        assertThat(verified.headers().firstValue("Location").orElseThrow()).endsWith("/incidents/" + key + "?verified");
        assertThat(reviewer.get("/incidents/" + key + "?verified").body())
                .contains("The incident is marked as verified.").doesNotContain("Mark as verified");
        assertThat(stale.headers().firstValue("Location").orElseThrow()).endsWith("?changed");
        assertThat(get("/api/v1/incidents/" + key).json().get("reviewStatus").asString()).isEqualTo("verified");
    }
}
