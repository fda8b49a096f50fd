package org.kuzet.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PersonApiIntegrationTest extends ApiIntegrationTest {

    /** Longer than any text of a person may be, within the size of a request (2 MB). */
    private static final String TOO_LONG = "x".repeat(1024 * 1024);

    @Autowired
    JdbcClient db;

    @Test
    void pregnantJournalistAllegedToSupportABannedMovementRoundTripsByKeyAndById() {
        String dvk = anOrganization("dvk", "opposition_movement");
        String amnesty = anOrganization("amnesty-international", "ngo");
        String source = aSource();
        String key = unique("akmaral-tobylova");
        JsonNode tobylova = json("""
                {'key': '%s', 'name': 'Akmaral Tobylova',
                 'names': [
                   {'name': 'Акмарал Тобылова', 'script': 'Cyrl', 'lang': 'ru', 'kind': 'spelling'},
                   {'name': 'Ақмарал Тобылова', 'script': 'Cyrl', 'lang': 'kk', 'kind': 'spelling'},
                   {'name': 'Akmaral Tobylova', 'script': 'Latn', 'lang': 'en', 'kind': 'transliteration'}],
                 'gender': 'female', 'birthYear': 1978,
                 'roles': ['activist', 'journalist'],
                 'place': 'kz-almaty-city',
                 'description': {'original': 'kk', 'kk': 'Журналист әйел: ә ғ қ ң ө ұ ү һ і', 'en': 'Journalist'},
                 'vulnerabilities': ['pregnant'],
                 'memberships': [
                   {'organization': '%s', 'kind': 'supporter', 'alleged': true, 'from': '2018-03-01', 'fromPrecision': 'month',
                    'sources': [{'source': '%s', 'claim': 'accused of supporting DVK'}]},
                   {'organization': '%s', 'kind': 'member', 'alleged': false, 'from': '2010-01-01', 'fromPrecision': 'year',
                    'until': '2015-06-20', 'untilPrecision': 'approximate'}],
                 'assessments': [
                   {'date': '2018-04-01', 'datePrecision': 'month', 'assessedBy': '%s',
                    'conclusion': 'prisoner_of_conscience', 'criteria': 'Amnesty International',
                    'note': {'original': 'en', 'en': 'Held for her journalism'}, 'sources': [{'source': '%s'}]},
                   {'date': '2019-01-01', 'datePrecision': 'year', 'assessedByText': 'Kazakhstan Bureau for Human Rights',
                    'conclusion': 'politically_motivated_prosecution'}],
                 'sensitive': {'contacts': '+7 701 000 00 00', 'dateOfBirth': '1978-05-04', 'consentToPublish': 'yes',
                               'consentNotes': 'agreed by phone with the monitor'},
                 'confidentiality': 'public',
                 'sources': [{'source': '%s', 'locator': 'page 3'}]}"""
                .formatted(key, dvk, source, amnesty, amnesty, source, source));

        var created = send("POST", "/api/v1/persons", tobylova, Role.EDITOR);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("version").asInt()).isEqualTo(1);
        // The creator sees the sensitive fields (a viewer does not: see crypto/ProtectedFieldsIntegrationTest).
        var byKey = send("GET", "/api/v1/persons/" + key, null, Role.EDITOR);
        var byId = send("GET", "/api/v1/persons/" + created.json().get("id").asLong(), null, Role.EDITOR);
        assertThat(content(byKey.json())).isEqualTo(tobylova);
        assertThat(content(byId.json())).isEqualTo(tobylova);
        assertThat(byKey.json().get("names").get(1).get("name").asString()).isEqualTo("Ақмарал Тобылова");
        assertThat(byKey.json().get("memberships").get(0).get("alleged").asBoolean()).isTrue();
    }

    @Test
    void rolesAreReturnedByCodeAndDefaultsAreFilledIn() {
        String key = unique("ardak-ashim");
        var created = send("POST", "/api/v1/persons", json("""
                {'key': '%s', 'name': 'Ардақ Әшім', 'roles': ['social_media_user', 'activist'],
                 'names': [{'name': 'Ardak Ashim'}], 'sensitive': {'consentToPublish': 'unknown'}}""".formatted(key)), Role.EDITOR);

        assertThat(created.status()).isEqualTo(201);
        var read = get("/api/v1/persons/" + key).json();
        assertThat(read.get("name").asString()).isEqualTo("Ардақ Әшім");
        assertThat(read.get("roles")).extracting(JsonNode::asString).containsExactly("activist", "social_media_user");
        assertThat(read.get("gender").asString()).isEqualTo("unknown");
        assertThat(read.get("names").get(0).get("kind").asString()).isEqualTo("spelling");
        assertThat(read.get("confidentiality").asString()).isEqualTo("internal");
        assertThat(read.has("sensitive")).isFalse();
    }

    @Test
    void everyProblemOfAPersonIsNamedAndNothingIsStored() {
        String dvk = anOrganization("dvk", "opposition_movement");
        String key = unique("bad-person");
        var response = send("POST", "/api/v1/persons", json("""
                {'key': '%s', 'name': 'Жанболат Мамай', 'gender': 'f', 'birthYear': 1700,
                 'names': [{'name': 'Zhanbolat Mamay', 'script': 'latin', 'kind': 'alias'}],
                 'roles': ['journalist', 'astronaut', 'journalist'],
                 'vulnerabilities': ['tired'],
                 'place': 'kz-atlantis',
                 'description': {'original': 'en', 'en': '%s'},
                 'memberships': [
                   {'organization': '%s', 'kind': 'member', 'from': '2021-02-30'},
                   {'organization': '%s', 'kind': 'member', 'from': '2018-03-15', 'fromPrecision': 'month'},
                   {'organization': '%s', 'kind': 'leader', 'from': '2019-01-01', 'until': '2018-12-31'},
                   {'organization': 'no-such-party', 'kind': 'founder'},
                   {'organization': '%s', 'kind': 'sympathiser', 'alleged': true}],
                 'assessments': [
                   {'date': '2020-01-01', 'conclusion': 'hero', 'assessedBy': 'no-such-ngo'},
                   {'conclusion': 'political_prisoner', 'assessedBy': '%s', 'assessedByText': 'Also in text'}],
                 'sensitive': {'dateOfBirth': '1990-13-01', 'consentToPublish': 'maybe'},
                 'confidentiality': 'secret'}""".formatted(key, TOO_LONG, dvk, dvk, dvk, dvk, dvk)), Role.EDITOR);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("$.gender", "$.birthYear", "$.names[0].script",
                "$.names[0].kind", "$.roles[1]", "$.roles[2]", "$.vulnerabilities[0]", "$.place", "$.description.en",
                "$.memberships[0].from", "$.memberships[1].from", "$.memberships[2].until", "$.memberships[3].organization",
                "$.memberships[4].kind", "$.assessments[0].conclusion", "$.assessments[0].assessedBy",
                "$.assessments[1].date", "$.assessments[1].assessedByText", "$.sensitive.dateOfBirth",
                "$.sensitive.consentToPublish", "$.confidentiality");
        assertThat(response.body()).contains("2021-02-30 is not a valid date", "is too long: 1048576 characters",
                "no organization 'no-such-party'", "'astronaut' is not a known role");
        assertThat(get("/api/v1/persons/" + key).status()).isEqualTo(404);
        assertThat(db.sql("select count(*) from person where key = ?").param(key).query(Long.class).single()).isZero();
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        String key = unique("duman-mukhammedkarim");
        send("POST", "/api/v1/persons", json("{'key': '%s', 'name': 'Duman Mukhammedkarim', 'roles': ['blogger']}".formatted(key)),
                Role.EDITOR);
        var first = send("PUT", "/api/v1/persons/" + key,
                json("{'version': 1, 'name': 'Duman Mukhammedkarim', 'roles': ['journalist']}"), Role.EDITOR);
        var second = send("PUT", "/api/v1/persons/" + key,
                json("{'version': 1, 'name': 'Думан Мухаммедкарим', 'roles': ['poet']}"), Role.EDITOR);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("currentVersion").asInt()).isEqualTo(2);
        var stored = get("/api/v1/persons/" + key).json();
        assertThat(stored.get("name").asString()).isEqualTo("Duman Mukhammedkarim");
        assertThat(stored.get("roles")).extracting(JsonNode::asString).containsExactly("journalist");
        assertThat(stored.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void updateReplacesMembershipsAndAssessmentsWholesale() {
        String dvk = anOrganization("dvk", "opposition_movement");
        String kbhr = anOrganization("kibhr", "ngo");
        String source = aSource();
        String key = unique("aigul-utepova");
        send("POST", "/api/v1/persons", json("""
                {'key': '%s', 'name': 'Aigul Utepova',
                 'memberships': [{'organization': '%s', 'kind': 'supporter', 'alleged': true, 'sources': [{'source': '%s'}]}],
                 'assessments': [{'date': '2021-01-01', 'conclusion': 'under_review', 'assessedBy': '%s',
                                  'sources': [{'source': '%s'}]}]}""".formatted(key, dvk, source, kbhr, source)), Role.EDITOR);

        var updated = send("PUT", "/api/v1/persons/" + key, json("""
                {'version': 1, 'key': '%s', 'name': 'Aigul Utepova',
                 'assessments': [{'date': '2021-06-01', 'datePrecision': 'month', 'conclusion': 'political_prisoner',
                                  'assessedBy': '%s'}]}""".formatted(key, kbhr)), Role.EDITOR);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().has("memberships")).isFalse();
        assertThat(updated.json().get("assessments")).hasSize(1);
        assertThat(updated.json().get("assessments").get(0).get("conclusion").asString()).isEqualTo("political_prisoner");
        long sourceId = db.sql("select id from source where key = ?").param(source).query(Long.class).single();
        assertThat(db.sql("select count(*) from citation where source_id = ?").param(sourceId).query(Long.class).single()).isZero();
    }

    @Test
    void deletionNeedsAReasonAndHidesThePerson() {
        String key = unique("gone-person");
        send("POST", "/api/v1/persons", json("{'key': '%s', 'name': 'Серікжан Білаш'}".formatted(key)), Role.EDITOR);

        assertThat(send("DELETE", "/api/v1/persons/" + key, json("{'reason': ''}"), Role.EDITOR).status()).isEqualTo(422);
        assertThat(send("DELETE", "/api/v1/persons/" + key, json("{'reason': 'entered twice'}"), Role.EDITOR).status())
                .isEqualTo(204);
        assertThat(get("/api/v1/persons/" + key).status()).isEqualTo(404);
        assertThat(get("/api/v1/persons?q=" + key).json().get("total").asInt()).isZero();
        assertThat(db.sql("select deleted_reason from person where key = ?").param(key).query(String.class).single())
                .isEqualTo("entered twice");
    }

    @Test
    void listFindsPersonsByPartOfTheirNameVariantOrKeyButOnlyThoseTheReaderMaySee() {
        String marker = unique("zq").replace("-", "");
        String open = marker + "-open";
        String hidden = marker + "-hidden";
        send("POST", "/api/v1/persons", json("""
                {'key': '%s', 'name': 'Aigerim %sova', 'names': [{'name': 'Айгерим %s', 'script': 'Cyrl'}]}"""
                .formatted(open, marker, marker + "ева")), Role.EDITOR);
        send("POST", "/api/v1/persons", json("""
                {'key': '%s', 'name': 'Aigerim %sova', 'confidentiality': 'confidential'}""".formatted(hidden, marker)),
                Role.REVIEWER);

        // the name, a name variant and the key each contain the text; the confidential namesake is not listed
        // to a viewer, nor counted
        var byName = get("/api/v1/persons?q=" + marker.toUpperCase() + "OVA");
        assertThat(keys(byName)).containsExactly(open);
        assertThat(byName.json().get("total").asInt()).isEqualTo(1);
        assertThat(keys(get("/api/v1/persons?q=" + URLEncoder.encode(marker + "ева", StandardCharsets.UTF_8))))
                .containsExactly(open);
        assertThat(keys(get("/api/v1/persons?q=" + marker + "-op"))).containsExactly(open);
        assertThat(keys(get("/api/v1/persons?q=" + marker + "-hid"))).isEmpty();
        assertThat(keys(send("GET", "/api/v1/persons?q=" + marker, null, Role.REVIEWER))).containsExactly(hidden, open);
    }

    @Test
    void listFiltersByNameVariantRoleOrganizationAndPlaceWithinARegion() {
        String party = anOrganization("party", "political_party");
        String variant = "Мұхтар-" + unique("x").substring(2);
        String key = unique("mukhtar");
        send("POST", "/api/v1/persons", json("""
                {'key': '%s', 'name': 'Mukhtar Dzhakishev', 'roles': ['businessperson'], 'place': 'kz-almaty-city',
                 'names': [{'name': '%s', 'script': 'Cyrl', 'lang': 'kk'}],
                 'memberships': [{'organization': '%s', 'kind': 'founder'}]}""".formatted(key, variant, party)), Role.EDITOR);
        String q = "q=" + URLEncoder.encode(variant, StandardCharsets.UTF_8);

        assertThat(keys(get("/api/v1/persons?" + q))).containsExactly(key);
        assertThat(keys(get("/api/v1/persons?" + q + "&role=businessperson&organization=" + party + "&place=kz"))).containsExactly(key);
        assertThat(keys(get("/api/v1/persons?organization=" + party))).containsExactly(key);
        assertThat(keys(get("/api/v1/persons?" + q + "&role=judge"))).isEmpty();
        assertThat(keys(get("/api/v1/persons?" + q + "&place=kz-astana-city"))).isEmpty();
        assertThat(get("/api/v1/persons?sort=-name&size=5").status()).isEqualTo(200);
        var badSort = get("/api/v1/persons?sort=birthYear");
        assertThat(badSort.status()).isEqualTo(422);
        assertThat(badSort.errorFields()).containsExactly("query.sort");
    }

    private String anOrganization(String prefix, String kind) {
        String key = unique(prefix);
        var created = send("POST", "/api/v1/organizations", json("{'key': '%s', 'name': '%s', 'kind': '%s'}".formatted(key, key, kind)),
                Role.EDITOR);
        assertThat(created.status()).isEqualTo(201);
        return key;
    }

    private String aSource() {
        String key = unique("odf");
        var source = send("POST", "/api/v1/sources", json("{'key': '%s', 'url': 'https://odfoundation.eu/a', 'kind': 'ngo_report'}"
                .formatted(key)), Role.EDITOR);
        assertThat(source.status()).isEqualTo(201);
        return key;
    }

    private static List<String> keys(Response response) {
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("items").valueStream().map(item -> item.get("key").asString()).toList();
    }

    private static JsonNode content(JsonNode document) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        for (String metadata : List.of("id", "version", "createdAt", "updatedAt")) {
            copy.remove(metadata);
        }
        return copy;
    }
}
