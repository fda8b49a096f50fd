package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The organisation form: names and abbreviations in every script, the organisation it is part of and the status
 * history, recorded and edited through the pages, with problems in their row, input kept, and no silent overwrite.
 */
class OrganizationFormIntegrationTest extends WebIntegrationTest {

    private WebSession editor;

    @Autowired
    JdbcClient db;

    @BeforeEach
    void signIn() {
        editor = signedIn(Role.EDITOR);
    }

    private static String keyOf(HttpResponse<String> saved) {
        String location = saved.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/organizations/") + "/organizations/".length(), location.indexOf('?'));
    }

    private String organization(String name, String kind) {
        String key = unique("org");
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': '%s', 'kind': '%s'}""".formatted(key, name, kind)), Role.EDITOR).status())
                .isEqualTo(201);
        return key;
    }

    private JsonNode organizationRead(String key) {
        return send("GET", "/api/v1/organizations/" + key, null, Role.REVIEWER).json();
    }

    @Test
    void aMonitorRecordsAMovementWithItsNamesInEveryScriptItsParentAndItsStatusHistory() {
        String tag = unique("o");
        String movement = organization("Koshe Partiyasy " + tag, "opposition_movement");
        String court = organization("Specialised inter-district administrative court of Almaty " + tag, "court");
        HttpResponse<String> saved = editor.submit("/organizations?lang=kk", "/organizations/new?lang=kk", "language", "kk",
                "name", "Koshe Almaty branch " + tag,
                "names[0].name", "Көше партиясы Алматы филиалы " + tag, "names[0].script", "Cyrl", "names[0].lang", "kk",
                "names[0].kind", "name",
                "names[1].name", "КП", "names[1].script", "Cyrl", "names[1].lang", "ru", "names[1].kind", "abbreviation",
                "names[2].name", "KP", "names[2].script", "Latn", "names[2].lang", "en", "names[2].kind", "abbreviation",
                "kind", "opposition_movement", "parent", movement, "place", "kz-almaty-city",
                "description", "Қозғалыстың Алматыдағы бөлімшесі: ә ғ қ ң ө ұ ү һ і",
                "statuses[0].status", "registration_denied", "statuses[0].date", "2019-05",
                "statuses[0].decidedByText", "Ministry of Justice",
                "statuses[1].status", "banned_extremist", "statuses[1].date", "2021-02-15", "statuses[1].decidedBy", court,
                "statuses[1].note", "Сот шешімімен", "confidentiality", "public", "confirmNew", "true");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String key = keyOf(saved);
        JsonNode read = organizationRead(key);
        assertThat(read.get("names").get(0).get("name").asString()).isEqualTo("Көше партиясы Алматы филиалы " + tag);
        assertThat(read.get("names").get(1).get("kind").asString()).isEqualTo("abbreviation");
        assertThat(read.get("names").get(2).get("script").asString()).isEqualTo("Latn");
        assertThat(read.get("parent").asString()).isEqualTo(movement);
        assertThat(read.get("description").get("kk").asString()).isEqualTo("Қозғалыстың Алматыдағы бөлімшесі: ә ғ қ ң ө ұ ү һ і");
        assertThat(read.get("statuses").get(0).get("date").asString()).isEqualTo("2019-05-01");
        assertThat(read.get("statuses").get(0).get("datePrecision").asString()).isEqualTo("month");
        assertThat(read.get("statuses").get(0).get("decidedByText").asString()).isEqualTo("Ministry of Justice");
        assertThat(read.get("statuses").get(1).get("decidedBy").asString()).isEqualTo(court);
        assertThat(read.get("statuses").get(1).get("note").get("kk").asString()).isEqualTo("Сот шешімімен");

        assertThat(editor.get("/organizations/" + key + "?saved&lang=en").body()).contains("The organisation is saved.",
                "href=\"/organizations/" + key + "/edit\"", "Part of", "href=\"/organizations/" + movement + "\"");
        assertThat(editor.get("/organizations/" + movement + "?lang=en").body()).contains("Branches and parts",
                "href=\"/organizations/" + key + "\"");
        assertThat(editor.get("/organizations/" + key + "/edit?lang=kk").body()).contains(
                "value=\"Көше партиясы Алматы филиалы " + tag + "\"", "value=\"КП\"", "value=\"2019-05\"",
                "Koshe Partiyasy " + tag, "Specialised inter-district administrative court of Almaty " + tag);
    }

