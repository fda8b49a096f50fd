package org.kuzet.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventApiIntegrationTest extends ApiIntegrationTest {

    @Test
    void theJuneRalliesRoundTripExactly() {
        String source = unique("bureau");
        send("POST", "/api/v1/sources", json("{'key': '%s', 'url': 'https://bureau.kz/goryachee/korona-prikryvaetsya-virusom/', 'kind': 'media'}"
                .formatted(source)), Role.EDITOR);
        String key = unique("2020-06-06-rallies");
        JsonNode sent = json("""
                {'key': '%s',
                 'title': {'original': 'en', 'en': 'Nationwide rallies of 6 June 2020', 'ru': 'Митинги 6 июня 2020 года'},
                 'description': {'original': 'en', 'en': 'Called for by the Democratic Party, Oyan Kazakhstan, DVK and the Street Party.'},
                 'date': '2020-06-06', 'datePrecision': 'day', 'endDate': '2020-06-07', 'endDatePrecision': 'day',
                 'place': 'kz', 'confidentiality': 'public',
                 'sources': [{'source': '%s', 'claim': 'at least 239 cases of persecution around 6 June', 'locator': 'footnote 60'}]}"""
                .formatted(key, source));

        var created = send("POST", "/api/v1/events", sent, Role.EDITOR);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(content(get("/api/v1/events/" + key).json())).isEqualTo(sent);
        assertThat(content(get("/api/v1/events/" + created.json().get("id").asLong()).json())).isEqualTo(sent);
    }

    @Test
    void aMonthPreciseEventOverlapsAPeriodWithinThatMonth() {
        String key = unique("feb-2020-protests");
        send("POST", "/api/v1/events", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Protests of February 2020'},
                 'date': '2020-02-01', 'datePrecision': 'month'}""".formatted(key)), Role.EDITOR);

        assertThat(keys(get("/api/v1/events?q=" + key + "&from=2020-02-15&to=2020-02-20"))).containsExactly(key);
        assertThat(keys(get("/api/v1/events?q=" + key + "&to=2020-01-31"))).isEmpty();
        assertThat(keys(get("/api/v1/events?q=" + key + "&from=2020-03-01"))).isEmpty();
        assertThat(get("/api/v1/events?from=2020-02-30").status()).isEqualTo(422);
    }

    @Test
    void invalidEventIsRejectedWithEveryFieldNamedAndNothingStored() {
        String key = unique("bad-event");

        var response = send("POST", "/api/v1/events", json("""
                {'key': '%s', 'title': {'original': 'ru', 'en': 'English only'}, 'date': '2020-02-22', 'datePrecision': 'month',
                 'endDate': '2020-02-01', 'place': 'atlantis', 'confidentiality': 'secret', 'sources': [{'source': 'no-such-source'}],
                 'description': {'original': 'en', 'en': '%s'}}""".formatted(key, "x".repeat(60_000))), Role.EDITOR);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("$.title.ru", "$.date", "$.place", "$.confidentiality",
                "$.sources[0].source", "$.description.en");
        assertThat(get("/api/v1/events/" + key).status()).isEqualTo(404);
    }

    @Test
    void anEventEndingBeforeItStartsIsRejected() {
        var response = send("POST", "/api/v1/events", json("""
                {'title': {'original': 'en', 'en': 'Backwards'}, 'date': '2020-02-22', 'endDate': '2020-02-21'}"""), Role.EDITOR);
        var untitled = send("POST", "/api/v1/events", json("{'date': '2020-02-22'}"), Role.EDITOR);

        assertThat(response.errorFields()).containsExactly("$.endDate");
        assertThat(untitled.errorFields()).containsExactly("$.title");
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        String key = unique("event-conflict");
        send("POST", "/api/v1/events", json("{'key': '%s', 'title': {'original': 'en', 'en': 'A'}, 'date': '2020-02-22'}".formatted(key)),
                Role.EDITOR);
        var first = send("PUT", "/api/v1/events/" + key,
                json("{'version': 1, 'title': {'original': 'en', 'en': 'B'}, 'date': '2020-02-22'}"), Role.EDITOR);
        var second = send("PUT", "/api/v1/events/" + key,
                json("{'version': 1, 'title': {'original': 'en', 'en': 'C'}, 'date': '2020-02-22'}"), Role.EDITOR);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(get("/api/v1/events/" + key).json().get("title").get("en").asString()).isEqualTo("B");
        assertThat(send("DELETE", "/api/v1/events/" + key, json("{'reason': 'merged'}"), Role.EDITOR).status()).isEqualTo(204);
        assertThat(get("/api/v1/events/" + key).status()).isEqualTo(404);
    }

    private static JsonNode content(JsonNode doc) {
        ObjectNode copy = (ObjectNode) doc.deepCopy();
        copy.remove(List.of("id", "version", "createdAt", "updatedAt"));
        return copy;
    }

    private static List<String> keys(Response page) {
        List<String> keys = new ArrayList<>();
        page.json().get("items").forEach(e -> keys.add(e.get("key").asString()));
        return keys;
    }
}
