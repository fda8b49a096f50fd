package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The legal-case form: a case with its defendants, charges and stages of every shape entered in one go; problems at
 * the row and field they concern with everything kept; a case opened from an incident; an edit that keeps what the
 * form does not show; and the live status preview.
 */
class CaseFormIntegrationTest extends WebIntegrationTest {

    private WebSession editor;

    @Autowired
    JdbcClient db;

    @BeforeEach
    void signIn() {
        editor = signedIn(Role.EDITOR);
    }

    /** A person whose name no other test gives (a like name would be offered as a possible duplicate there). */
    private String aPerson(String key, String name) {
        String unlike = name + " " + key.substring(key.lastIndexOf('-') + 1);
        var created = send("POST", "/api/v1/persons", json("{'key': '%s', 'name': '%s'}".formatted(key, unlike)),
                Role.EDITOR);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return key;
    }

    private String aSource(String url) {
        String key = unique("source");
        var created = send("POST", "/api/v1/sources", json("{'key': '%s', 'url': '%s', 'kind': 'media'}".formatted(key, url)),
                Role.EDITOR);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return key;
    }

    private static String caseKeyOf(HttpResponse<String> saved) {
        String location = saved.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/cases/") + "/cases/".length(), location.indexOf('?'));
    }

    @Test
    void aMonitorRecordsACaseFromDetentionToParoleWithSentenceComponentsInYearsAndMonths() {
        String person = aPerson(unique("askar"), "Аскар Ибраев");
        HttpResponse<String> saved = editor.submit("/cases", "/cases/new?person=" + person,
                "kind", "criminal", "number", "201975000123", "pageLanguage", "en", "defendants", person,
                "charges[0].article", "CC 405", "charges[0].part", "2", "charges[0].status", "convicted",
                "stages[0].kind", "detained", "stages[0].date", "2020-02-22",
                "stages[1].kind", "measure_of_restraint", "stages[1].date", "2020-02-24", "stages[1].measure", "house_arrest",
                "stages[1].months", "2", "stages[1].endDate", "2020-04-24",
                "stages[2].kind", "verdict", "stages[2].date", "2020-05-12", "stages[2].verdictOutcome", "convicted",
                "stages[2].sentence[0].kind", "restriction_of_freedom", "stages[2].sentence[0].years", "5",
                "stages[2].sentence[1].kind", "activity_ban", "stages[2].sentence[1].years", "3",
                "stages[2].sentence[2].kind", "fine", "stages[2].sentence[2].amount", "55 560", "stages[2].sentence[2].currency", "kzt",
                // fields of other kinds, left filled in a row whose kind was changed, are not sent to the record
                "stages[2].measure", "bail", "stages[2].reason", "health",
                "stages[3].kind", "appeal", "stages[3].date", "2020-07", "stages[3].appealOutcome", "upheld",
                "stages[4].kind", "sentence_change", "stages[4].date", "2021-06-01", "stages[4].change", "parole",
                "confidentiality", "internal");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String key = caseKeyOf(saved);
        JsonNode stored = get("/api/v1/cases/" + key).json();
        assertThat(stored.get("number").asString()).isEqualTo("201975000123");
        assertThat(stored.get("parties").get(0).get("person").asString()).isEqualTo(person);
        assertThat(stored.get("charges").get(0).get("code").asString()).isEqualTo("CC");
        assertThat(stored.get("charges").get(0).get("article").asString()).isEqualTo("405");
        JsonNode stages = stored.get("stages");
        assertThat(stages.get(1).get("duration").asString()).isEqualTo("P2M");
        assertThat(stages.get(1).get("endDate").asString()).isEqualTo("2020-04-24");
        JsonNode verdict = stages.get(2);
        assertThat(verdict.has("measure")).isFalse();
        assertThat(verdict.has("reason")).isFalse();
        assertThat(verdict.get("sentence").get(0).get("duration").asString()).isEqualTo("P5Y");
        assertThat(verdict.get("sentence").get(2).get("amount").asString()).isEqualTo("55560");
        assertThat(verdict.get("sentence").get(2).get("currency").asString()).isEqualTo("KZT");
        assertThat(stages.get(3).get("datePrecision").asString()).isEqualTo("month");
        assertThat(editor.get("/cases/" + key + "?saved").body()).contains("The changes were saved.", "Edit this case");
        String status = get("/api/v1/persons/" + person + "/legal-status?asOf=2021-01-01").json().get("status").get("kind")
                .asString();
        assertThat(status).isEqualTo("serving_restriction_of_freedom");
    }

