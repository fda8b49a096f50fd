package org.kuzet.exchange;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kuzet.KuzetApplication;
import org.kuzet.security.ApiTokens;
import org.kuzet.security.Role;
import org.kuzet.security.Users;
import org.kuzet.shared.Actor;
import org.kuzet.support.ApiIntegrationTest;
import org.kuzet.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code serve --demo} does on a fresh data folder (always the embedded server: the demo loads only into
 * an empty record), read back through the API with a token, as the README promises.
 */
class DemoDataIntegrationTest {

    private static ConfigurableApplicationContext app;
    private static String token;
    private static String editorToken;
    private static int port;

    @BeforeAll
    static void startOnAnEmptyDataFolder() {
        app = new SpringApplicationBuilder(KuzetApplication.class)
                .properties(Map.of("server.port", "0",
                        "kuzet.data-dir", TestDatabase.dataDir("demo-" + UUID.randomUUID()).toString()))
                .run();
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        app.getBean(Users.class).create("reader", Role.VIEWER, "correct horse battery staple at the zoo", false);
        token = app.getBean(ApiTokens.class).create("reader", "test", null);
        app.getBean(Users.class).create("editor", Role.EDITOR, "correct horse battery staple at the zoo", false);
        editorToken = app.getBean(ApiTokens.class).create("editor", "test", null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode get(String path) throws Exception {
        return get(path, token);
    }

    private static JsonNode get(String path, String bearer) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + bearer).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return ApiIntegrationTest.JSON.readTree(response.body());
    }

    private static long total(String path) throws Exception {
        return get(path).get("total").asLong();
    }

    @Test
    void demoRecordLoadsOnceAndServesTheCorpusThroughTheApi() throws Exception {
        DemoData demo = app.getBean(DemoData.class);
        var loaded = Actor.callAs(Actor.COMMAND_LINE, demo::loadIntoEmptyRecord);
        var again = Actor.callAs(Actor.COMMAND_LINE, demo::loadIntoEmptyRecord);

        assertThat(loaded).isPresent();
        assertThat(again).as("a second start does not load the demo twice").isEmpty();
        assertThat(total("/api/v1/incidents?size=1")).isGreaterThanOrEqualTo(60);
        assertThat(total("/api/v1/persons?size=1")).isGreaterThanOrEqualTo(50);
        assertThat(total("/api/v1/organizations?size=1")).isGreaterThanOrEqualTo(15);
        assertThat(total("/api/v1/cases?size=1")).isGreaterThanOrEqualTo(25);
        assertThat(total("/api/v1/reported-figures?size=1")).isGreaterThanOrEqualTo(3);
        assertThat(total("/api/v1/reported-figures?from=2020-09-25&to=2020-09-25&type=detention")).isEqualTo(1);
        assertThat(total("/api/v1/organizations?q=" + URLEncoder.encode("ДВК", StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(total("/api/v1/incidents?person=asya-tulesova&article=CC-380")).isGreaterThanOrEqualTo(1);
        get("/api/v1/incidents?size=500").get("items")
                .forEach(i -> assertThat(i.has("sources")).as("%s cites a source", i.get("key").asString()).isTrue());
        // issue 14: the spellings of the foreign press find the demo's persons first
        assertThat(firstPersonFound("Dschumagulow")).isEqualTo("almat-zhumagulov");
        assertThat(firstPersonFound("Asset Abichev")).isEqualTo("asset-abishev");
        assertThat(firstPersonFound("Жумагулов Алмат")).isEqualTo("almat-zhumagulov");
        // issue 14 item 3: a name inside a longer one is another organisation (the review queue, as an editor sees it)
        var pairs = new java.util.ArrayList<java.util.Set<String>>();
        get("/api/v1/organizations/duplicates?size=200", editorToken).get("items").forEach(p -> pairs.add(
                java.util.Set.of(p.get("first").get("key").asString(), p.get("second").get("key").asString())));
        assertThat(pairs).doesNotContain(java.util.Set.of("council-of-europe", "pace"),
                java.util.Set.of("atajurt", "nagyz-atajurt"));
    }

    private static String firstPersonFound(String q) throws Exception {
        JsonNode hits = get("/api/v1/search?type=person&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).get("hits");
        assertThat(hits).as(q).isNotEmpty();
        return hits.get(0).get("key").asString();
    }
}
