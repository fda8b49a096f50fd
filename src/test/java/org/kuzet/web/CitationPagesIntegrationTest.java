package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import tools.jackson.databind.JsonNode;

/**
 * Citing a source with its locator from the page of a record, without the record's form: the same mechanism on the
 * page of an incident, a person, an organisation, a case, an event and an intervention, each change an update of the
 * record at the version the page showed — a save by someone else meanwhile is a conflict, parts the writer may not
 * see are not erased, problems come back next to their fields with what was typed.
 */
class CitationPagesIntegrationTest extends WebIntegrationTest {

    private WebSession editor;

    @BeforeEach
    void signIn() {
        editor = signedIn(Role.EDITOR);
    }

    private String source(String tag) {
        return created("/api/v1/sources", "{'url': 'https://report.example.org/%s', 'kind': 'ngo_report', 'title': "
                + "{'original': 'en', 'en': 'Briefing paper %s'}}".formatted(tag, tag), Role.EDITOR);
    }

    private JsonNode read(String collection, String key) {
        return send("GET", "/api/v1/" + collection + "/" + key, null, Role.REVIEWER).json();
    }

    /** One record of each kind that cites sources, by the collection of its page. */
    private Map<String, String> oneOfEach(String tag) {
        String person = created("/api/v1/persons", "{'name': 'Cited person %s'}".formatted(tag), Role.EDITOR);
        Map<String, String> records = new LinkedHashMap<>();
        records.put("incidents", created("/api/v1/incidents", """
                {'title': {'original': 'en', 'en': 'Cited incident %s'}, 'date': '2020-02-22', 'types': ['detention']}"""
                .formatted(tag), Role.EDITOR));
        records.put("persons", person);
        records.put("organizations", created("/api/v1/organizations", "{'name': 'Cited organisation %s', 'kind': 'ngo'}"
                .formatted(tag), Role.EDITOR));
        records.put("cases", created("/api/v1/cases", """
                {'kind': 'criminal', 'parties': [{'person': '%s', 'role': 'defendant'}]}""".formatted(person), Role.EDITOR));
        records.put("events", created("/api/v1/events", "{'title': {'original': 'en', 'en': 'Cited event %s'}, 'date': '2020-02-22'}"
                .formatted(tag), Role.EDITOR));
        records.put("interventions", created("/api/v1/interventions", """
                {'kind': 'letter', 'date': '2020-03-01', 'title': {'original': 'en', 'en': 'Cited letter %s'}}"""
                .formatted(tag), Role.EDITOR));
        return records;
    }

    @Test
    void aWriterCitesASourceWithItsLocatorChangesTheLocatorAndRemovesTheCitationOnTheRecordPageOfEveryKind() {
        String tag = unique("ci");
        String source = source(tag);
        for (var record : oneOfEach(tag).entrySet()) {
            String collection = record.getKey();
            String key = record.getValue();
            String path = "/" + collection + "/" + key;
            String page = editor.get(path + "?lang=en").body();
            assertThat(page).as(collection).contains("Cite a source", "action=\"" + path + "/citations\"",
                    "name=\"version\" value=\"1\"");

            HttpResponse<String> added = editor.post(path + "/citations", "version", "1", "source", source,
                    "locator", "footnote 72", "claim", "detained for 15 days", "_csrf", WebSession.csrf(page));
            assertThat(added.statusCode()).as(collection + ": " + added.body()).isEqualTo(302);
            assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith(path + "#sources");
            JsonNode cited = read(collection, key).get("sources").get(0);
            assertThat(cited.get("source").asString()).isEqualTo(source);
            assertThat(cited.get("locator").asString()).isEqualTo("footnote 72");
            assertThat(cited.get("claim").asString()).isEqualTo("detained for 15 days");
            String after = editor.get(path + "?lang=en").body();
            assertThat(after).as(collection).contains("The citations are saved.", "Briefing paper " + tag, "footnote 72",
                    "action=\"" + path + "/citations/0\"", "name=\"version\" value=\"2\"");

            HttpResponse<String> changed = editor.post(path + "/citations/0", "version", "2", "locator", "p. 14, para. 3",
                    "claim", "", "_csrf", WebSession.csrf(after));
            assertThat(changed.statusCode()).as(collection + ": " + changed.body()).isEqualTo(302);
            JsonNode now = read(collection, key).get("sources").get(0);
            assertThat(now.get("locator").asString()).isEqualTo("p. 14, para. 3");
            assertThat(now.has("claim")).as(collection).isFalse();

            HttpResponse<String> removed = editor.post(path + "/citations/0/delete", "version", "3", "_csrf",
                    WebSession.csrf(after));
            assertThat(removed.statusCode()).as(collection + ": " + removed.body()).isEqualTo(302);
            JsonNode gone = read(collection, key).get("sources");
            assertThat(gone == null || gone.isEmpty()).as(collection).isTrue();
            assertThat(send("GET", "/api/v1/" + collection + "/" + key + "/history", null, Role.REVIEWER).body())
                    .as(collection).contains("\"version\":4");
        }
    }

