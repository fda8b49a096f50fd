package org.kuzet.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import org.kuzet.support.PopoloSchemas;
import tools.jackson.databind.JsonNode;

/**
 * The Popolo export as a partner downloads it: every person, organisation and membership valid against the Popolo
 * JSON schemas; an alleged membership marked so, with its dates as precise as they are known; the public edition
 * without the persons who did not consent to publication.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopoloExportIntegrationTest extends ApiIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String tag = unique("pop");

    @BeforeAll
    void record() {
        create("{'key': '%s-dvk', 'name': 'Democratic Choice %s', 'kind': 'political_party', 'confidentiality': 'public',"
                + " 'names': [{'name': 'ДВК %s'}]}", "/api/v1/organizations", tag, tag, tag);
        create("{'key': '%s-zhan', 'name': 'Zhanbolat %s', 'birthYear': 1985, 'gender': 'male',"
                + " 'confidentiality': 'public', 'sensitive': {'consentToPublish': 'yes'},"
                + " 'memberships': [{'organization': '%s-dvk', 'kind': 'member', 'alleged': true,"
                + " 'from': '2018-03-01', 'fromPrecision': 'month', 'until': '2021-01-01', 'untilPrecision': 'year'}]}",
                "/api/v1/persons", tag, tag, tag);
        create("{'key': '%s-shy', 'name': 'Unconsenting %s', 'confidentiality': 'public',"
                + " 'sensitive': {'consentToPublish': 'no'},"
                + " 'memberships': [{'organization': '%s-dvk', 'kind': 'supporter', 'from': '2019-06-12'}]}",
                "/api/v1/persons", tag, tag, tag);
    }

    private void create(String template, String path, Object... args) {
        var created = send("POST", path, json(template.formatted(args)), Role.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private JsonNode popolo(String query) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/exports/popolo" + query))
                .header("Authorization", "Bearer " + token(Role.ADMIN)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("-popolo.json");
        return JSON.readTree(response.body());
    }

    private static JsonNode byId(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (id.equals(n.path("id").asString(""))) {
                return n;
            }
        }
        return null;
    }

    @Test
    void everyPersonOrganisationAndMembershipIsValidPopoloAndAnAllegedMembershipSaysSo() throws Exception {
        JsonNode doc = popolo("");

        List<String> violations = new ArrayList<>();
        doc.get("persons").forEach(p -> violations.addAll(PopoloSchemas.violations("person", p)));
        doc.get("organizations").forEach(o -> violations.addAll(PopoloSchemas.violations("organization", o)));
        doc.get("memberships").forEach(m -> violations.addAll(PopoloSchemas.violations("membership", m)));
        assertThat(violations).isEmpty();

        JsonNode person = byId(doc.get("persons"), tag + "-zhan");
        assertThat(person.get("name").asString()).isEqualTo("Zhanbolat " + tag);
        assertThat(person.get("birth_date").asString()).isEqualTo("1985");
        assertThat(person.get("kuzet:address").asString()).isEqualTo("/persons/" + tag + "-zhan");
        JsonNode org = byId(doc.get("organizations"), tag + "-dvk");
        assertThat(org.get("other_names").get(0).get("name").asString()).isEqualTo("ДВК " + tag);
        JsonNode membership = null;
        for (JsonNode m : doc.get("memberships")) {
            if ((tag + "-zhan").equals(m.get("person_id").asString())) {
                membership = m;
            }
        }
        assertThat(membership.get("organization_id").asString()).isEqualTo(tag + "-dvk");
        assertThat(membership.get("start_date").asString()).isEqualTo("2018-03");
        assertThat(membership.get("end_date").asString()).isEqualTo("2021");
        assertThat(membership.get("kuzet:alleged").asBoolean()).isTrue();
    }

    @Test
    void aMembershipOutsideThePopoloSchemaIsCaughtByTheValidator() {
        JsonNode wrong = json("{'person_id': 'x', 'organization_id': 'y', 'start_date': 'March 2018'}");

        assertThat(PopoloSchemas.violations("membership", wrong)).isNotEmpty();
    }

    @Test
    void thePublicEditionHasNoPersonWhoDidNotConsentNorTheirMemberships() throws Exception {
        JsonNode internal = popolo("");
        JsonNode published = popolo("?public=true");

        assertThat(byId(internal.get("persons"), tag + "-shy")).isNotNull();
        assertThat(byId(published.get("persons"), tag + "-shy")).isNull();
        assertThat(published.toString()).doesNotContain("Unconsenting " + tag, tag + "-shy");
        assertThat(byId(published.get("persons"), tag + "-zhan")).isNotNull();
    }
}
