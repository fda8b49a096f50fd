package org.kuzet.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;

class SourceApiIntegrationTest extends ApiIntegrationTest {

    @Test
    void createdSourceCanBeReadByKeyAndById() {
        String key = unique("azattyq");
        var created = send("POST", "/api/v1/sources", json("""
                {'key': '%s', 'url': 'https://rus.azattyq.org/a/30723868.html', 'kind': 'media', 'language': 'ru',
                 'title': {'original': 'ru', 'ru': 'Суд обязал Семенову опровергнуть пост'},
                 'publishedOn': '2020-07-01', 'publishedOnPrecision': 'month'}""".formatted(key)), Role.EDITOR);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("version").asInt()).isEqualTo(1);
        var byKey = get("/api/v1/sources/" + key);
        var byId = get("/api/v1/sources/" + created.json().get("id").asLong());
        assertThat(byKey.json().get("title").get("ru").asString()).isEqualTo("Суд обязал Семенову опровергнуть пост");
        assertThat(byId.json().get("key").asString()).isEqualTo(key);
        assertThat(byKey.json().get("publishedOnPrecision").asString()).isEqualTo("month");
    }

    @Test
    void invalidSourceIsRejectedWithEveryFieldNamedAndNothingStored() {
        String key = unique("bad");
        var response = send("POST", "/api/v1/sources", json("""
                {'key': '%s', 'url': 'not a url', 'kind': 'rumour', 'publishedOn': '2021-02-30',
                 'title': {'original': 'ru', 'en': 'English only'}}""".formatted(key)), Role.EDITOR);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("$.url", "$.kind", "$.publishedOn", "$.title.ru");
        assertThat(get("/api/v1/sources/" + key).status()).isEqualTo(404);
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        String key = unique("conflict");
        send("POST", "/api/v1/sources", json("{'key': '%s', 'url': 'https://vlast.kz/a', 'kind': 'media'}".formatted(key)), Role.EDITOR);
        var first = send("PUT", "/api/v1/sources/" + key,
                json("{'version': 1, 'url': 'https://vlast.kz/b', 'kind': 'media'}"), Role.EDITOR);
        var second = send("PUT", "/api/v1/sources/" + key,
                json("{'version': 1, 'url': 'https://vlast.kz/c', 'kind': 'media'}"), Role.EDITOR);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(get("/api/v1/sources/" + key).json().get("url").asString()).isEqualTo("https://vlast.kz/b");
    }

    @Test
    void theKeyOfASourceCannotBeChangedAndAnUpdateNamesTheVersionItRead() {
        String key = unique("fixed-source");
        String other = unique("renamed-source");
        send("POST", "/api/v1/sources", json("{'key': '%s', 'url': 'https://vlast.kz/k', 'kind': 'media'}".formatted(key)), Role.EDITOR);

        var renamed = send("PUT", "/api/v1/sources/" + key,
                json("{'version': 1, 'key': '%s', 'url': 'https://vlast.kz/l', 'kind': 'media'}".formatted(other)), Role.EDITOR);
        var unversioned = send("PUT", "/api/v1/sources/" + key, json("{'url': 'https://vlast.kz/m', 'kind': 'media'}"), Role.EDITOR);

        assertThat(renamed.status()).isEqualTo(422);
        assertThat(renamed.errorFields()).containsExactly("$.key");
        assertThat(unversioned.status()).isEqualTo(422);
        assertThat(unversioned.errorFields()).containsExactly("$.version");
        var stored = get("/api/v1/sources/" + key).json();
        assertThat(stored.get("url").asString()).isEqualTo("https://vlast.kz/k");
        assertThat(stored.get("version").asInt()).isEqualTo(1);
        assertThat(get("/api/v1/sources/" + other).status()).isEqualTo(404);
    }

    @Test
    void deletionNeedsAReasonAndHidesTheSource() {
        String key = unique("gone");
        send("POST", "/api/v1/sources", json("{'key': '%s', 'url': 'https://vlast.kz/x', 'kind': 'media'}".formatted(key)), Role.EDITOR);

        assertThat(send("DELETE", "/api/v1/sources/" + key, json("{'reason': ''}"), Role.EDITOR).status()).isEqualTo(422);
        assertThat(send("DELETE", "/api/v1/sources/" + key, json("{'reason': 'duplicate of another source'}"), Role.EDITOR).status())
                .isEqualTo(204);
        assertThat(get("/api/v1/sources/" + key).status()).isEqualTo(404);
    }

    @Test
    void viewersCannotWriteAndAnonymousVisitorsReadOnlyPublicSources() {
        String internal = unique("internal");
        String open = unique("open");
        send("POST", "/api/v1/sources", json("{'key': '%s', 'url': 'https://vlast.kz/i', 'kind': 'media'}".formatted(internal)),
                Role.EDITOR);
        send("POST", "/api/v1/sources", json("{'key': '%s', 'url': 'https://vlast.kz/o', 'kind': 'media', 'confidentiality': 'public'}"
                .formatted(open)), Role.EDITOR);
        var byViewer = send("POST", "/api/v1/sources", json("{'url': 'https://vlast.kz/y', 'kind': 'media'}"), Role.VIEWER);
        var byAnonymous = send("POST", "/api/v1/sources", json("{'url': 'https://vlast.kz/z', 'kind': 'media'}"), (String) null,
                "application/json");

        assertThat(byViewer.status()).isEqualTo(403);
        assertThat(byAnonymous.status()).isEqualTo(401);
        assertThat(send("GET", "/api/v1/sources/" + open, null, null, "application/json").status()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/sources/" + internal, null, null, "application/json").status()).isEqualTo(404);
    }
}