    @Test
    void aChangeAtAnOlderVersionIsAConflictThatShowsBothCitationsAndKeepsWhatWasTyped() {
        String tag = unique("cc");
        String source = source(tag);
        String key = created("/api/v1/events", """
                {'title': {'original': 'en', 'en': 'Conflict event %s'}, 'date': '2020-06-06',
                 'sources': [{'source': '%s', 'locator': 'p. 2'}]}""".formatted(tag, source), Role.EDITOR);
        String page = editor.get("/events/" + key + "?lang=en").body();
        WebSession other = signedIn(Role.REVIEWER);
        String otherPage = other.get("/events/" + key + "?lang=en").body();
        assertThat(other.post("/events/" + key + "/citations/0", "version", "1", "locator", "p. 3", "_csrf",
                WebSession.csrf(otherPage)).statusCode()).isEqualTo(302);

        HttpResponse<String> late = editor.post("/events/" + key + "/citations/0", "version", "1", "locator", "footnote 9",
                "claim", "the dispersal", "_csrf", WebSession.csrf(page));

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("Someone else saved this record while you were changing its citations",
                "footnote 9", "p. 3", "value=\"footnote 9\"", "value=\"the dispersal\"", "name=\"version\" value=\"2\"");
        assertThat(read("events", key).get("sources").get(0).get("locator").asString()).isEqualTo("p. 3");
    }

    @Test
    void aCitationWithoutASourceOrWithATooLongLocatorComesBackWithItsProblemsAndNothingIsSaved() {
        String tag = unique("cp");
        String key = created("/api/v1/organizations", "{'name': 'Problem organisation %s', 'kind': 'ngo'}".formatted(tag),
                Role.EDITOR);
        String page = editor.get("/organizations/" + key + "?lang=en").body();

        HttpResponse<String> refused = editor.post("/organizations/" + key + "/citations", "version", "1",
                "locator", "x".repeat(501), "claim", "kept claim " + tag, "_csrf", WebSession.csrf(page));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"citeSource-error\"", "id=\"citeLocator-error\"",
                "value=\"kept claim " + tag + "\"", "name=\"version\" value=\"1\"", "Source (in the record)");
        JsonNode kept = read("organizations", key);
        assertThat(kept.get("version").asInt()).isEqualTo(1);
        assertThat(kept.get("sources") == null || kept.get("sources").isEmpty()).isTrue();
        assertThat(editor.post("/organizations/" + key + "/citations/5", "version", "1", "locator", "p. 1", "_csrf",
                WebSession.csrf(page)).statusCode()).isEqualTo(422);
    }

    @Test
    void aWriterWhoMayNotSeeACitedSourceCannotChangeTheCitationsAndErasesNothing() {
        String tag = unique("ch");
        String hidden = created("/api/v1/sources", """
                {'key': 'informant-%s', 'url': 'https://example.org/%s', 'kind': 'testimony', 'confidentiality': 'confidential'}"""
                .formatted(tag, tag), Role.REVIEWER);
        String open = source(tag);
        String person = created("/api/v1/persons", """
                {'name': 'Protected %s', 'sources': [{'source': '%s', 'locator': 'interview'}]}""".formatted(tag, hidden),
                Role.REVIEWER);
        String page = editor.get("/persons/" + person + "?lang=en").body();
        assertThat(page).doesNotContain(hidden);

        HttpResponse<String> refused = editor.post("/persons/" + person + "/citations", "version", "1", "source", open,
                "locator", "p. 1", "_csrf", WebSession.csrf(page));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("refers to records you are not cleared to see");
        JsonNode kept = read("persons", person).get("sources");
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).get("source").asString()).isEqualTo(hidden);
    }

    @Test
    void viewersSeeTheCitationsButNoFormAndCannotChangeThem() {
        String tag = unique("cv");
        String source = source(tag);
        String key = created("/api/v1/incidents", """
                {'title': {'original': 'en', 'en': 'Viewer incident %s'}, 'date': '2020-02-22', 'types': ['detention'],
                 'sources': [{'source': '%s', 'locator': 'p. 7'}]}""".formatted(tag, source), Role.EDITOR);
        WebSession viewer = signedIn(Role.VIEWER);

        String page = viewer.get("/incidents/" + key + "?lang=en").body();
        assertThat(page).contains("p. 7").doesNotContain("/citations", "Cite a source");
        assertThat(viewer.post("/incidents/" + key + "/citations", "version", "1", "source", source, "_csrf",
                WebSession.csrf(page)).statusCode()).isEqualTo(403);
        assertThat(viewer.post("/incidents/" + key + "/citations/0/delete", "version", "1", "_csrf",
                WebSession.csrf(page)).statusCode()).isEqualTo(403);
        assertThat(read("incidents", key).get("sources")).hasSize(1);
    }
}
