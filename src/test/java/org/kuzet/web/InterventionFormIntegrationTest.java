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
 * The intervention form: an appeal sent to addressees in the record and to new ones (a UN body picked as an
 * organisation, a rapporteur named in words), on behalf of persons and about incidents, recorded and edited through
 * the pages, listed on the pages of those it concerns; problems in their row with input kept, no silent overwrite,
 * and no save that would erase what the writer may not see.
 */
class InterventionFormIntegrationTest extends WebIntegrationTest {

    private WebSession editor;

    @Autowired
    JdbcClient db;

    @BeforeEach
    void signIn() {
        editor = signedIn(Role.EDITOR);
    }

    private static String keyOf(HttpResponse<String> saved) {
        String location = saved.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/interventions/") + "/interventions/".length(), location.indexOf('?'));
    }

    private JsonNode intervention(String key) {
        return send("GET", "/api/v1/interventions/" + key, null, Role.REVIEWER).json();
    }

    private JsonNode contact(String key) {
        return send("GET", "/api/v1/contacts/" + key, null, Role.REVIEWER).json();
    }

    @Test
    void aMonitorRecordsAnUrgentAppealToAddresseesInTheRecordAndNewOnesOnBehalfOfADetainedActivist() {
        String tag = unique("ua");
        String bureau = created("/api/v1/organizations", "{'name': 'Human rights bureau %s', 'kind': 'ngo'}".formatted(tag),
                Role.EDITOR);
        String wgad = created("/api/v1/organizations",
                "{'name': 'UN Working Group on Arbitrary Detention %s', 'kind': 'international_body'}".formatted(tag), Role.EDITOR);
        String ombudsman = created("/api/v1/contacts", "{'name': 'Ombudsman of Kazakhstan %s'}".formatted(tag), Role.EDITOR);
        String person = created("/api/v1/persons", "{'name': 'Aigerim Sadykova %s'}".formatted(tag), Role.EDITOR);
        String incident = created("/api/v1/incidents", """
                {'title': {'original': 'en', 'en': 'Sadykova detained in Almaty %s'}, 'date': '2021-03-01',
                 'types': ['detention'], 'victims': [{'person': '%s'}]}""".formatted(tag, person), Role.EDITOR);
        String source = created("/api/v1/sources", "{'url': 'https://bureau.example.org/%s', 'kind': 'ngo_report'}"
                .formatted(tag), Role.EDITOR);

        String prefilled = editor.get("/interventions/new?incident=" + incident + "&lang=en").body();
        assertThat(prefilled).contains("name=\"incidents\" value=\"" + incident + "\"",
                "name=\"persons\" value=\"" + person + "\"", "Sadykova detained in Almaty " + tag);

        HttpResponse<String> saved = editor.submit("/interventions?lang=ru", "/interventions/new?lang=ru", "language", "ru",
                "kind", "urgent_appeal", "date", "2021-03", "sender", bureau,
                "title", "Срочное обращение в защиту Айгерим Садыковой " + tag,
                "summary", "Просьба вмешаться в связи с задержанием.",
                "addressees[0].contact", ombudsman,
                "addressees[1].organization", wgad,
                "addressees[2].name", "Special Rapporteur on human rights defenders " + tag,
                "addressees[2].position", "UN Special Rapporteur",
                "addressees[2].email", "defenders@ohchr.example.org", "addressees[2].phone", "+41 22 917 12 34",
                "addressees[2].address", "Palais des Nations, 1211 Geneva 10",
                "addressees[2].url", "https://www.ohchr.example.org/srhrdefenders",
                "persons", person, "incidents", incident, "sources", source,
                "response", "Получение подтверждено.", "responseDate", "2021-04-12", "outcome", "acknowledged",
                "confidentiality", "public");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String key = keyOf(saved);
        JsonNode read = intervention(key);
        assertThat(read.get("kind").asString()).isEqualTo("urgent_appeal");
        assertThat(read.get("date").asString()).isEqualTo("2021-03-01");
        assertThat(read.get("datePrecision").asString()).isEqualTo("month");
        assertThat(read.get("sender").asString()).isEqualTo(bureau);
        assertThat(read.get("title").get("ru").asString()).isEqualTo("Срочное обращение в защиту Айгерим Садыковой " + tag);
        assertThat(read.get("addressees")).hasSize(3);
        assertThat(read.get("addressees").get(0).asString()).isEqualTo(ombudsman);
        JsonNode named = contact(read.get("addressees").get(1).asString());
        assertThat(named.get("organization").asString()).isEqualTo(wgad);
        assertThat(named.get("name").asString()).isEqualTo("UN Working Group on Arbitrary Detention " + tag);
        assertThat(named.get("confidentiality").asString()).isEqualTo("public");
        JsonNode rapporteur = contact(read.get("addressees").get(2).asString());
        assertThat(rapporteur.get("name").asString()).isEqualTo("Special Rapporteur on human rights defenders " + tag);
        assertThat(rapporteur.get("position").asString()).isEqualTo("UN Special Rapporteur");
        assertThat(rapporteur.get("email").asString()).isEqualTo("defenders@ohchr.example.org");
        assertThat(rapporteur.get("phone").asString()).isEqualTo("+41 22 917 12 34");
        assertThat(rapporteur.get("address").asString()).isEqualTo("Palais des Nations, 1211 Geneva 10");
        assertThat(rapporteur.get("url").asString()).isEqualTo("https://www.ohchr.example.org/srhrdefenders");
        assertThat(read.get("persons").get(0).asString()).isEqualTo(person);
        assertThat(read.get("incidents").get(0).asString()).isEqualTo(incident);
        assertThat(read.get("sources").get(0).get("source").asString()).isEqualTo(source);
        assertThat(read.get("response").get("ru").asString()).isEqualTo("Получение подтверждено.");
        assertThat(read.get("responseDate").asString()).isEqualTo("2021-04-12");
        assertThat(read.get("outcome").asString()).isEqualTo("acknowledged");

        assertThat(editor.get("/interventions/" + key + "?saved&lang=en").body()).contains("The intervention is saved.",
                "Urgent appeal", "Human rights bureau " + tag, "Ombudsman of Kazakhstan " + tag,
                "UN Working Group on Arbitrary Detention " + tag, "Special Rapporteur on human rights defenders " + tag,
                "href=\"/persons/" + person + "\"", "href=\"/incidents/" + incident + "\"", "Receipt acknowledged",
                "href=\"/interventions/" + key + "/edit\"");
        assertThat(editor.get("/persons/" + person + "?lang=en").body()).contains("Interventions (1)",
                "href=\"/interventions/" + key + "\"", "href=\"/interventions/new?person=" + person + "\"");
        assertThat(editor.get("/incidents/" + incident + "?lang=en").body()).contains("Interventions (1)",
                "href=\"/interventions/" + key + "\"", "href=\"/interventions/new?incident=" + incident + "\"");
        assertThat(editor.get("/interventions?kind=urgent_appeal&lang=en").body()).contains("href=\"/interventions/" + key + "\"");
        assertThat(editor.get("/interventions/" + key + "/edit?lang=ru").body()).contains(
                "Срочное обращение в защиту Айгерим Садыковой " + tag, "value=\"2021-03\"", "Human rights bureau " + tag,
                "Ombudsman of Kazakhstan " + tag, "Aigerim Sadykova " + tag);
    }

