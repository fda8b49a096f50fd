package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nobody learns that a record beyond their clearance exists, by any read path of the API: every list with every
 * filter, counts, single reads by key and by id, legal status, and the parts of visible records that refer to
 * hidden ones. Fixtures are made by an administrator; every confidential record carries one marker in its key and
 * text, so a leak anywhere shows as the marker in a response.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialityIntegrationTest extends ApiIntegrationTest {

    private final String mark = unique("zqx");
    private final String noConsent = unique("nc");
    private final String pub = unique("pub");
    private String otherEditor;

    @Autowired
    private JdbcClient db;

    @BeforeAll
    void recordWithEveryLevel() {
        create("/api/v1/sources", "{'key': '%s-src', 'title': {'original': 'en', 'en': 'Informant %s'}, 'kind': 'testimony',"
                + " 'confidentiality': 'confidential'}", mark, mark);
        create("/api/v1/sources", "{'key': '%s-src', 'url': 'https://bureau.kz/%s', 'kind': 'media', 'confidentiality': 'public',"
                + " 'informant': 'Told by %s, +7 701 000 0000'}", pub, pub, mark);
        create("/api/v1/organizations", "{'key': '%s-org', 'name': 'Cell %s', 'kind': 'opposition_movement',"
                + " 'confidentiality': 'confidential'}", mark, mark);
        create("/api/v1/persons", "{'key': '%s-person', 'name': 'Secret Person %s', 'place': 'kz-almaty-city',"
                + " 'confidentiality': 'confidential'}", mark, mark);
        create("/api/v1/persons", "{'key': '%s-person', 'name': 'Unconsenting %s', 'place': 'kz-shymkent-city',"
                + " 'confidentiality': 'public', 'sensitive': {'consentToPublish': 'no'}}", noConsent, noConsent);
        create("/api/v1/persons", "{'key': '%s-person', 'name': 'Public Person %s', 'confidentiality': 'public',"
                + " 'sensitive': {'consentToPublish': 'yes', 'address': '%s street 1', 'contacts': 'telegram %s',"
                + " 'dateOfBirth': '1990-01-02', 'consentNotes': 'agreed with %s'}}", pub, pub, mark, mark, mark);
        create("/api/v1/events", "{'key': '%s-event', 'title': {'original': 'en', 'en': 'Hidden gathering %s'},"
                + " 'date': '2020-02-22', 'confidentiality': 'confidential'}", mark, mark);
        create("/api/v1/cases", "{'key': '%s-case', 'kind': 'criminal', 'number': '%s', 'confidentiality': 'confidential',"
                + " 'parties': [{'person': '%s-person', 'role': 'defendant'}],"
                + " 'charges': [{'defendant': '%s-person', 'code': 'CC', 'article': '405'}],"
                + " 'stages': [{'kind': 'opened', 'date': '2020-02-01'}]}", mark, mark, mark, mark);
        create("/api/v1/incidents", incident(mark + "-inc", "Confidential detention " + mark, "confidential", "published",
                "[{'person': '" + pub + "-person'}]", ""));
        create("/api/v1/incidents", incident(pub + "-inc", "Detention at a rally in Shymkent", "public", "published",
                "[{'person': '" + mark + "-person'}, {'person': '" + noConsent + "-person'}, {'person': '" + pub + "-person'},"
                        + " {'organization': '" + mark + "-org'}]",
                ", 'perpetrators': [{'kind': 'police', 'organization': '" + mark + "-org'}], 'event': '" + mark + "-event',"
                        + " 'legalCases': ['" + mark + "-case'], 'sources': [{'source': '" + mark + "-src'}, {'source': '"
                        + pub + "-src'}], 'testimony': 'In confidence: " + mark + " saw it'"));
        create("/api/v1/incidents", incident(pub + "-draft", "Internal draft " + pub, "internal", "draft",
                "[{'person': '" + mark + "-person'}]", ""));
        create("/api/v1/interventions", "{'key': '%s-appeal', 'kind': 'urgent_appeal', 'date': '2020-03-01',"
                + " 'title': {'original': 'en', 'en': 'Appeal %s'}, 'confidentiality': 'confidential',"
                + " 'persons': ['%s-person']}", mark, mark, mark);
        String name = "editor2-" + mark;
        users.create(name, Role.EDITOR, PASSWORD, false);
        otherEditor = apiTokens.create(name, "test", null);
    }

    private String incident(String key, String title, String level, String status, String victims, String more) {
        return ("{'key': '%s', 'title': {'original': 'en', 'en': '%s'}, 'date': '2020-02-22', 'place': 'kz-shymkent-city',"
                + " 'types': ['detention'], 'rights': ['assembly'], 'articles': [{'code': 'CC', 'article': '405'}],"
                + " 'confidentiality': '%s', 'reviewStatus': '%s', 'victims': %s%s}")
                .formatted(key, title, level, status, victims, more);
    }

    private void create(String path, String template, Object... args) {
        var created = send("POST", path, json(args.length == 0 ? template : template.formatted(args)), Role.ADMIN);
        assertThat(created.status()).as(path + ": " + created.body()).isEqualTo(201);
    }

    /** Every read of the API that could show a record, with every filter that could match a hidden one. */
    private List<String> readPaths() {
        List<String> paths = new ArrayList<>();
        for (String list : List.of("incidents", "persons", "organizations", "sources", "events", "cases", "interventions")) {
            paths.add("/api/v1/" + list + "?size=500");
            paths.add("/api/v1/" + list + "?q=" + mark);
        }
        paths.addAll(List.of(
                "/api/v1/incidents?person=" + mark + "-person", "/api/v1/incidents?organization=" + mark + "-org",
                "/api/v1/incidents?article=CC-405&size=500", "/api/v1/incidents?type=detention&size=500",
                "/api/v1/incidents?place=kz-shymkent-city&size=500", "/api/v1/incidents?reviewStatus=published&size=500",
                "/api/v1/incidents?from=2020-02-01&to=2020-02-29&size=500",
                "/api/v1/incidents/" + pub + "-inc",
                "/api/v1/persons?organization=" + mark + "-org", "/api/v1/persons?place=kz-almaty-city&size=500",
                "/api/v1/cases?person=" + mark + "-person", "/api/v1/cases?article=405&code=CC&size=500",
                "/api/v1/interventions?person=" + mark + "-person",
                "/api/v1/persons/" + pub + "-person", "/api/v1/persons/" + pub + "-person/legal-status"));
        return paths;
    }

    /** What only signed-in users read: the history of visible records that refer to hidden ones. */
    private List<String> signedInReadPaths() {
        return List.of("/api/v1/incidents/" + pub + "-inc/history", "/api/v1/persons/" + pub + "-person/history",
                "/api/v1/contacts?size=500", "/api/v1/sources/" + pub + "-src/files");
    }

    /** The addresses of the hidden records themselves, by key and by id, each with the like address of no record. */
    private Map<String, String> hiddenRecords() {
        Map<String, String> byTable = new LinkedHashMap<>();
        byTable.put("incidents", "incident:" + mark + "-inc");
        byTable.put("persons", "person:" + mark + "-person");
        byTable.put("organizations", "organization:" + mark + "-org");
        byTable.put("sources", "source:" + mark + "-src");
        byTable.put("events", "event:" + mark + "-event");
        byTable.put("cases", "legal_case:" + mark + "-case");
        byTable.put("interventions", "intervention:" + mark + "-appeal");
        Map<String, String> paths = new LinkedHashMap<>();
        String none = unique("none");
        byTable.forEach((path, tableAndKey) -> {
            String[] tk = tableAndKey.split(":");
            long id = db.sql("select id from " + tk[0] + " where key = ?").param(tk[1]).query(Long.class).single();
            paths.put("/api/v1/" + path + "/" + tk[1], "/api/v1/" + path + "/" + none);
            paths.put("/api/v1/" + path + "/" + id, "/api/v1/" + path + "/999999999");
            paths.put("/api/v1/" + path + "/" + tk[1] + "/history", "/api/v1/" + path + "/" + none + "/history");
            paths.put("/api/v1/" + path + "/" + id + "/history/1", "/api/v1/" + path + "/999999999/history/1");
        });
        paths.put("/api/v1/persons/" + mark + "-person/legal-status", "/api/v1/persons/" + none + "/legal-status");
        paths.put("/api/v1/sources/" + mark + "-src/files", "/api/v1/sources/" + none + "/files");
        return paths;
    }

    private Response read(String path, String token) {
        return send("GET", path, null, token, "application/json");
    }

    private void assertNothingHiddenShows(String who, String token, boolean consentMatters) {
        for (String path : readPaths()) {
            Response response = read(path, token);
            assertThat(response.status()).as(who + " " + path + ": " + response.body()).isEqualTo(200);
            assertThat(response.body()).as(who + " " + path).doesNotContain(mark);
            if (consentMatters) {
                assertThat(response.body()).as(who + " " + path).doesNotContain(noConsent);
            }
        }
        for (String path : token == null ? List.<String>of() : signedInReadPaths()) {
            Response response = read(path, token);
            assertThat(response.status()).as(who + " " + path + ": " + response.body()).isEqualTo(200);
            assertThat(response.body()).as(who + " " + path).doesNotContain(mark);
        }
        for (var paths : hiddenRecords().entrySet()) {
            String path = paths.getKey();
            Response hidden = read(path, token);
            Response missing = read(paths.getValue(), token);
            assertThat(hidden.status()).as(who + " " + path).isIn(401, 404).isEqualTo(missing.status());
            assertThat(hidden.json().get("title")).as(who + " " + path).isEqualTo(missing.json().get("title"));
        }
    }

    @Test
    void anonymousVisitorsSeeOnlyPublishedPublicRecordsAndNoUnconsentingName() {
        assertNothingHiddenShows("anonymous", null, true);

        var incident = read("/api/v1/incidents/" + pub + "-inc", null).json();
        var victims = incident.get("victims");
        assertThat(victims).hasSize(4);
        assertThat(victims.get(0).get("withheld").asString()).isEqualTo("a resident of Almaty");
        assertThat(victims.get(1).get("withheld").asString()).isEqualTo("a resident of Shymkent");
        assertThat(victims.get(2).get("person").asString()).isEqualTo(pub + "-person");
        assertThat(victims.get(3).get("withheld").asString()).isEqualTo("an organisation whose name is withheld");
        assertThat(read("/api/v1/incidents/" + pub + "-draft", null).status()).isEqualTo(404);
        assertThat(read("/api/v1/persons/" + noConsent + "-person", null).status()).isEqualTo(404);
        assertThat(read("/api/v1/incidents/" + pub + "-inc?lang=ru", null).json().get("victims").get(1).get("withheld")
                .asString()).isEqualTo("жит. Шымкент");
    }

    @Test
    void viewersSeeInternalRecordsButNothingConfidential() {
        assertNothingHiddenShows("viewer", token(Role.VIEWER), false);

        assertThat(read("/api/v1/incidents/" + pub + "-draft", token(Role.VIEWER)).status()).isEqualTo(200);
        assertThat(read("/api/v1/persons/" + noConsent + "-person", token(Role.VIEWER)).status()).isEqualTo(200);
    }

    @Test
    void editorsSeeNoConfidentialRecordTheyDidNotCreate() {
        assertNothingHiddenShows("editor", token(Role.EDITOR), false);
    }

    @Test
    void theWebPagesShowNothingHiddenToViewersOrEditors() throws Exception {
        for (Role role : List.of(Role.VIEWER, Role.EDITOR)) {
            String name = unique("pages-" + role.code());
            users.create(name, role, PASSWORD, false);
            Browser browser = new Browser(port);
            assertThat(browser.signIn(name, PASSWORD).statusCode()).isEqualTo(302);
            List<String> pages = new ArrayList<>(List.of("/", "/incidents", "/incidents?q=" + mark,
                    "/incidents?organization=" + mark + "-org", "/incidents?person=" + mark + "-person",
                    "/incidents/" + pub + "-inc", "/persons/" + pub + "-person", "/incidents?lang=ru"));
            if (role == Role.EDITOR) {
                pages.addAll(List.of("/pickers/persons?field=victims&q=Secret", "/pickers/organizations?field=organizations&q=Cell",
                        "/pickers/sources?field=sources&q=Informant", "/pickers/persons?field=victims&q=" + mark, "/incidents/new"));
            }
            for (String page : pages) {
                var response = browser.get(page);
                assertThat(response.statusCode()).as(role + " " + page).isEqualTo(200);
                // a page may echo the words or filter asked for; it must show none of the hidden records
                String body = page.contains(mark) ? response.body().replace(page.substring(page.lastIndexOf('=') + 1), "") : response.body();
                assertThat(body).as(role + " " + page).doesNotContain(mark);
            }
            String none = unique("none");
            for (String page : List.of("/incidents/%s-inc", "/persons/%s-person", "/organizations/%s-org", "/cases/%s-case")) {
                var hidden = browser.get(page.formatted(mark));
                var missing = browser.get(page.formatted(none));
                assertThat(hidden.statusCode()).as(role + " " + page).isEqualTo(404).isEqualTo(missing.statusCode());
                // the same page, but for the address asked for and the sign-out form's one-time CSRF token
                assertThat(withoutTokens(hidden.body())).isEqualTo(withoutTokens(missing.body()).replace(none, mark));
            }
        }
    }

    private static String withoutTokens(String html) {
        return html.replaceAll("value=\"[A-Za-z0-9_-]{20,}=*\"", "value=\"\"");
    }

    @Test
    void reviewersAndAdministratorsSeeEverything() {
        for (Role role : List.of(Role.REVIEWER, Role.ADMIN)) {
            for (String path : hiddenRecords().keySet()) {
                assertThat(read(path, token(role)).status()).as(role + " " + path).isEqualTo(200);
            }
            var victims = read("/api/v1/incidents/" + pub + "-inc", token(role)).json().get("victims");
            assertThat(victims.get(0).get("person").asString()).isEqualTo(mark + "-person");
            assertThat(read("/api/v1/incidents?q=" + mark, token(role)).json().get("total").asLong()).isEqualTo(1);
        }
    }

    @Test
    void anEditorSeesTheConfidentialRecordsTheyCreatedAndNoOtherEditorDoes() {
        String key = unique("own");
        var created = send("POST", "/api/v1/incidents", json(incident(key, "Testimony taken in confidence", "confidential",
                "draft", "[]", "")), Role.EDITOR);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(read("/api/v1/incidents/" + key, token(Role.EDITOR)).status()).isEqualTo(200);
        assertThat(read("/api/v1/incidents/" + key, otherEditor).status()).isEqualTo(404);
        assertThat(read("/api/v1/incidents/" + key, token(Role.VIEWER)).status()).isEqualTo(404);
        assertThat(read("/api/v1/incidents/" + key, token(Role.REVIEWER)).status()).isEqualTo(200);
    }

    @Test
    void anEditorCannotOverwriteARecordWithPartsBeyondTheirClearance() {
        var seen = read("/api/v1/incidents/" + pub + "-inc", token(Role.EDITOR)).json();
        var update = send("PUT", "/api/v1/incidents/" + pub + "-inc", seen, Role.EDITOR);

        assertThat(update.status()).as(update.body()).isEqualTo(403);
        assertThat(update.body()).doesNotContain(mark);
        var whole = read("/api/v1/incidents/" + pub + "-inc", token(Role.REVIEWER)).json();
        assertThat(whole.get("victims")).hasSize(4);
        assertThat(whole.get("victims").get(0).get("person").asString()).isEqualTo(mark + "-person");
    }

    @Test
    void deletingARecordThatHiddenRecordsReferToIsRefusedWithoutNamingThem() {
        var refused = send("DELETE", "/api/v1/persons/" + pub + "-person", json("{'reason': 'duplicate'}"), Role.EDITOR);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).doesNotContain(mark).contains("not cleared to see");
        assertThat(read("/api/v1/persons/" + pub + "-person", token(Role.VIEWER)).status()).isEqualTo(200);
    }

    @Test
    void injectionInEveryFilterIsInertAndLeaksNothing() {
        List<String> payloads = List.of("' OR '1'='1", "x'; drop table incident; --", "%' or 1=1 --", "\\", "1) or (1=1",
                mark + "' or key like '%");
        Map<String, List<String>> parameters = Map.of(
                "incidents", List.of("from", "to", "place", "type", "right", "person", "organization", "article",
                        "reviewStatus", "q", "sort"),
                "persons", List.of("q", "role", "organization", "place", "sort"),
                "organizations", List.of("q", "kind", "sort"),
                "sources", List.of("q"),
                "events", List.of("from", "to", "q"),
                "cases", List.of("person", "code", "article", "kind", "q"),
                "interventions", List.of("person", "kind"));
        long incidentsBefore = db.sql("select count(*) from incident").query(Long.class).single();
        parameters.forEach((list, names) -> {
            for (String name : names) {
                for (String payload : payloads) {
                    String path = "/api/v1/" + list + "?" + name + "=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
                    for (String token : new String[] {null, token(Role.VIEWER)}) {
                        Response response = read(path, token);
                        assertThat(response.status()).as(path + ": " + response.body()).isIn(200, 422);
                        assertThat(response.body()).as(path).doesNotContain(mark + "-");
                    }
                }
            }
        });
        assertThat(db.sql("select count(*) from incident").query(Long.class).single()).isEqualTo(incidentsBefore);
    }

    @Test
    void markupInTextComesBackAsJsonDataThatNoBrowserRuns() {
        String key = unique("xss");
        String payload = "<script>alert(1)</script><img src=x onerror=alert(1)>";
        var created = send("POST", "/api/v1/sources", json(("{'key': '%s', 'title': {'original': 'en', 'en': '%s'},"
                + " 'outlet': '%s', 'kind': 'media'}").formatted(key, payload, payload)), Role.EDITOR);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var read = read("/api/v1/sources/" + key, token(Role.VIEWER));
        assertThat(read.json().get("title").get("en").asString()).isEqualTo(payload);
        assertThat(read.json().get("outlet").asString()).isEqualTo(payload);
    }
}
