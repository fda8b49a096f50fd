package org.kuzet.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Interventions through the API: the appeals for Asya Tulesova in June 2020. */
class InterventionApiIntegrationTest extends ApiIntegrationTest {

    @Autowired
    JdbcClient db;

    @Test
    void anUrgentAppealToTwoAddresseesRoundTripsExactly() {
        String tulesova = aPerson("asya-tulesova", "Asya Tulesova");
        String agadil = aPerson("dulat-agadil", "Dulat Agadil");
        String iphr = anOrganization("iphr", "International Partnership for Human Rights", "ngo");
        String wgad = aContact("un-wgad", "UN Working Group on Arbitrary Detention");
        String ep = aContact("ep-president", "President of the European Parliament");
        String incident = anIncident("2020-06-08-tulesova-detained", "Asya Tulesova detained as a suspect", "2020-06-08");
        String key = unique("iphr-2020-06-tulesova");
        List<String> persons = new ArrayList<>(List.of(tulesova, agadil));
        persons.sort(null);
        JsonNode sent = json("""
                {'key': '%1$s', 'kind': 'urgent_appeal', 'date': '2020-06-01', 'datePrecision': 'month', 'sender': '%2$s',
                 'title': {'original': 'en', 'en': 'Kazakhstan: free civil rights defender Asya Tulesova'},
                 'summary': {'original': 'en', 'en': 'Calls for her release from pre-trial detention.'},
                 'addressees': ['%3$s', '%4$s'],
                 'persons': ['%5$s', '%6$s'],
                 'incidents': ['%7$s'],
                 'response': {'original': 'en', 'en': 'Acknowledged receipt.'},
                 'responseDate': '2020-07-01', 'responseDatePrecision': 'month',
                 'outcome': 'acknowledged', 'confidentiality': 'public'}"""
                .formatted(key, iphr, ep, wgad, persons.get(0), persons.get(1), incident));

        var created = send("POST", "/api/v1/interventions", sent, Role.EDITOR);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(content(get("/api/v1/interventions/" + key).json())).isEqualTo(sent);
    }

    @Test
    void personsAndIncidentsComeSortedByKeyAddresseesInTheirOrder() {
        String tulesova = aPerson("b-asya-tulesova", "Asya Tulesova");
        String other = aPerson("a-activist", "Another activist");
        String president = aContact("z-president", "President of Kazakhstan");
        String wgad = aContact("a-un-wgad", "UN Working Group on Arbitrary Detention");
        String key = unique("open-letter");

        var created = send("POST", "/api/v1/interventions", json("""
                {'key': '%s', 'kind': 'open_letter', 'date': '2020-06-09',
                 'senderText': '169 Kazakhstani human rights defenders and organisations',
                 'title': {'original': 'ru', 'ru': 'Открытое письмо Президенту Токаеву в поддержку Аси Тулесовой'},
                 'addressees': ['%s', '%s'], 'persons': ['%s', '%s']}""".formatted(key, president, wgad, tulesova, other)),
                Role.EDITOR);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(strings(created.json().get("addressees"))).containsExactly(president, wgad);
        assertThat(strings(created.json().get("persons"))).containsExactly(other, tulesova);
        assertThat(created.json().get("outcome").asString()).isEqualTo("pending");
        assertThat(keys(get("/api/v1/interventions?person=" + tulesova))).containsExactly(key);
        assertThat(keys(get("/api/v1/interventions?person=" + tulesova + "&kind=open_letter"))).containsExactly(key);
        assertThat(keys(get("/api/v1/interventions?person=" + tulesova + "&kind=petition"))).isEmpty();
        assertThat(get("/api/v1/interventions?kind=tweet").status()).isEqualTo(422);
    }

    @Test
    void invalidInterventionIsRejectedWithEveryFieldNamedAndNothingStored() {
        String tulesova = aPerson("asya-tulesova", "Asya Tulesova");
        String wgad = aContact("un-wgad", "UN Working Group on Arbitrary Detention");
        String key = unique("bad-intervention");

        var response = send("POST", "/api/v1/interventions", json("""
                {'key': '%s', 'kind': 'tweet', 'date': '2020-06-09', 'sender': 'no-such-org', 'senderText': '%s',
                 'addressees': ['%s', 'no-such-contact'], 'persons': ['%s', '%s'], 'incidents': ['no-such-incident'],
                 'responseDate': '2020-05-01', 'outcome': 'won'}""".formatted(key, "x".repeat(10_000), wgad, tulesova, tulesova)),
                Role.EDITOR);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("$.kind", "$.sender", "$.senderText", "$.title",
                "$.addressees[1]", "$.persons[1]", "$.incidents[0]", "$.responseDate", "$.outcome");
        assertThat(get("/api/v1/interventions/" + key).status()).isEqualTo(404);
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        String wgad = aContact("un-wgad", "UN Working Group on Arbitrary Detention");
        String president = aContact("president", "President of Kazakhstan");
        String key = unique("intervention-conflict");
        send("POST", "/api/v1/interventions", json("""
                {'key': '%s', 'kind': 'letter', 'date': '2020-06-09', 'title': {'original': 'en', 'en': 'A'},
                 'addressees': ['%s']}""".formatted(key, wgad)), Role.EDITOR);

        var first = send("PUT", "/api/v1/interventions/" + key, json("""
                {'version': 1, 'kind': 'letter', 'date': '2020-06-09', 'title': {'original': 'en', 'en': 'B'},
                 'addressees': ['%s']}""".formatted(president)), Role.EDITOR);
        var second = send("PUT", "/api/v1/interventions/" + key, json("""
                {'version': 1, 'kind': 'letter', 'date': '2020-06-09', 'title': {'original': 'en', 'en': 'C'}}"""), Role.EDITOR);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        JsonNode stored = get("/api/v1/interventions/" + key).json();
        assertThat(stored.get("title").get("en").asString()).isEqualTo("B");
        assertThat(strings(stored.get("addressees"))).containsExactly(president);
        assertThat(send("DELETE", "/api/v1/interventions/" + key, json("{'reason': 'sent twice'}"), Role.EDITOR).status())
                .isEqualTo(204);
        assertThat(get("/api/v1/interventions/" + key).status()).isEqualTo(404);
    }

    private String aPerson(String slug, String name) {
        String key = unique(slug);
        db.sql("insert into person (key, name) values (?, ?)").params(key, name).update();
        return key;
    }

    private String anOrganization(String slug, String name, String kind) {
        String key = unique(slug);
        db.sql("""
                insert into organization (key, name, kind_id)
                values (?, ?, (select id from vocabulary_term where vocabulary = 'organization_kind' and code = ?))""")
                .params(key, name, kind).update();
        return key;
    }

    private String aContact(String slug, String name) {
        String key = unique(slug);
        db.sql("insert into contact (key, name) values (?, ?)").params(key, name).update();
        return key;
    }

    /** An incident written through the API, as every record is (what derives from records is kept by the writes). */
    private String anIncident(String slug, String title, String date) {
        return created("/api/v1/incidents", "{'key': '%s', 'title': {'original': 'en', 'en': '%s'}, 'date': '%s', 'types': ['detention']}"
                .formatted(unique(slug), title, date), Role.ADMIN);
    }

    private static JsonNode content(JsonNode doc) {
        ObjectNode copy = (ObjectNode) doc.deepCopy();
        copy.remove(List.of("id", "version", "createdAt", "updatedAt"));
        return copy;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<String> keys(Response page) {
        List<String> keys = new ArrayList<>();
        page.json().get("items").forEach(i -> keys.add(i.get("key").asString()));
        return keys;
    }
}
