package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;

class HistoryPagesIntegrationTest extends WebIntegrationTest {

    private String key;

    /** A person created, then renamed by an editor: versions 1 and 2. */
    @BeforeEach
    void aRenamedPerson() {
        key = unique("mamay");
        assertThat(send("POST", "/api/v1/persons", json("""
                {'key': '%s', 'name': 'Zhanbolat Mamay', 'roles': ['journalist'], 'confidentiality': 'internal'}"""
                .formatted(key)), Role.EDITOR).status()).isEqualTo(201);
        assertThat(send("PUT", "/api/v1/persons/" + key, json("""
                {'version': 1, 'name': 'Zhanbolat <b>Mamai</b>', 'roles': ['journalist', 'activist'], 'confidentiality': 'internal'}"""),
                Role.EDITOR).status()).isEqualTo(200);
    }

    @Test
    void anEditorSeesWhoChangedWhichFieldsButNotTheContentsNorARevertButton() {
        String body = signedIn(Role.EDITOR).get("/persons/" + key + "/history").body();

        assertThat(body).contains("Version 2", "Version 1", "edited", "created", "by editor-", "<code>name</code>",
                "<code>roles[1]</code>", " UTC");
        assertThat(body).doesNotContain("Revert to version", "Zhanbolat Mamay", "What changed");
    }

    @Test
    void aReviewerSeesEachVersionsChangesEscapedWithBeforeAndAfter() {
        String body = signedIn(Role.REVIEWER).get("/persons/" + key + "/history").body();

        assertThat(body).contains("What changed", "<td class=\"before\">Zhanbolat Mamay</td>",
                "<td class=\"after\">Zhanbolat &lt;b&gt;Mamai&lt;/b&gt;</td>", "<td class=\"after\">activist</td>",
                "Revert to version 1");
        assertThat(body).doesNotContain("<b>Mamai</b>", "Revert to version 2");
    }

    @Test
    void revertingCreatesANewVersionWithTheOldContent() {
        WebSession reviewer = signedIn(Role.REVIEWER);
        String page = reviewer.get("/persons/" + key + "/history").body();

        HttpResponse<String> revert = reviewer.post("/persons/" + key + "/history/1/revert", "current", "2",
                "_csrf", WebSession.csrf(page));

        assertThat(revert.statusCode()).isEqualTo(302);
        assertThat(revert.headers().firstValue("Location").orElseThrow()).endsWith("/persons/" + key + "/history?reverted=1");
        assertThat(get("/api/v1/persons/" + key).json().get("name").asString()).isEqualTo("Zhanbolat Mamay");
        String after = reviewer.get("/persons/" + key + "/history?reverted=1").body();
        assertThat(after).contains("Version 3", "reverted", "The record was reverted to version 1");
    }

    @Test
    void aStaleRevertShowsTheConflictAndChangesNothing() {
        WebSession reviewer = signedIn(Role.REVIEWER);
        String page = reviewer.get("/persons/" + key + "/history").body();
        // someone saves while the reviewer reads the history
        assertThat(send("PUT", "/api/v1/persons/" + key, json("""
                {'version': 2, 'name': 'Zhanbolat Mamai', 'roles': ['journalist'], 'confidentiality': 'internal'}"""),
                Role.EDITOR).status()).isEqualTo(200);

        HttpResponse<String> revert = reviewer.post("/persons/" + key + "/history/1/revert", "current", "2",
                "_csrf", WebSession.csrf(page));

        assertThat(revert.statusCode()).isEqualTo(409);
        assertThat(revert.body()).contains("Someone changed this record meanwhile", "the record is now at version 3",
                "Version 3");
        var stored = get("/api/v1/persons/" + key).json();
        assertThat(stored.get("version").asInt()).isEqualTo(3);
        assertThat(stored.get("name").asString()).isEqualTo("Zhanbolat Mamai");
    }

    @Test
    void anEditorCannotRevertEvenWithAHandMadeForm() {
        WebSession editor = signedIn(Role.EDITOR);
        String page = editor.get("/persons/" + key + "/history").body();

        HttpResponse<String> revert = editor.post("/persons/" + key + "/history/1/revert", "current", "2",
                "_csrf", WebSession.csrf(page));

        assertThat(revert.statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/persons/" + key).json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aRevertWithoutTheCsrfTokenIsRefused() {
        HttpResponse<String> revert = signedIn(Role.REVIEWER).post("/persons/" + key + "/history/1/revert", "current", "2");

        assertThat(revert.statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/persons/" + key).json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void theHistoryOfAConfidentialRecordIsNotFoundForAViewer() {
        String hidden = unique("hidden");
        assertThat(send("POST", "/api/v1/persons", json("""
                {'key': '%s', 'name': 'Secret Witness', 'confidentiality': 'confidential'}""".formatted(hidden)),
                Role.REVIEWER).status()).isEqualTo(201);

        HttpResponse<String> page = signedIn(Role.VIEWER).get("/persons/" + hidden + "/history");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Secret Witness", "Version 1");
    }

    @Test
    void theRecordPageLinksToItsHistoryAndTheHistoryReadsInRussian() {
        WebSession reviewer = signedIn(Role.REVIEWER);

        assertThat(reviewer.get("/persons/" + key).body()).contains("href=\"/persons/" + key + "/history\"");
        assertThat(reviewer.get("/persons/" + key + "/history?lang=ru").body())
                .contains("История записи", "Версия 2", "изменена", "Что изменилось", "Вернуть версию 1");
    }
}
