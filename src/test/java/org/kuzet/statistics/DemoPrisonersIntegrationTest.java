package org.kuzet.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kuzet.KuzetApplication;
import org.kuzet.exchange.DemoData;
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

/**
 * The political-prisoner list and the statistics over the demo record (the corpus' three reports), on a fresh data
 * folder of its own, as {@code serve --demo} loads it.
 */
class DemoPrisonersIntegrationTest {

    /**
     * IPHR/KIBHR briefing, November 2020, "Developments concerning political prisoners": "According to KIBHR and other
     * NGOs, the following people are among those imprisoned on politically-motivated grounds: Aset Abishev, Almat
     * Zhumagulov, Kenzhebek Abishev, Aron Atabek, Askar Azhguzhinov, Max Bokayev, Igor Chuprina, Erzhan Elshibaev,
     * Rusland Ginatullin, and Sanavar Zakirova". Askar Azhguzhinov was arrested on 10 November 2020, so he is not yet
     * one on 1 November. The report says nothing of the cases of Igor Chuprina and Rusland Ginatullin, so the demo
     * record holds their assessment but no case: no legal status makes them prisoners there.
     */
    static final List<String> BRIEFING_LIST_ON_1_NOVEMBER = List.of("Asset Abishev", "Almat Zhumagulov",
            "Kenzhebek Abishev", "Aron Atabek", "Max Bokayev", "Erzhan Elshibaev", "Sanavar Zakirova");
    /** Same section: released before November 2020 (30 December 2019, 3 March 2020, after his full term). */
    static final List<String> RELEASED_BEFORE = List.of("Iskander Yerimbetov", "Mukhtar Dzhakishev", "Igor Sychev");

    private static ConfigurableApplicationContext app;
    private static String token;
    private static int port;

    @BeforeAll
    static void startWithTheDemoRecord() {
        app = new SpringApplicationBuilder(KuzetApplication.class)
                .properties(Map.of("server.port", "0",
                        "kuzet.data-dir", TestDatabase.dataDir("stats-demo-" + UUID.randomUUID()).toString()))
                .run();
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        Actor.callAs(Actor.COMMAND_LINE, app.getBean(DemoData.class)::loadIntoEmptyRecord);
        app.getBean(Users.class).create("stats-reader", Role.VIEWER, ApiIntegrationTest.PASSWORD, false);
        token = app.getBean(ApiTokens.class).create("stats-reader", "test", null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return ApiIntegrationTest.JSON.readTree(response.body());
    }

    @Test
    void theListOnThe1stOfNovember2020IsTheBriefingsAsFarAsTheDemoHoldsIt() throws Exception {
        JsonNode list = get("/api/v1/political-prisoners?asOf=2020-11-01");
        List<String> names = new ArrayList<>();
        list.get("prisoners").forEach(p -> names.add(p.get("name").asString()));
        System.out.println(list.toPrettyString());

        assertThat(names).containsAll(BRIEFING_LIST_ON_1_NOVEMBER);
        assertThat(names).doesNotContainAnyElementsOf(RELEASED_BEFORE).doesNotContain("Askar Azhguzhinov");
        assertThat(list.get("count").asInt()).isEqualTo(names.size());
        assertThat(names).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void printStats() throws Exception {
        for (String q : List.of("unit=incidents&by=year", "unit=persons&by=year", "unit=cases&by=year",
                "unit=incidents&by=region", "unit=incidents&by=type&from=2020-01-01&to=2020-12-31",
                "unit=persons&by=year&article=CC-405&stage=arrested&stage=convicted&stage=pre_trial_detention&from=2020-01-01&to=2020-12-31",
                "unit=cases&by=sanction", "unit=incidents&by=perpetrator", "unit=persons&by=month&from=2020-06-01&to=2020-06-30")) {
            JsonNode r = get("/api/v1/stats?" + q);
            StringBuilder b = new StringBuilder(q + "\n");
            r.get("groups").forEach(g -> {
                b.append("  ").append(g.get("key").asString()).append(" ").append(g.get("label").asString()).append(":");
                g.get("counts").forEach(c -> b.append(" ").append(c.get("measure").asString()).append("=").append(c.get("text").asString()));
                b.append("\n");
            });
            b.append("  total:");
            r.get("totals").forEach(c -> b.append(" ").append(c.get("text").asString()));
            System.out.println(b);
        }
    }
}
