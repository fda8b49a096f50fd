package org.kuzet.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The political-prisoner list on fixtures: who is listed on a day and with what (status, since, articles, sentence in
 * words, expected release, assessing organisation, cases), who is not (released the day before, assessment revoked or
 * not yet made, status filtered out), bad parameters, and that nothing confidential shows to those who may not see it.
 * Fixtures are made by an administrator; everything confidential carries one marker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoliticalPrisonersApiIntegrationTest extends ApiIntegrationTest {

    private final String p = unique("pp");
    private final String mark = unique("zqpp");
    private String otherEditor;

    @BeforeAll
    void fixtures() {
        create("/api/v1/organizations", "{'key': '%s-kibhr', 'name': 'Bureau %s', 'kind': 'ngo', 'confidentiality': 'public'}", p, p);
        // imprisoned since a verdict of 1 March 2021 to five years, held since arrest on 1 February 2021
        prisoner("jailed", "Aidos Jailed", "public", "2021-01-15", "political_prisoner", """
                {'kind': 'detained', 'date': '2021-02-01'},
                {'kind': 'measure_of_restraint', 'date': '2021-02-03', 'measure': 'pre_trial_detention'},
                {'kind': 'verdict', 'date': '2021-03-01', 'outcome': 'convicted',
                 'sentence': [{'kind': 'imprisonment', 'duration': 'P5Y'}, {'kind': 'activity_ban', 'duration': 'P3Y'}]}""");
        // released on 30 June 2021, the day before the list's date
        prisoner("freed", "Bolat Freed", "public", "2021-01-15", "prisoner_of_conscience", """
                {'kind': 'detained', 'date': '2021-02-01'},
                {'kind': 'measure_of_restraint', 'date': '2021-02-03', 'measure': 'pre_trial_detention'},
                {'kind': 'release', 'date': '2021-06-30', 'reason': 'measure_lifted'}""");
        // in pre-trial detention; the assessment came after the list's date
        prisoner("later", "Daulet Later", "public", "2021-08-01", "political_prisoner", """
                {'kind': 'detained', 'date': '2021-02-01'},
                {'kind': 'measure_of_restraint', 'date': '2021-02-03', 'measure': 'pre_trial_detention'}""");
        // in pre-trial detention, assessed
        prisoner("remand", "Yerlan Remand", "public", "2021-01-15", "politically_motivated_prosecution", """
                {'kind': 'detained', 'date': '2021-04-01'},
                {'kind': 'measure_of_restraint', 'date': '2021-04-03', 'measure': 'pre_trial_detention'}""");
        // house arrest, assessed
        prisoner("home", "Gulnar Home", "public", "2021-01-15", "political_prisoner", """
                {'kind': 'measure_of_restraint', 'date': '2021-05-01', 'measure': 'house_arrest'}""");
        // imprisoned, but the organisation withdrew its assessment before the date
        create("/api/v1/persons", """
                {'key': '%s-revoked', 'name': 'Marat Revoked %s', 'confidentiality': 'public',
                 'sensitive': {'consentToPublish': 'yes'},
                 'assessments': [{'date': '2021-01-15', 'assessedBy': '%s-kibhr', 'conclusion': 'political_prisoner'},
                                 {'date': '2021-05-01', 'assessedBy': '%s-kibhr', 'conclusion': 'not_political_prisoner'}]}""",
                p, p, p, p);
        legalCase("revoked", "public", """
                {'kind': 'verdict', 'date': '2021-03-01', 'outcome': 'convicted', 'sentence': [{'kind': 'imprisonment', 'duration': 'P2Y'}]}""");
        // confidential prisoner: nobody below the administrator may learn of him
        prisoner(mark, "Secret Prisoner " + mark, "confidential", "2021-01-15", "political_prisoner", """
                {'kind': 'verdict', 'date': '2021-03-01', 'outcome': 'convicted', 'sentence': [{'kind': 'imprisonment', 'duration': 'P3Y'}]}""");
        String name = "editor2-" + mark;
        users.create(name, Role.EDITOR, PASSWORD, false);
        otherEditor = apiTokens.create(name, "test", null);
    }

    private void prisoner(String suffix, String name, String confidentiality, String assessedOn, String conclusion,
                          String stages) {
        create("/api/v1/persons", """
                {'key': '%s-%s', 'name': '%s %s', 'confidentiality': '%s', 'sensitive': {'consentToPublish': 'yes'},
                 'assessments': [{'date': '%s', 'assessedBy': '%s-kibhr', 'conclusion': '%s'}]}""",
                p, suffix, name, p, confidentiality, assessedOn, p, conclusion);
        legalCase(suffix, confidentiality, stages);
    }

    private void legalCase(String suffix, String confidentiality, String stages) {
        create("/api/v1/cases", """
                {'key': '%1$s-%2$s-case', 'kind': 'criminal', 'number': 'N-%2$s', 'confidentiality': '%3$s',
                 'parties': [{'person': '%1$s-%2$s', 'role': 'defendant'}],
                 'charges': [{'defendant': '%1$s-%2$s', 'code': 'CC', 'article': '405', 'part': '1'}],
                 'stages': [{'kind': 'opened', 'date': '2021-01-10'}, %4$s]}""", p, suffix, confidentiality, stages);
    }

    private void create(String path, String template, Object... args) {
        var created = send("POST", path, json(template.formatted(args)), Role.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private List<String> mine(JsonNode list) {
        List<String> keys = new ArrayList<>();
        list.get("prisoners").forEach(x -> {
            if (x.get("person").asString().startsWith(p)) {
                keys.add(x.get("person").asString().substring(p.length() + 1));
            }
        });
        return keys;
    }

    private JsonNode prisoner(JsonNode list, String suffix) {
        for (JsonNode x : list.get("prisoners")) {
            if (x.get("person").asString().equals(p + "-" + suffix)) {
                return x;
            }
        }
        throw new AssertionError(suffix + " not listed");
    }

    @Test
    void listsThoseAssessedAndDeprivedOfLibertyOnTheDaySortedByNameWithTheirCount() {
        var response = get("/api/v1/political-prisoners?asOf=2021-07-01");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode list = response.json();
        assertThat(mine(list)).containsExactly("jailed", "home", "remand");
        assertThat(list.get("count").asInt()).isEqualTo(list.get("prisoners").size());
        assertThat(list.get("asOf").asString()).isEqualTo("2021-07-01");
        assertThat(list.get("statuses").toString()).contains("serving_imprisonment", "pre_trial_detention",
                "house_arrest", "psychiatric_placement", "serving_restriction_of_freedom");
        List<String> names = new ArrayList<>();
        list.get("prisoners").forEach(x -> names.add(x.get("name").asString()));
        assertThat(names).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.ENGLISH)::compare);
    }

    @Test
    void aPrisonerCarriesStatusSinceArticlesSentenceInWordsExpectedReleaseAssessmentAndCases() {
        JsonNode jailed = prisoner(get("/api/v1/political-prisoners?asOf=2021-07-01").json(), "jailed");

        assertThat(jailed.get("status").asString()).isEqualTo("serving_imprisonment");
        assertThat(jailed.get("since").asString()).isEqualTo("2021-03-01");
        assertThat(jailed.get("inCustodySince").asString()).isEqualTo("2021-02-01");
        assertThat(jailed.get("sentenceText").asString()).isEqualTo("5 years' imprisonment, 3 years' ban on public activity");
        // five years from the verdict, less the 28 days held before it
        assertThat(jailed.get("expectedRelease").asString()).isEqualTo("2026-02-01");
        assertThat(jailed.get("articles").get(0).get("code").asString()).isEqualTo("CC");
        assertThat(jailed.get("articles").get(0).get("article").asString()).isEqualTo("405");
        assertThat(jailed.get("articles").get(0).get("part").asString()).isEqualTo("1");
        assertThat(jailed.get("articles").get(0).get("label").asString()).isNotBlank();
        assertThat(jailed.get("assessments").get(0).get("organization").asString()).isEqualTo(p + "-kibhr");
        assertThat(jailed.get("assessments").get(0).get("conclusion").asString()).isEqualTo("political_prisoner");
        assertThat(jailed.get("cases").get(0).get("key").asString()).isEqualTo(p + "-jailed-case");
        assertThat(jailed.get("cases").get(0).get("href").asString()).isEqualTo("/api/v1/cases/" + p + "-jailed-case");
    }

    @Test
    void theSentenceIsWordedInRussianWhenAskedFor() {
        JsonNode jailed = prisoner(get("/api/v1/political-prisoners?asOf=2021-07-01&lang=ru").json(), "jailed");

        assertThat(jailed.get("sentenceText").asString())
                .isEqualTo("5 лет лишения свободы, 3 года запрета на общественную деятельность");
    }

    @Test
    void someoneReleasedTheDayBeforeIsNotListedButWasTheDayBefore() {
        assertThat(mine(get("/api/v1/political-prisoners?asOf=2021-07-01").json())).doesNotContain("freed");
        assertThat(mine(get("/api/v1/political-prisoners?asOf=2021-06-29").json())).contains("freed");
    }

    @Test
    void anAssessmentWithdrawnOrNotYetMadeKeepsThePersonOff() {
        assertThat(mine(get("/api/v1/political-prisoners?asOf=2021-07-01").json())).doesNotContain("revoked", "later");
        assertThat(mine(get("/api/v1/political-prisoners?asOf=2021-04-01").json())).contains("revoked");
        assertThat(mine(get("/api/v1/political-prisoners?asOf=2021-08-01").json())).contains("later");
    }

    @Test
    void theStatusFilterListsOnlyTheStatusesAskedAndSaysWhich() {
        JsonNode list = get("/api/v1/political-prisoners?asOf=2021-07-01&status=pre_trial_detention&status=house_arrest").json();

        assertThat(mine(list)).containsExactly("home", "remand");
        assertThat(list.get("statuses").toString()).isEqualTo("[\"pre_trial_detention\",\"house_arrest\"]");
        assertThat(mine(get("/api/v1/political-prisoners?asOf=2021-07-01&status=serving_imprisonment").json()))
                .containsExactly("jailed");
    }

    @Test
    void anInvalidDateOrStatusIsRefusedNamingTheParameter() {
        var badDate = get("/api/v1/political-prisoners?asOf=2021-13-01");
        var badStatus = get("/api/v1/political-prisoners?status=free");

        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.errorFields()).containsExactly("query.asOf");
        assertThat(badStatus.status()).isEqualTo(422);
        assertThat(badStatus.errorFields()).containsExactly("query.status");
    }

    @Test
    void aConfidentialPrisonerIsListedForTheAdministratorOnly() {
        String path = "/api/v1/political-prisoners?asOf=2021-07-01";
        assertThat(send("GET", path, null, Role.ADMIN).body()).contains(mark);
        for (String token : new String[] {null, token(Role.VIEWER), token(Role.EDITOR), otherEditor}) {
            var response = send("GET", path, null, token, "application/json");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).doesNotContain(mark);
        }
    }

    @Test
    void anonymousVisitorsSeeOnlyConsentingPersonsOfPublicRecords() {
        create("/api/v1/persons", """
                {'key': '%s-noconsent', 'name': 'Unconsenting %s', 'confidentiality': 'public',
                 'sensitive': {'consentToPublish': 'no'},
                 'assessments': [{'date': '2021-01-15', 'assessedBy': '%s-kibhr', 'conclusion': 'political_prisoner'}]}""",
                p, p, p);
        legalCase("noconsent", "public", """
                {'kind': 'verdict', 'date': '2021-03-01', 'outcome': 'convicted', 'sentence': [{'kind': 'imprisonment', 'duration': 'P3Y'}]}""");

        var anonymous = send("GET", "/api/v1/political-prisoners?asOf=2021-07-01", null, null, "application/json");
        var viewer = get("/api/v1/political-prisoners?asOf=2021-07-01");

        assertThat(anonymous.body()).doesNotContain("Unconsenting");
        assertThat(mine(anonymous.json())).contains("jailed");
        assertThat(mine(viewer.json())).contains("noconsent");
    }
}