    @Test
    void impossibleStagesAndBadFieldsAreShownAtTheirRowWithEverythingKeptAndNothingSaved() {
        String person = aPerson(unique("asya"), "Asya Tulesova");
        String number = unique("n");
        HttpResponse<String> refused = editor.submit("/cases", "/cases/new", "kind", "criminal", "number", number,
                "defendants", person, "charges[0].article", "article four hundred five",
                "stages[0].kind", "opened", "stages[0].date", "2020-06-08",
                "stages[1].kind", "release", "stages[1].date", "2020-06-09", "stages[1].reason", "other",
                "stages[2].kind", "verdict", "stages[2].date", "2020-08-12", "stages[2].verdictOutcome", "convicted",
                "stages[3].kind", "detained", "stages[3].date", "last spring",
                "stages[4].kind", "verdict", "stages[4].date", "2020-09-01", "stages[4].verdictOutcome", "convicted",
                "stages[4].sentence[0].kind", "imprisonment", "stages[4].sentence[0].years", "five");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains(
                "id=\"charges[0].article-error\"", "is not an article such as CC 405",
                "id=\"stages[1].kind-error\"", "never shows deprived of liberty",
                "id=\"stages[2].sentence-error\"", "a conviction needs its sentence",
                "id=\"stages[3].date-error\"", "value=\"last spring\"",
                "id=\"stages[4].sentence[0].duration-error\"", "value=\"five\"",
                "value=\"" + number + "\"");
        assertThat(db.sql("select count(*) from legal_case where number = ?").param(number).query(Long.class).single())
                .isZero();
    }