    @Test
    void badInputShowsEachProblemInItsRowKeepsWhatWasTypedAndSavesNothing() {
        String tag = unique("bad");
        String contact = created("/api/v1/contacts", "{'name': 'Prosecutor General %s'}".formatted(tag), Role.EDITOR);
        String title = "Letter to the prosecutor " + tag;

        HttpResponse<String> refused = editor.submit("/interventions", "/interventions/new", "language", "en",
                "kind", "letter", "date", "spring 2020", "title", title,
                "addressees[0].contact", contact, "addressees[0].name", "Someone else " + tag,
                "addressees[1].organization", "no-such-organization", "addressees[1].position", "Chair " + tag,
                "addressees[1].email", "chair at the ministry",
                "persons", "no-such-person", "responseDate", "2020-13-45", "outcome", "pending");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"date-error\"", "'spring 2020' is not a date",
                "id=\"addressees-0-name-error\"", "pick an addressee in the record or describe a new one, not both",
                "id=\"addressees-1-organization-error\"", "no organization 'no-such-organization'",
                "id=\"addressees-1-name-error\"", "id=\"addressees-1-email-error\"", "is not an e-mail address",
                "value=\"chair at the ministry\"", "Sent to, row 2: E-mail", "id=\"persons-error\"", "no person 'no-such-person'",
                "id=\"responseDate-error\"", "Sent to, row 2: Organisation",
                "value=\"" + title + "\"", "value=\"spring 2020\"", "value=\"Someone else " + tag + "\"",
                "value=\"Chair " + tag + "\"", "Prosecutor General " + tag);
        assertThat(db.sql("select count(*) from intervention where title ->> 'en' = ?").param(title).query(Long.class)
                .single()).isZero();
        assertThat(db.sql("select count(*) from contact where position = ?").param("Chair " + tag).query(Long.class)
                .single()).isZero();
    }

    @Test
    void anEditKeepsTranslationsAndLocatorsAndASecondEditAtTheSameVersionIsAConflict() {
        String tag = unique("ed");
        String source = created("/api/v1/sources", "{'url': 'https://fidh.example.org/%s', 'kind': 'ngo_report'}".formatted(tag),
                Role.EDITOR);
        String key = created("/api/v1/interventions", """
                {'kind': 'statement', 'date': '2017-08-24', 'senderText': 'FIDH %s',
                 'title': {'original': 'en', 'en': 'FIDH calls for release', 'ru': 'FIDH призывает освободить'},
                 'sources': [{'source': '%s', 'locator': 'footnote 72', 'claim': 'the call'}],
                 'confidentiality': 'internal'}""".formatted(tag, source), Role.EDITOR);
        String form = editor.get("/interventions/" + key + "/edit?lang=en").body();
        WebSession other = signedIn(Role.REVIEWER);
        String otherForm = other.get("/interventions/" + key + "/edit?lang=en").body();
        assertThat(form).contains("value=\"FIDH calls for release\"", "value=\"FIDH " + tag + "\"",
                "name=\"sources\" value=\"" + source + "\"");

        HttpResponse<String> first = editor.post("/interventions/" + key, "version", "1", "language", "en",
                "kind", "statement", "date", "2017-08-24", "senderText", "FIDH " + tag,
                "title", "FIDH calls for the immediate release", "sources", source, "outcome", "no_response",
                "confidentiality", "internal", "_csrf", WebSession.csrf(form));
        HttpResponse<String> second = other.post("/interventions/" + key, "version", "1", "language", "en",
                "kind", "open_letter", "date", "2017-08-25", "title", "An open letter", "confidentiality", "internal",
                "_csrf", WebSession.csrf(otherForm));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        JsonNode saved = intervention(key);
        assertThat(saved.get("title").get("en").asString()).isEqualTo("FIDH calls for the immediate release");
        assertThat(saved.get("title").get("ru").asString()).isEqualTo("FIDH призывает освободить");
        assertThat(saved.get("sources").get(0).get("locator").asString()).isEqualTo("footnote 72");
        assertThat(saved.get("sources").get(0).get("claim").asString()).isEqualTo("the call");
        assertThat(saved.get("outcome").asString()).isEqualTo("no_response");

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("Someone else saved this intervention while you were editing it",
                "An open letter", "FIDH calls for the immediate release", "Open letter", "No response",
                "name=\"version\" value=\"2\"", "value=\"An open letter\"");
        assertThat(intervention(key).get("kind").asString()).isEqualTo("statement");
    }

    @Test
    void anEditorWhoMayNotSeeAConfidentialPersonConcernedCannotEraseThemBySaving() {
        String tag = unique("cf");
        String hidden = created("/api/v1/persons", "{'key': 'witness-%s', 'name': 'Witness %s', 'confidentiality': 'confidential'}"
                .formatted(tag, tag), Role.REVIEWER);
        String seen = created("/api/v1/persons", "{'name': 'Activist %s'}".formatted(tag), Role.EDITOR);
        String key = created("/api/v1/interventions", """
                {'kind': 'complaint', 'date': '2022-01-10', 'title': {'original': 'en', 'en': 'Complaint %s'},
                 'persons': ['%s', '%s']}""".formatted(tag, hidden, seen), Role.REVIEWER);

        String form = editor.get("/interventions/" + key + "/edit?lang=en").body();
        assertThat(form).contains("Activist " + tag).doesNotContain("Witness " + tag, hidden);
        HttpResponse<String> refused = editor.post("/interventions/" + key, "version", "1", "language", "en",
                "kind", "complaint", "date", "2022-01-10", "title", "Complaint " + tag, "persons", seen,
                "_csrf", WebSession.csrf(form));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("refers to records you are not cleared to see", "value=\"Complaint " + tag + "\"");
        assertThat(intervention(key).get("persons")).hasSize(2);
        assertThat(editor.get("/interventions/" + key + "?lang=en").body()).doesNotContain("Witness " + tag);
    }

    @Test
    void viewersSeeInterventionsButCanNeitherOpenTheFormNorSaveOne() {
        WebSession viewer = signedIn(Role.VIEWER);
        String tag = unique("vw");
        String key = created("/api/v1/interventions", """
                {'kind': 'letter', 'date': '2020-01-01', 'datePrecision': 'year', 'title': {'original': 'en', 'en': 'Letter %s'}}"""
                .formatted(tag), Role.EDITOR);

        assertThat(viewer.get("/interventions/" + key + "?lang=en").body()).contains("Letter " + tag)
                .doesNotContain("/interventions/" + key + "/edit");
        assertThat(viewer.get("/interventions?lang=en").body()).doesNotContain("href=\"/interventions/new\"");
        assertThat(viewer.get("/interventions/new").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/interventions/" + key + "/edit").statusCode()).isEqualTo(403);
        String csrf = WebSession.csrf(viewer.get("/").body());
        assertThat(viewer.post("/interventions", "title", "Not saved", "_csrf", csrf).statusCode()).isEqualTo(403);
        assertThat(viewer.post("/interventions/" + key, "title", "Not saved", "version", "1", "_csrf", csrf).statusCode())
                .isEqualTo(403);
    }
}
