package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keys tell nothing about records beyond a writer's clearance (docs/security.md §3, "Keys"): a key held by a hidden
 * record is refused exactly like one held by a visible record, never with a 500; and a record created without a
 * key gets one that no record holds, also when the record created just before it is hidden from the writer.
 */
class RecordKeysIntegrationTest extends ApiIntegrationTest {

    @Autowired
    private JdbcClient db;

    /** The smallest valid record of each kind, by collection; {@code %s} is the record's unique label. */
    private static final Map<String, String> RECORDS = new LinkedHashMap<>();

    static {
        RECORDS.put("persons", "{'name': 'Person %s'}");
        RECORDS.put("incidents", "{'title': {'original': 'en', 'en': 'Detention %s'}, 'date': '2020-02-22',"
                + " 'place': 'kz-almaty-city', 'types': ['detention']}");
        RECORDS.put("sources", "{'title': {'original': 'en', 'en': 'Report %s'}, 'kind': 'testimony'}");
        RECORDS.put("organizations", "{'name': 'Movement %s', 'kind': 'opposition_movement'}");
        RECORDS.put("events", "{'title': {'original': 'en', 'en': 'Protests %s'}, 'date': '2020-02-22'}");
        RECORDS.put("cases", "{'kind': 'criminal', 'number': '%s'}");
        RECORDS.put("interventions", "{'kind': 'urgent_appeal', 'date': '2020-03-01', 'title': {'original': 'en',"
                + " 'en': 'Appeal %s'}}");
        RECORDS.put("recommendations", "{'right': 'assembly', 'addresseeText': 'The Parliament',"
                + " 'text': {'original': 'en', 'en': 'Repeal the law %s'}}");
        RECORDS.put("reported-figures", "{'description': {'original': 'en', 'en': 'Persons prosecuted %s'},"
                + " 'count': {'qualifier': 'more_than', 'value': 300, 'unit': 'persons'}, 'from': '2020-01-01',"
                + " 'fromPrecision': 'year', 'reportedByText': 'Adilet'}");
    }

    private static ObjectNode record(String collection, String label, String key, String confidentiality) {
        ObjectNode doc = (ObjectNode) json(RECORDS.get(collection).formatted(label));
        if (key != null) {
            doc.put("key", key);
        }
        doc.put("confidentiality", confidentiality);
        return doc;
    }

    private String createAsAdministrator(String collection, String key, String confidentiality) {
        var created = send("POST", "/api/v1/" + collection, record(collection, unique("k"), key, confidentiality), Role.ADMIN);
        assertThat(created.status()).as(collection + ": " + created.body()).isEqualTo(201);
        return created.json().get("key").asString();
    }

    @Test
    void anEditorGivingTheKeyOfAHiddenRecordGetsTheSameAnswerAsForTheKeyOfAVisibleOne() {
        for (String collection : RECORDS.keySet()) {
            String hiddenKey = createAsAdministrator(collection, unique("hidden"), "confidential");
            String visibleKey = createAsAdministrator(collection, unique("visible"), "internal");
            assertThat(send("GET", "/api/v1/" + collection + "/" + hiddenKey, null, Role.EDITOR).status())
                    .as(collection + ": hidden from the editor").isEqualTo(404);

            var hidden = send("POST", "/api/v1/" + collection, record(collection, "same", hiddenKey, "internal"), Role.EDITOR);
            var visible = send("POST", "/api/v1/" + collection, record(collection, "same", visibleKey, "internal"), Role.EDITOR);

            assertThat(hidden.status()).as(collection + ": " + hidden.body()).isEqualTo(422);
            assertThat(visible.status()).as(collection + ": " + visible.body()).isEqualTo(422);
            assertThat(hidden.body().replace(hiddenKey, "KEY")).as(collection).isEqualTo(visible.body().replace(visibleKey, "KEY"));
            assertThat(hidden.errorFields()).as(collection).containsExactly("$.key");
            assertThat(hidden.json().get("errors").get(0).get("message").asString())
                    .isEqualTo("'" + hiddenKey + "' is already taken");
            String freeKey = unique("free");
            var free = send("POST", "/api/v1/" + collection, record(collection, "free", freeKey, "internal"), Role.EDITOR);
            assertThat(free.status()).as(collection + ": " + free.body()).isEqualTo(201);
            assertThat(free.json().get("key").asString()).isEqualTo(freeKey);
        }
    }