    @Test
    void aCaseOpenedFromAnIncidentIsPreFilledAndTheIncidentBecomesPartOfIt() {
        String person = aPerson(unique("victim"), "Алмат Жумагулов");
        String incident = unique("incident");
        var created = send("POST", "/api/v1/incidents", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Detained at a rally'}, 'date': '2021-02-28',
                 'types': ['detention'], 'victims': [{'person': '%s'}], 'articles': [{'code': 'CC', 'article': '405'}]}"""
                .formatted(incident, person)), Role.EDITOR);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        assertThat(editor.get("/persons/" + person).body()).as("the status does not know the detention yet")
                .contains("Not counted: 1 incident(s)", "Detained at a rally", "/cases/new?incident=" + incident);
        String form = editor.get("/cases/new?incident=" + incident).body();
        assertThat(form).contains("value=\"" + person + "\"", "value=\"CC 405\"", "name=\"incident\"");

        HttpResponse<String> saved = editor.submit("/cases", "/cases/new?incident=" + incident, "kind", "criminal",
                "defendants", person, "incident", incident, "charges[0].article", "CC 405",
                "stages[0].kind", "detained", "stages[0].date", "2021-02-28");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String key = caseKeyOf(saved);
        JsonNode linked = get("/api/v1/incidents/" + incident).json().get("legalCases");
        assertThat(linked.toString()).contains(key);
        assertThat(editor.get("/persons/" + person).body()).doesNotContain("Not counted");
    }

    @Test
    void anIncidentIsMadePartOfAnExistingCaseFromItsFormWithTheCasePickedByADefendantsName() {
        String tag = unique("x").substring(2);
        String person = aPerson(unique("zhaksylyk"), "Zhaksylyk Omar");
        String key = unique("case");
        send("POST", "/api/v1/cases", json("""
                {'key': '%s', 'kind': 'criminal', 'number': '2020-%s', 'parties': [{'person': '%s', 'role': 'defendant'}],
                 'stages': [{'kind': 'detained', 'date': '2020-03-01'}]}""".formatted(key, tag, person)), Role.EDITOR);
        String incident = unique("incident");
        send("POST", "/api/v1/incidents", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Searched at home'}, 'date': '2020-03-01',
                 'types': ['search'], 'victims': [{'person': '%s'}]}""".formatted(incident, person)), Role.EDITOR);

        String choices = editor.get("/pickers/cases?field=cases&q=" + tag, "HX-Request", "true").body();
        String byDefendant = editor.get("/pickers/cases?field=cases&q=Zhaksylyk", "HX-Request", "true").body();
        assertThat(choices).contains("/pickers/cases/" + key + "?field=cases");
        assertThat(byDefendant).contains(key);

        String form = editor.get("/incidents/" + incident + "/edit").body();
        HttpResponse<String> saved = editor.post("/incidents/" + incident, "title", "Searched at home", "language", "en",
                "date", "2020-03-01", "types", "search", "victims", person, "cases", key, "version", "1",
                "confidentiality", "internal", "reviewStatus", "draft", "_csrf", WebSession.csrf(form));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(get("/api/v1/incidents/" + incident).json().get("legalCases").toString()).contains(key);
        assertThat(editor.get("/incidents/" + incident + "/edit").body()).contains("name=\"cases\" value=\"" + key + "\"");
    }

    @Test
    void aNewDefendantTypedByNameIsRecordedWithTheCase() {
        String name = "Нұрлан Ерғалиұлы " + unique("n");
        HttpResponse<String> saved = editor.submit("/cases", "/cases/new", "kind", "administrative", "newDefendants", name,
                "charges[0].article", "AC 488",
                "stages[0].kind", "verdict", "stages[0].date", "2021-05", "stages[0].verdictOutcome", "convicted",
                "stages[0].sentence[0].kind", "administrative_detention", "stages[0].sentence[0].days", "15");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode stored = get("/api/v1/cases/" + caseKeyOf(saved)).json();
        String person = stored.get("parties").get(0).get("person").asString();
        assertThat(get("/api/v1/persons/" + person).json().get("name").asString()).isEqualTo(name);
        assertThat(stored.get("stages").get(0).get("sentence").get(0).get("duration").asString()).isEqualTo("P15D");
    }

    @Test
    void anEditKeepsStageNotesInOtherLanguagesAndCitationLocatorsAndAStaleSaveIsAConflict() {
        String person = aPerson(unique("kenzhebek"), "Kenzhebek Abishev");
        String source = aSource("https://bureau.kz/" + unique("s"));
        String key = unique("case");
        send("POST", "/api/v1/cases", json("""
                {'key': '%s', 'kind': 'criminal', 'parties': [{'person': '%s', 'role': 'defendant'}],
                 'stages': [{'kind': 'detained', 'date': '2017-11-01', 'datePrecision': 'month',
                             'note': {'original': 'en', 'en': 'Arrested in Almaty', 'ru': 'Задержан в Алматы'},
                             'sources': [{'source': '%s', 'locator': 'p. 4'}]}]}""".formatted(key, person, source)),
                Role.EDITOR);
        String form = editor.get("/cases/" + key + "/edit").body();
        assertThat(form).contains("value=\"2017-11\"", "Arrested in Almaty", "value=\"" + source + "\"",
                "value=\"detained|2017-11-01|\"");

        HttpResponse<String> first = editor.post("/cases/" + key, "kind", "criminal", "version", "1", "pageLanguage", "en",
                "defendants", person, "stages[0].kind", "detained", "stages[0].date", "2017-11",
                "stages[0].origin", "detained|2017-11-01|",
                "stages[0].note", "Arrested at home in Almaty", "stages[0].sources", source,
                "_csrf", WebSession.csrf(form));
        HttpResponse<String> second = editor.post("/cases/" + key, "kind", "administrative", "version", "1",
                "defendants", person, "_csrf", WebSession.csrf(form));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        JsonNode stage = get("/api/v1/cases/" + key).json().get("stages").get(0);
        assertThat(stage.get("note").get("en").asString()).isEqualTo("Arrested at home in Almaty");
        assertThat(stage.get("note").get("ru").asString()).isEqualTo("Задержан в Алматы");
        assertThat(stage.get("sources").get(0).get("locator").asString()).isEqualTo("p. 4");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("class=\"conflict\"");
        assertThat(get("/api/v1/cases/" + key).json().get("kind").asString()).isEqualTo("criminal");
    }

    @Test
    void anEditShowsEachNoteInItsOwnLanguageAndKeepsWhatTheFormDoesNotShow() {
        String person = aPerson(unique("tulesova"), "Asya Tulesova");
        String court = unique("court");
        assertThat(send("POST", "/api/v1/organizations", json("{'key': '%s', 'name': 'Almaly district court', 'kind': 'court'}"
                .formatted(court)), Role.EDITOR).status()).isEqualTo(201);
        String key = unique("case");
        send("POST", "/api/v1/cases", json("""
                {'key': '%s', 'kind': 'criminal', 'title': {'original': 'en', 'en': 'The Tulesova case'},
                 'parties': [{'person': '%s', 'role': 'defendant'}],
                 'charges': [{'code': 'CC', 'article': '378', 'label': {'original': 'en', 'en': 'insulting a police officer'}}],
                 'stages': [{'kind': 'verdict', 'date': '2020-08-12', 'court': '%s', 'outcome': 'convicted',
                             'note': {'original': 'ru', 'ru': 'Приговор оглашён'},
                             'sentence': [{'kind': 'restriction_of_freedom', 'duration': 'P2Y',
                                           'note': {'original': 'en', 'en': 'under probation control'}}]}]}"""
                .formatted(key, person, court)), Role.EDITOR);
        String form = editor.get("/cases/" + key + "/edit").body();
        assertThat(form).contains("Приговор оглашён", "Almaly district court", "value=\"insulting a police officer\"");

        HttpResponse<String> saved = editor.post("/cases/" + key, "kind", "criminal", "version", "1", "pageLanguage", "en",
                "title", "The Tulesova case", "defendants", person,
                "charges[0].article", "CC 378", "charges[0].origin", "CC|378||", "charges[0].offence", "insulting a police officer",
                "stages[0].kind", "verdict", "stages[0].date", "2020-08-12", "stages[0].verdictOutcome", "convicted",
                "stages[0].origin", "verdict|2020-08-12|", "stages[0].court", court, "stages[0].note", "Приговор оглашён 12 августа",
                "stages[0].sentence[0].kind", "restriction_of_freedom", "stages[0].sentence[0].years", "2",
                "_csrf", WebSession.csrf(form));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode stored = get("/api/v1/cases/" + key).json();
        JsonNode verdict = stored.get("stages").get(0);
        assertThat(verdict.get("note").get("original").asString()).isEqualTo("ru");
        assertThat(verdict.get("note").get("ru").asString()).isEqualTo("Приговор оглашён 12 августа");
        assertThat(verdict.get("note").has("en")).isFalse();
        assertThat(verdict.get("court").asString()).isEqualTo(court);
        assertThat(verdict.get("sentence").get(0).get("note").get("en").asString()).isEqualTo("under probation control");
        assertThat(stored.get("charges").get(0).get("label").get("en").asString()).isEqualTo("insulting a police officer");
    }

    @Test
    void thePreviewShowsTheDefendantsStatusAsTheStagesEnteredSoFarMakeIt() {
        String person = aPerson(unique("preview"), "Max Bokayev");
        String form = editor.get("/cases/new").body();

        HttpResponse<String> preview = editor.post("/cases/preview", "kind", "criminal", "defendants", person,
                "stages[0].kind", "verdict", "stages[0].date", "2016-11-28", "stages[0].verdictOutcome", "convicted",
                "stages[0].sentence[0].kind", "imprisonment", "stages[0].sentence[0].years", "5",
                "stages[1].kind", "release", "stages[1].date", "not yet", "_csrf", WebSession.csrf(form));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Max Bokayev", "Released", "28 November 2016");
        assertThat(db.sql("select count(*) from case_party cp join person p on p.id = cp.person_id where p.key = ?")
                .param(person).query(Long.class).single()).as("a preview saves nothing").isZero();
    }

    @Test
    void aCourtDecisionRecordedFromThePersonsPageOpensACaseWithItsChargeAndVerdict() {
        String person = aPerson(unique("zhanbolat"), "Жанболат Мамай");
        HttpResponse<String> saved = editor.submit("/persons/" + person + "/decision", "/persons/" + person + "/decision",
                "legalCase", "", "kind", "criminal", "date", "2021-05-12", "outcome", "convicted", "article", "CC 405",
                "part", "2", "court", "Yesil district court of Nur-Sultan",
                "sentence[0].kind", "restriction_of_freedom", "sentence[0].years", "5",
                "sentence[1].kind", "activity_ban", "sentence[1].years", "3");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode stored = get("/api/v1/cases/" + caseKeyOf(saved)).json();
        assertThat(stored.get("charges").get(0).get("article").asString()).isEqualTo("405");
        assertThat(stored.get("charges").get(0).get("status").asString()).isEqualTo("convicted");
        JsonNode verdict = stored.get("stages").get(0);
        assertThat(verdict.get("courtText").asString()).isEqualTo("Yesil district court of Nur-Sultan");
        assertThat(verdict.get("sentence")).hasSize(2);
        assertThat(get("/api/v1/persons/" + person + "/legal-status?asOf=2022-01-01").json().get("status").get("kind")
                .asString()).isEqualTo("serving_restriction_of_freedom");
    }

    @Test
    void aCourtDecisionInAnExistingCaseExtendsItAndAConvictionWithoutItsSentenceIsRefusedAtTheSentence() {
        String person = aPerson(unique("ilyashev"), "Alnur Ilyashev");
        String key = unique("case");
        send("POST", "/api/v1/cases", json("""
                {'key': '%s', 'kind': 'criminal', 'parties': [{'person': '%s', 'role': 'defendant'}],
                 'charges': [{'code': 'CC', 'article': '274'}],
                 'stages': [{'kind': 'detained', 'date': '2020-04-17'}]}""".formatted(key, person)), Role.EDITOR);
        assertThat(editor.get("/persons/" + person + "/decision").body()).contains("value=\"" + key + "\"");

        HttpResponse<String> refused = editor.submit("/persons/" + person + "/decision", "/persons/" + person + "/decision",
                "legalCase", key, "date", "2020-06-22", "outcome", "convicted", "article", "CC 274");
        HttpResponse<String> saved = editor.submit("/persons/" + person + "/decision", "/persons/" + person + "/decision",
                "legalCase", key, "date", "2020-06-22", "outcome", "convicted", "article", "CC 274", "part", "2",
                "sentence[0].kind", "restriction_of_freedom", "sentence[0].years", "3");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"sentence-error\"", "a conviction needs its sentence");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode stored = get("/api/v1/cases/" + key).json();
        assertThat(stored.get("charges")).as("the article was charged already").hasSize(1);
        assertThat(stored.get("stages")).hasSize(2);
        assertThat(stored.get("stages").get(1).get("kind").asString()).isEqualTo("verdict");
    }

    @Test
    void anArticleTheVocabularyLacksIsProposedWithTheOffenceAsWrittenUsedAtOnceAndConfirmedByAnAdministrator() {
        String person = aPerson(unique("bekov"), "Nurlan Bekov");
        String article = String.valueOf(900 + new java.util.Random().nextInt(90)) + "-" + (1 + new java.util.Random().nextInt(9999));
        HttpResponse<String> withoutOffence = editor.submit("/cases", "/cases/new", "kind", "criminal", "defendants", person,
                "charges[0].article", "CC " + article, "charges[0].propose", "true");
        HttpResponse<String> saved = editor.submit("/cases", "/cases/new", "kind", "criminal", "defendants", person,
                "charges[0].article", "CC " + article, "charges[0].propose", "true",
                "charges[0].offence", "Разжигание розни в сети");

        assertThat(withoutOffence.statusCode()).isEqualTo(422);
        assertThat(withoutOffence.body()).contains("id=\"charges[0].label-error\"", "the offence as the source writes it");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode charge = get("/api/v1/cases/" + caseKeyOf(saved)).json().get("charges").get(0);
        assertThat(charge.get("article").asString()).isEqualTo(article);
        assertThat(charge.get("label").get("en").asString()).isEqualTo("Разжигание розни в сети");

        WebSession admin = signedIn(Role.ADMIN);
        String vocabulary = admin.get("/vocabularies/incident_type").body();
        assertThat(vocabulary).contains("Proposed legal articles", "/vocabularies/articles/CC/" + article + "/confirm");
        HttpResponse<String> confirmed = admin.post("/vocabularies/articles/CC/" + article + "/confirm", "en",
                "Inciting discord online", "ru", "Разжигание розни в сети", "kk", "", "back", "incident_type",
                "_csrf", WebSession.csrf(vocabulary));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(admin.get("/vocabularies/incident_type").body()).doesNotContain("/vocabularies/articles/CC/" + article + "/confirm");
        assertThat(db.sql("select label_en from legal_article where code = 'CC' and article = ?").param(article)
                .query(String.class).single()).isEqualTo("Inciting discord online");
        assertThat(editor.post("/vocabularies/articles/CC/" + article + "/confirm", "en", "x", "ru", "x",
                "_csrf", WebSession.csrf(editor.get("/cases/new").body())).statusCode()).as("only administrators confirm").isEqualTo(403);
    }

    @Test
    void aViewerMayNeitherOpenTheFormNorSendACase() {
        WebSession viewer = signedIn(Role.VIEWER);

        assertThat(viewer.get("/cases/new").statusCode()).isEqualTo(403);
        assertThat(viewer.post("/cases", "kind", "criminal").statusCode()).isEqualTo(403);
    }
}
