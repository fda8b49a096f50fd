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
 * The event form: an event that groups incidents, recorded and edited through the pages with its dates as precisely
 * as they are known, and the incidents recorded as part of it from the incident form; problems next to their fields
 * with input kept, no silent overwrite, and no save that would erase what the writer may not see.
 */
class EventFormIntegrationTest extends WebIntegrationTest {

    private WebSession editor;

    @Autowired
    JdbcClient db;

    @BeforeEach
    void signIn() {
        editor = signedIn(Role.EDITOR);
    }

    private static String keyOf(HttpResponse<String> saved, String collection) {
        String location = saved.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf(collection) + collection.length(), location.indexOf('?'));
    }

    private JsonNode event(String key) {
        return send("GET", "/api/v1/events/" + key, null, Role.REVIEWER).json();
    }

    @Test
    void aMonitorRecordsAWaveOfProtestsAndThenAnIncidentThatIsPartOfIt() {
        String tag = unique("ev");
        String source = created("/api/v1/sources", "{'url': 'https://azattyq.example.org/%s', 'kind': 'media'}".formatted(tag),
                Role.EDITOR);

        HttpResponse<String> saved = editor.submit("/events?lang=kk", "/events/new?lang=kk", "language", "kk",
                "title", "Бүкіл елдегі наразылықтар " + tag, "date", "2022-01", "endDate", "2022-01-11",
                "endDateApproximate", "true", "place", "kz-almaty-city",
                "description", "Жаңаөзеннен басталған наразылықтар: ә ғ қ ң ө ұ ү һ і", "sources", source,
                "confidentiality", "public");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String key = keyOf(saved, "/events/");
        JsonNode read = event(key);
        assertThat(read.get("title").get("kk").asString()).isEqualTo("Бүкіл елдегі наразылықтар " + tag);
        assertThat(read.get("date").asString()).isEqualTo("2022-01-01");
        assertThat(read.get("datePrecision").asString()).isEqualTo("month");
        assertThat(read.get("endDate").asString()).isEqualTo("2022-01-11");
        assertThat(read.get("endDatePrecision").asString()).isEqualTo("approximate");
        assertThat(read.get("place").asString()).isEqualTo("kz-almaty-city");
        assertThat(read.get("description").get("kk").asString()).isEqualTo("Жаңаөзеннен басталған наразылықтар: ә ғ қ ң ө ұ ү һ і");
        assertThat(read.get("sources").get(0).get("source").asString()).isEqualTo(source);
        assertThat(read.get("confidentiality").asString()).isEqualTo("public");

        String page = editor.get("/events/" + key + "?lang=en").body();
        assertThat(page).contains("href=\"/events/" + key + "/edit\"", "href=\"/incidents/new?event=" + key + "\"",
                "href=\"/events/" + key + "/history\"");
        String incidentForm = editor.get("/incidents/new?event=" + key + "&lang=kk").body();
        assertThat(incidentForm).contains("name=\"event\" value=\"" + key + "\"", "Бүкіл елдегі наразылықтар " + tag);
        HttpResponse<String> incident = editor.post("/incidents", "title", "Detained on the square " + tag, "language", "en",
                "date", "2022-01-05", "types", "detention", "event", key, "confidentiality", "internal",
                "reviewStatus", "draft", "_csrf", WebSession.csrf(incidentForm));
        assertThat(incident.statusCode()).as(incident.body()).isEqualTo(302);
        String incidentKey = keyOf(incident, "/incidents/");
        assertThat(send("GET", "/api/v1/incidents/" + incidentKey, null, Role.REVIEWER).json().get("event").asString())
                .isEqualTo(key);
        assertThat(editor.get("/events/" + key + "?lang=en").body()).contains("href=\"/incidents/" + incidentKey + "\"");
        assertThat(editor.get("/incidents/" + incidentKey + "/edit?lang=en").body())
                .contains("name=\"event\" value=\"" + key + "\"");
    }

    @Test
    void badInputShowsEachProblemNextToItsFieldKeepsWhatWasTypedAndSavesNothing() {
        String title = "Rallies " + unique("bad");
        HttpResponse<String> refused = editor.submit("/events", "/events/new", "language", "en", "title", title,
                "date", "22 February", "endDate", "2019-13", "description", "Kept as typed", "sources", "no-such-source");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"date-error\"", "'22 February' is not a date", "id=\"endDate-error\"",
                "id=\"sources-error\"", "no source 'no-such-source'", "value=\"" + title + "\"", "value=\"22 February\"",
                "value=\"2019-13\"", "Kept as typed");
        assertThat(db.sql("select count(*) from event where title ->> 'en' = ?").param(title).query(Long.class).single())
                .isZero();

        HttpResponse<String> backwards = editor.submit("/events", "/events/new", "language", "en", "title", title,
                "date", "2020-02-22", "endDate", "2020-02-01");
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(backwards.body()).contains("id=\"endDate-error\"", "is before the start date");
    }

    @Test
    void anEditKeepsTranslationsAndLocatorsAndASecondEditAtTheSameVersionIsAConflict() {
        String tag = unique("ed");
        String source = created("/api/v1/sources", "{'url': 'https://civicus.example.org/%s', 'kind': 'ngo_report'}"
                .formatted(tag), Role.EDITOR);
        String key = created("/api/v1/events", """
                {'title': {'original': 'ru', 'ru': 'Акции 6 июня %s', 'en': 'Rallies of 6 June %s'},
                 'date': '2020-06-06', 'sources': [{'source': '%s', 'locator': 'p. 4'}]}""".formatted(tag, tag, source),
                Role.EDITOR);
        String form = editor.get("/events/" + key + "/edit?lang=en").body();
        WebSession other = signedIn(Role.REVIEWER);
        String otherForm = other.get("/events/" + key + "/edit?lang=en").body();
        assertThat(form).contains("value=\"Rallies of 6 June " + tag + "\"", "value=\"2020-06-06\"");

        HttpResponse<String> first = editor.post("/events/" + key, "version", "1", "language", "en",
                "title", "Rallies of 6 June 2020 " + tag, "date", "2020-06-06", "endDate", "2020-06-07", "sources", source,
                "confidentiality", "internal", "_csrf", WebSession.csrf(form));
        HttpResponse<String> second = other.post("/events/" + key, "version", "1", "language", "en",
                "title", "June rallies " + tag, "date", "2020-06", "confidentiality", "internal", "_csrf",
                WebSession.csrf(otherForm));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        JsonNode saved = event(key);
        assertThat(saved.get("title").get("en").asString()).isEqualTo("Rallies of 6 June 2020 " + tag);
        assertThat(saved.get("title").get("ru").asString()).isEqualTo("Акции 6 июня " + tag);
        assertThat(saved.get("title").get("original").asString()).isEqualTo("ru");
        assertThat(saved.get("sources").get(0).get("locator").asString()).isEqualTo("p. 4");
        assertThat(saved.get("endDate").asString()).isEqualTo("2020-06-07");

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("Someone else saved this event while you were editing it", "June rallies " + tag,
                "Rallies of 6 June 2020 " + tag, "name=\"version\" value=\"2\"", "value=\"2020-06\"");
        assertThat(event(key).get("title").get("en").asString()).isEqualTo("Rallies of 6 June 2020 " + tag);
    }

    @Test
    void anEditorWhoMayNotSeeAConfidentialSourceOfTheEventCannotEraseItBySaving() {
        String tag = unique("cf");
        String hidden = created("/api/v1/sources", """
                {'key': 'testimony-%s', 'url': 'https://example.org/%s', 'kind': 'testimony', 'confidentiality': 'confidential'}"""
                .formatted(tag, tag), Role.REVIEWER);
        String key = created("/api/v1/events", """
                {'title': {'original': 'en', 'en': 'Strike %s'}, 'date': '2021-05-01',
                 'sources': [{'source': '%s', 'locator': 'interview 3'}]}""".formatted(tag, hidden), Role.REVIEWER);

        String form = editor.get("/events/" + key + "/edit?lang=en").body();
        assertThat(form).contains("value=\"Strike " + tag + "\"").doesNotContain(hidden);
        HttpResponse<String> refused = editor.post("/events/" + key, "version", "1", "language", "en",
                "title", "Strike of oil workers " + tag, "date", "2021-05-01", "_csrf", WebSession.csrf(form));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("refers to records you are not cleared to see",
                "value=\"Strike of oil workers " + tag + "\"");
        JsonNode kept = event(key);
        assertThat(kept.get("title").get("en").asString()).isEqualTo("Strike " + tag);
        assertThat(kept.get("sources").get(0).get("locator").asString()).isEqualTo("interview 3");
    }

    @Test
    void viewersCanNeitherOpenTheFormNorSaveAnEvent() {
        WebSession viewer = signedIn(Role.VIEWER);
        String key = created("/api/v1/events", "{'title': {'original': 'en', 'en': 'Viewer %s'}, 'date': '2020-01-01'}"
                .formatted(unique("v")), Role.EDITOR);

        assertThat(viewer.get("/events/new").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/events/" + key + "/edit").statusCode()).isEqualTo(403);
        String csrf = WebSession.csrf(viewer.get("/").body());
        assertThat(viewer.post("/events", "title", "Not saved", "date", "2020", "_csrf", csrf).statusCode()).isEqualTo(403);
        assertThat(viewer.post("/events/" + key, "title", "Not saved", "version", "1", "_csrf", csrf).statusCode())
                .isEqualTo(403);
        assertThat(viewer.get("/events/" + key).body()).doesNotContain("/events/" + key + "/edit");
    }
}
