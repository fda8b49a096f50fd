package org.kuzet.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;

class ContactApiIntegrationTest extends ApiIntegrationTest {

    @Test
    void contactOfAnOrganizationCanBeReadByKeyAndById() {
        String body = anInternationalBody();
        String key = unique("un-wgad");
        var contact = json("""
                {'key': '%s', 'organization': '%s', 'name': 'UN Working Group on Arbitrary Detention',
                 'position': 'Chair-Rapporteur',
                 'address': 'United Nations Office at Geneva, 8-14, avenue de la Paix, 1211 Geneva 10, Switzerland',
                 'email': 'wgad@ohchr.org', 'phone': '+41 22 917 9000', 'url': 'https://www.ohchr.org/en/about-arbitrary-detention',
                 'confidentiality': 'public'}""".formatted(key, body));

        var created = send("POST", "/api/v1/contacts", contact, Role.EDITOR);

        assertThat(created.status()).isEqualTo(201);
        assertThat(OrganizationApiIntegrationTest.content(get("/api/v1/contacts/" + key).json())).isEqualTo(contact);
        assertThat(get("/api/v1/contacts/" + created.json().get("id").asLong()).json().get("key").asString()).isEqualTo(key);
    }

    @Test
    void contactWithKazakhNameAndGeneratedKeyRoundTrips() {
        var created = send("POST", "/api/v1/contacts", json("""
                {'name': 'Адам құқықтары жөніндегі уәкіл', 'address': 'Астана, Мәңгілік Ел даңғылы, 8',
                 'position': 'Уәкілдің орынбасары: ә ғ қ ң ө ұ ү һ і'}"""), Role.EDITOR);

        assertThat(created.status()).isEqualTo(201);
        String key = created.json().get("key").asString();
        assertThat(key).startsWith("contact-");
        var read = get("/api/v1/contacts/" + key).json();
        assertThat(read.get("name").asString()).isEqualTo("Адам құқықтары жөніндегі уәкіл");
        assertThat(read.get("position").asString()).isEqualTo("Уәкілдің орынбасары: ә ғ қ ң ө ұ ү һ і");
        assertThat(read.get("confidentiality").asString()).isEqualTo("internal");
    }

    @Test
    void everyProblemOfAContactIsNamedAndNothingIsStored() {
        String key = unique("bad-contact");
        var response = send("POST", "/api/v1/contacts", json("""
                {'key': '%s', 'organization': 'no-such-body', 'name': ' ', 'email': 'not an address',
                 'url': 'ohchr.org', 'confidentiality': 'secret', 'sources': [{'claim': 'no source'}]}""".formatted(key)),
                Role.EDITOR);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("$.organization", "$.name", "$.email", "$.url",
                "$.confidentiality", "$.sources[0].source");
        assertThat(get("/api/v1/contacts/" + key).status()).isEqualTo(404);
    }

    @Test
    void staleVersionIsAConflictAndDeletionHidesTheContact() {
        String key = unique("ombudsman");
        send("POST", "/api/v1/contacts", json("{'key': '%s', 'name': 'Ombudsman'}".formatted(key)), Role.EDITOR);
        var first = send("PUT", "/api/v1/contacts/" + key, json("{'version': 1, 'name': 'Ombudsperson'}"), Role.EDITOR);
        var second = send("PUT", "/api/v1/contacts/" + key, json("{'version': 1, 'name': 'Commissioner'}"), Role.EDITOR);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(get("/api/v1/contacts/" + key).json().get("name").asString()).isEqualTo("Ombudsperson");
        assertThat(send("DELETE", "/api/v1/contacts/" + key, json("{'reason': 'office abolished'}"), Role.EDITOR).status())
                .isEqualTo(204);
        assertThat(get("/api/v1/contacts/" + key).status()).isEqualTo(404);
    }

    @Test
    void listFiltersContactsByOrganization() {
        String body = anInternationalBody();
        String key = unique("ep-president");
        send("POST", "/api/v1/contacts", json("{'key': '%s', 'organization': '%s', 'name': 'President'}".formatted(key, body)),
                Role.EDITOR);

        var list = get("/api/v1/contacts?organization=" + body);

        assertThat(list.json().get("total").asInt()).isEqualTo(1);
        assertThat(list.json().get("items").get(0).get("key").asString()).isEqualTo(key);
    }

    private String anInternationalBody() {
        String key = unique("un-body");
        var created = send("POST", "/api/v1/organizations", json("{'key': '%s', 'name': 'United Nations', 'kind': 'international_body'}"
                .formatted(key)), Role.EDITOR);
        assertThat(created.status()).isEqualTo(201);
        return key;
    }
}