    @Test
    void badInputShowsEachProblemInItsRowKeepsWhatWasTypedAndSavesNothing() {
        String name = "Atajurt " + unique("bad");
        String court = organization("Court " + unique("c"), "court");
        HttpResponse<String> refused = editor.submit("/organizations", "/organizations/new", "language", "en", "name", name,
                "kind", "ngo", "parent", "no-such-organization", "names[0].name", "Атажұрт", "names[0].lang", "kk",
                "statuses[0].status", "registered", "statuses[0].date", "spring 2018",
                "statuses[1].date", "2019-03", "statuses[1].decidedBy", court, "statuses[1].decidedByText", "Yesil court",
                "confirmNew", "true");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"parent-error\"", "no organization 'no-such-organization'",
                "id=\"statuses-0-date-error\"", "'spring 2018' is not a date", "id=\"statuses-1-status-error\"",
                "id=\"statuses-1-decidedByText-error\"", "Status history, row 2: Status",
                "value=\"" + name + "\"", "value=\"Атажұрт\"", "value=\"spring 2018\"", "value=\"Yesil court\"");
        assertThat(db.sql("select count(*) from organization where name = ?").param(name).query(Long.class).single())
                .isZero();
    }

    @Test
    void anEditKeepsTranslationsAndCitationsAndASecondEditAtTheSameVersionIsAConflict() {
        String key = unique("org");
        String source = unique("source");
        assertThat(send("POST", "/api/v1/sources", json("""
                {'key': '%s', 'url': 'https://adilet.zan.kz/%s', 'kind': 'court_document'}""".formatted(source, source)),
                Role.EDITOR).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Erkindik Qanaty', 'kind': 'opposition_movement',
                 'description': {'original': 'ru', 'ru': 'Оппозиционное движение', 'en': 'Opposition movement'},
                 'statuses': [{'status': 'banned_extremist', 'date': '2018-03-13', 'decidedByText': 'Yesil District Court',
                               'note': {'original': 'ru', 'ru': 'Решение суда', 'en': 'Court decision'},
                               'sources': [{'source': '%s'}]}],
                 'sources': [{'source': '%s'}]}""".formatted(key, source, source)), Role.EDITOR).status()).isEqualTo(201);
        String form = editor.get("/organizations/" + key + "/edit?lang=en").body();
        WebSession other = signedIn(Role.REVIEWER);
        String otherForm = other.get("/organizations/" + key + "/edit?lang=en").body();
        assertThat(form).contains("Court decision", "value=\"2018-03-13\"");
        String status = WebSession.value(form, "statuses[0].origin");
        assertThat(status).as("the stored status the row shows").isNotBlank();

        HttpResponse<String> first = editor.post("/organizations/" + key, "version", "1", "language", "en",
                "name", "Erkindik Qanaty", "kind", "opposition_movement",
                "description", "Opposition movement led from abroad", "names[0].name", "EQ", "names[0].kind", "abbreviation",
                "statuses[0].status", "banned_extremist", "statuses[0].date", "2018-03-13",
                "statuses[0].decidedByText", "Yesil District Court of Astana", "statuses[0].note", "Court decision",
                "statuses[0].origin", status, "_csrf", WebSession.csrf(form));
        HttpResponse<String> second = other.post("/organizations/" + key, "version", "1", "language", "en",
                "name", "Erkindik Qanaty movement", "kind", "opposition_movement", "_csrf", WebSession.csrf(otherForm));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        JsonNode saved = organizationRead(key);
        assertThat(saved.get("description").get("ru").asString()).isEqualTo("Оппозиционное движение");
        assertThat(saved.get("description").get("en").asString()).isEqualTo("Opposition movement led from abroad");
        assertThat(saved.get("names").get(0).get("name").asString()).isEqualTo("EQ");
        assertThat(saved.get("statuses").get(0).get("decidedByText").asString()).isEqualTo("Yesil District Court of Astana");
        assertThat(saved.get("statuses").get(0).get("note").get("ru").asString()).isEqualTo("Решение суда");
        assertThat(saved.get("statuses").get(0).get("sources").get(0).get("source").asString()).isEqualTo(source);
        assertThat(saved.get("sources").get(0).get("source").asString()).isEqualTo(source);

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("Someone else saved this organisation while you were editing it", "Erkindik Qanaty movement",
                "Yesil District Court of Astana", "name=\"version\" value=\"2\"");
        assertThat(organizationRead(key).get("name").asString()).isEqualTo("Erkindik Qanaty");
    }

    @Test
    void afterSomeoneElseRemovedTheFirstStatusASaveFromTheConflictPageKeepsTheSecondsNoteAndCitationOnTheSecond() {
        String key = unique("org");
        String source = unique("source");
        assertThat(send("POST", "/api/v1/sources", json("""
                {'key': '%s', 'url': 'https://adilet.zan.kz/%s', 'kind': 'court_document'}""".formatted(source, source)),
                Role.EDITOR).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Koshe Partiyasy %s', 'kind': 'opposition_movement',
                 'statuses': [{'status': 'registration_denied', 'date': '2019-05-01', 'datePrecision': 'month',
                               'decidedByText': 'Ministry of Justice'},
                              {'status': 'banned_extremist', 'date': '2021-02-15', 'decidedByText': 'Almaty court',
                               'note': {'original': 'ru', 'ru': 'Решение суда', 'en': 'Court decision'},
                               'sources': [{'source': '%s'}]}]}""".formatted(key, key, source)), Role.EDITOR).status())
                .isEqualTo(201);
        String mine = editor.get("/organizations/" + key + "/edit?lang=en").body();
        WebSession other = signedIn(Role.EDITOR);
        String theirs = other.get("/organizations/" + key + "/edit?lang=en").body();
        assertThat(other.post("/organizations/" + key, "version", "1", "language", "en", "name", "Koshe Partiyasy " + key,
                "kind", "opposition_movement", "statuses[0].status", "banned_extremist", "statuses[0].date", "2021-02-15",
                "statuses[0].decidedByText", "Almaty court", "statuses[0].note", "Court decision",
                "statuses[0].origin", WebSession.value(theirs, "statuses[1].origin"), "_csrf", WebSession.csrf(theirs))
                .statusCode()).isEqualTo(302);

        String[] rows = {"statuses[0].status", "registration_denied", "statuses[0].date", "2019-05",
                "statuses[0].decidedByText", "Ministry of Justice",
                "statuses[0].origin", WebSession.value(mine, "statuses[0].origin"),
                "statuses[1].status", "banned_extremist", "statuses[1].date", "2021-02-15",
                "statuses[1].decidedByText", "Almaty court", "statuses[1].note", "Court decision of 15 February",
                "statuses[1].origin", WebSession.value(mine, "statuses[1].origin")};
        List<String> first = new ArrayList<>(List.of(rows));
        first.addAll(List.of("version", "1", "language", "en", "name", "Koshe Partiyasy " + key,
                "kind", "opposition_movement", "_csrf", WebSession.csrf(mine)));
        HttpResponse<String> conflict = editor.post("/organizations/" + key, first.toArray(String[]::new));
        assertThat(conflict.statusCode()).isEqualTo(409);
        String page = conflict.body();
        List<String> again = new ArrayList<>(List.of("version", WebSession.value(page, "version"), "language", "en",
                "name", "Koshe Partiyasy " + key, "kind", "opposition_movement", "_csrf", WebSession.csrf(page)));
        again.addAll(List.of(rows));
        assertThat(WebSession.value(page, "statuses[0].origin")).as("the conflict page keeps what each row shows")
                .isEqualTo(WebSession.value(mine, "statuses[0].origin"));
        assertThat(WebSession.value(page, "statuses[1].origin")).isEqualTo(WebSession.value(mine, "statuses[1].origin"));
        HttpResponse<String> saved = editor.post("/organizations/" + key, again.toArray(String[]::new));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode statuses = organizationRead(key).get("statuses");
        assertThat(statuses).hasSize(2);
        assertThat(statuses.get(0).get("status").asString()).isEqualTo("registration_denied");
        assertThat(statuses.get(0).has("sources") && !statuses.get(0).get("sources").isEmpty())
                .as("the status someone else removed comes back without the other's citation").isFalse();
        assertThat(statuses.get(0).has("note") && !statuses.get(0).get("note").isNull()).isFalse();
        assertThat(statuses.get(1).get("sources").get(0).get("source").asString()).isEqualTo(source);
        assertThat(statuses.get(1).get("note").get("ru").asString()).isEqualTo("Решение суда");
        assertThat(statuses.get(1).get("note").get("en").asString()).isEqualTo("Court decision of 15 February");
    }

    @Test
    void aNewOrganisationWhoseNameIsAlreadyRecordedIsShownTheExistingOneFirst() {
        String tag = unique("qz").replace("-", "");
        String existing = organization("Oyan Qazaqstan " + tag, "informal_group");
        String[] fields = {"language", "en", "name", "Оян Қазақстан " + tag, "kind", "informal_group"};

        HttpResponse<String> warned = editor.submit("/organizations", "/organizations/new", fields);

        assertThat(warned.statusCode()).isEqualTo(200);
        assertThat(warned.body()).contains("This organisation may already exist:", "/organizations/" + existing,
                "name=\"confirmNew\"", "value=\"Оян Қазақстан " + tag + "\"");
        assertThat(db.sql("select count(*) from organization where name = ?").param("Оян Қазақстан " + tag)
                .query(Long.class).single()).isZero();
    }

    @Test
    void viewersCanNeitherOpenTheFormNorSaveAnOrganisation() {
        WebSession viewer = signedIn(Role.VIEWER);
        String key = organization("Viewer test " + unique("v"), "ngo");

        assertThat(viewer.get("/organizations/new").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/organizations/" + key + "/edit").statusCode()).isEqualTo(403);
        String csrf = WebSession.csrf(viewer.get("/").body());
        assertThat(viewer.post("/organizations", "name", "Not saved", "_csrf", csrf).statusCode()).isEqualTo(403);
        assertThat(viewer.post("/organizations/" + key, "name", "Not saved", "version", "1", "_csrf", csrf).statusCode())
                .isEqualTo(403);
        assertThat(viewer.get("/organizations/" + key).body()).doesNotContain("/organizations/" + key + "/edit");
    }
}
