package org.kuzet.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Clearance;
import org.kuzet.support.ApiIntegrationTest;
import org.kuzet.support.OwnerView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The protected fields (a person's contacts, address, date of birth and consent notes, a source's informant, an
 * incident's testimony): sealed in the database, shown only to reviewers, administrators and the record's
 * creator, kept when someone who cannot see them edits the record.
 */
class ProtectedFieldsIntegrationTest extends ApiIntegrationTest {

    private static final String PHONE = "+7 701 555 12 34";
    private static final String ADDRESS = "Алматы, ул. Абая 10, кв. 5";
    private static final String CONSENT_NOTES = "agreed in person with the monitor in Taraz";
    private static final String INFORMANT = "Cousin of the detainee, Telegram @witness_almaty";
    private static final String TESTIMONY = "Мені көшеде ұстап, полиция бөліміне апарды, телефонымды тартып алды";

    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Autowired
    JdbcClient db;

    @Test
    void theSchemaOwnerReadsOnlyCiphertextOfEveryProtectedField() {
        String person = aPersonWithSensitiveFields(Role.EDITOR);
        String source = aSourceWithInformant(Role.EDITOR);
        String incident = anIncidentWithTestimony(source, Role.EDITOR);
        JdbcClient raw = OwnerView.of(owner);

        String personRows = raw.sql("""
                select row_to_json(p)::text || coalesce((select row_to_json(x)::text from person_private x
                                                         where x.person_id = p.id), '')
                from person p where key = ?""").param(person).query(String.class).single();
        String sourceRows = raw.sql("""
                select row_to_json(s)::text || (select row_to_json(x)::text from source_private x where x.source_id = s.id)
                from source s where key = ?""").param(source).query(String.class).single();
        String incidentRows = raw.sql("""
                select row_to_json(i)::text || (select row_to_json(x)::text from incident_private x where x.incident_id = i.id)
                from incident i where key = ?""").param(incident).query(String.class).single();
        List<byte[]> sealed = raw.sql("""
                select x.contacts from person_private x join person p on p.id = x.person_id where p.key = ?
                union all select x.address from person_private x join person p on p.id = x.person_id where p.key = ?
                union all select x.informant from source_private x join source s on s.id = x.source_id where s.key = ?
                union all select x.testimony from incident_private x join incident i on i.id = x.incident_id where i.key = ?""")
                .params(person, person, source, incident).query(byte[].class).list();

        assertThat(personRows).contains("person_id").doesNotContain("701 555", "Абая", "1979-02-03", "Taraz");
        assertThat(sourceRows).contains("informant").doesNotContain("witness_almaty", "Cousin");
        assertThat(incidentRows).contains("testimony").doesNotContain("полиция", "телефоным");
        assertThat(sealed).hasSize(4).allSatisfy(bytes -> {
            String asText = new String(bytes, StandardCharsets.UTF_8);
            assertThat(asText).doesNotContain("701", "Абая", "witness", "полиция");
        });
        assertThat(raw.sql("select count(*) from information_schema.columns where table_name = 'person' "
                + "and column_name in ('contacts', 'address', 'date_of_birth', 'consent_notes')").query(Long.class).single())
                .isZero();
    }

    @Test
    void reviewersAndTheCreatorSeeTheFieldsViewersAndAnonymousVisitorsDoNot() {
        String person = aPersonWithSensitiveFields(Role.EDITOR);
        String source = aSourceWithInformant(Role.EDITOR);
        String incident = anIncidentWithTestimony(source, Role.EDITOR);

        JsonNode byCreator = send("GET", "/api/v1/persons/" + person, null, Role.EDITOR).json();
        JsonNode byReviewer = send("GET", "/api/v1/persons/" + person, null, Role.REVIEWER).json();
        JsonNode byViewer = send("GET", "/api/v1/persons/" + person, null, Role.VIEWER).json();
        Response anonymous = send("GET", "/api/v1/persons/" + person, null, null, "application/json");
        JsonNode viewersList = send("GET", "/api/v1/persons?q=" + person, null, Role.VIEWER).json();

        assertThat(byCreator.get("sensitive").get("contacts").asString()).isEqualTo(PHONE);
        assertThat(byReviewer.get("sensitive").get("address").asString()).isEqualTo(ADDRESS);
        assertThat(byReviewer.get("sensitive").get("dateOfBirth").asString()).isEqualTo("1979-02-03");
        assertThat(byReviewer.get("sensitive").get("consentNotes").asString()).isEqualTo(CONSENT_NOTES);
        assertThat(byViewer.get("sensitive").properties()).extracting(e -> e.getKey()).containsExactly("consentToPublish");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("701 555", "Абая", "1979-02-03", "Taraz");
        assertThat(viewersList.toString()).doesNotContain("701 555", "Абая");
        assertThat(send("GET", "/api/v1/sources/" + source, null, Role.ADMIN).json().get("informant").asString())
                .isEqualTo(INFORMANT);
        assertThat(send("GET", "/api/v1/sources/" + source, null, Role.VIEWER).json().has("informant")).isFalse();
        assertThat(send("GET", "/api/v1/sources/" + source, null, null, "application/json").body()).doesNotContain("witness_almaty");
        assertThat(send("GET", "/api/v1/incidents/" + incident, null, Role.REVIEWER).json().get("testimony").asString())
                .isEqualTo(TESTIMONY);
        assertThat(send("GET", "/api/v1/incidents/" + incident, null, Role.VIEWER).json().has("testimony")).isFalse();
        assertThat(send("GET", "/api/v1/incidents/" + incident, null, null, "application/json").body())
                .doesNotContain("полиция");
    }

    @Test
    void theDatabaseHidesTheRowsFromAReaderWithoutClearanceEvenIfAskedDirectly() {
        String person = aPersonWithSensitiveFields(Role.REVIEWER);
        long id = db.sql("select id from person where key = ?").param(person).query(Long.class).single();
        String count = "select count(*) from person_private where person_id = ?";

        long asViewer = Actor.callAs(new Actor(-1L, "someone", "viewer", Clearance.INTERNAL),
                () -> db.sql(count).param(id).query(Long.class).single());
        long asPublic = Actor.callAs(Actor.PUBLIC, () -> db.sql(count).param(id).query(Long.class).single());
        long asOperator = Actor.callAs(Actor.COMMAND_LINE, () -> db.sql(count).param(id).query(Long.class).single());

        assertThat(asViewer).isZero();
        assertThat(asPublic).isZero();
        assertThat(asOperator).isEqualTo(1);
    }

    @Test
    void anEditorWhoCannotSeeTheFieldsKeepsThemWhenSavingAndCannotSetThem() {
        String person = aPersonWithSensitiveFields(Role.REVIEWER);
        String source = aSourceWithInformant(Role.REVIEWER);
        String incident = anIncidentWithTestimony(source, Role.REVIEWER);

        JsonNode seenByEditor = send("GET", "/api/v1/persons/" + person, null, Role.EDITOR).json();
        ((tools.jackson.databind.node.ObjectNode) seenByEditor).put("name", "Renamed by an editor");
        var saved = send("PUT", "/api/v1/persons/" + person, content(seenByEditor), Role.EDITOR);
        JsonNode sourceSeen = send("GET", "/api/v1/sources/" + source, null, Role.EDITOR).json();
        ((tools.jackson.databind.node.ObjectNode) sourceSeen).put("outlet", "Edited outlet");
        var sourceSaved = send("PUT", "/api/v1/sources/" + source, content(sourceSeen), Role.EDITOR);
        JsonNode incidentSeen = send("GET", "/api/v1/incidents/" + incident, null, Role.EDITOR).json();
        ((tools.jackson.databind.node.ObjectNode) incidentSeen).put("placeDetail", "near the akimat");
        var incidentSaved = send("PUT", "/api/v1/incidents/" + incident, content(incidentSeen), Role.EDITOR);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(sourceSaved.status()).isEqualTo(200);
        assertThat(incidentSaved.status()).isEqualTo(200);
        JsonNode afterwards = send("GET", "/api/v1/persons/" + person, null, Role.REVIEWER).json();
        assertThat(afterwards.get("name").asString()).isEqualTo("Renamed by an editor");
        assertThat(afterwards.get("sensitive").get("contacts").asString()).isEqualTo(PHONE);
        assertThat(afterwards.get("sensitive").get("consentNotes").asString()).isEqualTo(CONSENT_NOTES);
        assertThat(send("GET", "/api/v1/sources/" + source, null, Role.REVIEWER).json().get("informant").asString())
                .isEqualTo(INFORMANT);
        assertThat(send("GET", "/api/v1/incidents/" + incident, null, Role.REVIEWER).json().get("testimony").asString())
                .isEqualTo(TESTIMONY);

        var overwrite = send("PUT", "/api/v1/persons/" + person, json("""
                {'version': %d, 'name': 'X', 'sensitive': {'contacts': 'replaced'}}"""
                .formatted(afterwards.get("version").asInt())), Role.EDITOR);
        var informant = send("PUT", "/api/v1/sources/" + source, json("""
                {'version': 2, 'title': {'original': 'en', 'en': 'Witness'}, 'informant': 'someone else'}"""), Role.EDITOR);
        assertThat(overwrite.status()).isEqualTo(422);
        assertThat(overwrite.errorFields()).containsExactly("$.sensitive");
        assertThat(informant.errorFields()).containsExactly("$.informant");
        assertThat(send("GET", "/api/v1/persons/" + person, null, Role.REVIEWER).json().get("sensitive").get("contacts")
                .asString()).isEqualTo(PHONE);
    }

    @Test
    void aReviewerCanClearAProtectedField() {
        String source = aSourceWithInformant(Role.EDITOR);

        var cleared = send("PUT", "/api/v1/sources/" + source,
                json("{'version': 1, 'title': {'original': 'en', 'en': 'Witness'}}"), Role.REVIEWER);

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().has("informant")).isFalse();
        assertThat(OwnerView.of(owner).sql("select count(*) from source_private x join source s on s.id = x.source_id "
                + "where s.key = ?").param(source).query(Long.class).single()).isZero();
    }

    @Test
    void overlongProtectedFieldsAreNamedAndNothingIsStored() {
        String key = unique("long-testimony");
        var incident = send("POST", "/api/v1/incidents", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Detention'}, 'date': '2022-01-05',
                 'types': ['detention'], 'testimony': '%s'}""".formatted(key, "т".repeat(100_001))), Role.EDITOR);
        var source = send("POST", "/api/v1/sources", json("""
                {'title': {'original': 'en', 'en': 'Witness'}, 'informant': '%s'}""".formatted("x".repeat(4001))), Role.EDITOR);

        assertThat(incident.status()).isEqualTo(422);
        assertThat(incident.errorFields()).containsExactly("$.testimony");
        assertThat(source.errorFields()).containsExactly("$.informant");
        assertThat(db.sql("select count(*) from incident where key = ?").param(key).query(Long.class).single()).isZero();
    }

    private String aPersonWithSensitiveFields(Role creator) {
        String key = unique("roza-akylbekova");
        var created = send("POST", "/api/v1/persons", json("""
                {'key': '%s', 'name': 'Roza Akylbekova', 'confidentiality': 'public',
                 'sensitive': {'contacts': '%s', 'address': '%s', 'dateOfBirth': '1979-02-03', 'consentToPublish': 'yes',
                               'consentNotes': '%s'}}""".formatted(key, PHONE, ADDRESS, CONSENT_NOTES)), creator);
        assertThat(created.status()).isEqualTo(201);
        return key;
    }

    private String aSourceWithInformant(Role creator) {
        String key = unique("witness");
        var created = send("POST", "/api/v1/sources", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Witness'}, 'kind': 'testimony', 'confidentiality': 'public',
                 'informant': '%s'}""".formatted(key, INFORMANT)), creator);
        assertThat(created.status()).isEqualTo(201);
        return key;
    }

    private String anIncidentWithTestimony(String source, Role creator) {
        String key = unique("detention");
        var created = send("POST", "/api/v1/incidents", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Detention at a picket'}, 'date': '2022-01-05',
                 'types': ['detention'], 'confidentiality': 'public', 'reviewStatus': 'draft',
                 'testimony': '%s', 'sources': [{'source': '%s'}]}""".formatted(key, TESTIMONY, source)), creator);
        assertThat(created.status()).isEqualTo(201);
        // Publishing is the reviewer's step, so that anonymous visitors can read the incident.
        var publish = (tools.jackson.databind.node.ObjectNode) content(send("GET", "/api/v1/incidents/" + key, null, Role.REVIEWER).json());
        publish.put("reviewStatus", "published");
        assertThat(send("PUT", "/api/v1/incidents/" + key, publish, Role.REVIEWER).status()).isEqualTo(200);
        return key;
    }

    /** A read document as it is sent back: without what the server adds. */
    private static JsonNode content(JsonNode read) {
        var copy = (tools.jackson.databind.node.ObjectNode) read.deepCopy();
        copy.remove(List.of("id", "createdAt", "updatedAt"));
        return copy;
    }
}