    @Test
    void aKeyOfADeletedRecordIsTakenAlikeForAnEditor() {
        String key = createAsAdministrator("persons", unique("deleted"), "internal");
        assertThat(send("DELETE", "/api/v1/persons/" + key, json("{'reason': 'entered twice'}"), Role.ADMIN).status())
                .isIn(200, 204);

        var again = send("POST", "/api/v1/persons", record("persons", "again", key, "internal"), Role.EDITOR);

        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(again.json().get("errors").get(0).get("message").asString()).isEqualTo("'" + key + "' is already taken");
    }

    /**
     * The record just before is visible to the editor (so that its id was the highest they could see), the one after
     * it hidden from them: the next key they get must not be the hidden record's.
     */
    private String hiddenRecordJustCreated(String collection) {
        createAsAdministrator(collection, null, "internal");
        return createAsAdministrator(collection, null, "confidential");
    }

    @Test
    void recordsCreatedWithoutAKeyAfterAHiddenOneGetAFreshKey() {
        for (String collection : RECORDS.keySet()) {
            String hidden = hiddenRecordJustCreated(collection);

            var created = send("POST", "/api/v1/" + collection, record(collection, unique("keyless"), null, "internal"), Role.EDITOR);

            assertThat(created.status()).as(collection + ": " + created.body()).isEqualTo(201);
            String key = created.json().get("key").asString();
            assertThat(key).as(collection).isNotEqualTo(hidden).matches("^[a-z_]+-[0-9]+$");
            assertThat(send("GET", "/api/v1/" + collection + "/" + key, null, Role.EDITOR).status()).isEqualTo(200);
        }
    }

    @Test
    void theEntryFormRecordsAnIncidentWithANewVictimAfterAHiddenPersonAndAnswersWithAPage() throws Exception {
        String name = unique("entry-editor").toLowerCase();
        users.create(name, Role.EDITOR, PASSWORD, false);
        Browser editor = new Browser(port);
        assertThat(editor.signIn(name, PASSWORD).statusCode()).isEqualTo(302);
        String hiddenPerson = hiddenRecordJustCreated("persons");
        hiddenRecordJustCreated("incidents");
        String victim = "Асель " + unique("victim");

        HttpResponse<String> saved = editor.submit("/incidents/new", "/incidents", "title", "Detained after a hidden record",
                "language", "en", "date", "2021-05-05", "place", "kz-almaty-city", "types", "detention",
                "newVictims", victim, "confidentiality", "internal", "reviewStatus", "draft");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = Browser.location(saved);
        assertThat(location).contains("/incidents/");
        var page = editor.get(location.substring(location.indexOf("/incidents/")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains(victim);
        String victimKey = db.sql("select key from person where name = ?").param(victim).query(String.class).single();
        assertThat(victimKey).isNotEqualTo(hiddenPerson);
    }

    @Test
    void aFreshKeySkipsAKeyGivenByHandThatTheCounterReaches() {
        String next = send("POST", "/api/v1/sources", record("sources", unique("probe"), null, "internal"), Role.ADMIN)
                .json().get("key").asString();
        long number = Long.parseLong(next.substring(next.lastIndexOf('-') + 1));
        // what an imported bundle or a careful monitor may have given by hand, hidden from editors
        for (long n = number + 1; n <= number + 3; n++) {
            createAsAdministrator("sources", "source-" + n, "confidential");
        }

        JsonNode created = send("POST", "/api/v1/sources", record("sources", unique("after"), null, "internal"), Role.EDITOR).json();

        assertThat(created.get("key").asString()).isEqualTo("source-" + (number + 4));
    }
}
