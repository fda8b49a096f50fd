package org.kuzet.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.storage.DatabaseServer;
import org.kuzet.support.ApiIntegrationTest;
import org.kuzet.support.OwnerView;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Record history through the API: versions accrue, diffs show what changed, reverts bring content back. */
class HistoryApiIntegrationTest extends ApiIntegrationTest {

    @Autowired
    DatabaseServer server;

    /** A person with a sensitive address, created then renamed by an editor: versions 1 and 2. */
    private String aRenamedPerson(String confidentiality) {
        String key = unique("zhanbolat-mamay");
        assertThat(send("POST", "/api/v1/persons", json("""
                {'key': '%s', 'name': 'Zhanbolat Mamay', 'roles': ['journalist'], 'confidentiality': '%s',
                 'sensitive': {'address': 'Almaty, Abay 10'}}""".formatted(key, confidentiality)), Role.EDITOR).status())
                .isEqualTo(201);
        assertThat(send("PUT", "/api/v1/persons/" + key, json("""
                {'version': 1, 'name': 'Zhanbolat Mamai', 'roles': ['journalist', 'activist'], 'confidentiality': '%s',
                 'sensitive': {'address': 'Almaty, Abay 10'}}""".formatted(confidentiality)), Role.EDITOR).status())
                .isEqualTo(200);
        return key;
    }

    @Test
    void versionsAccrueWithTheirAuthorAndChangedFields() {
        String key = aRenamedPerson("internal");

        var history = get("/api/v1/persons/" + key + "/history");

        assertThat(history.status()).isEqualTo(200);
        JsonNode versions = history.json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(versions.get(0).get("action").asString()).isEqualTo("record_updated");
        assertThat(versions.get(0).get("author").asString()).startsWith("editor-");
        assertThat(versions.get(0).get("changedFields")).extracting(JsonNode::asString)
                .containsExactly("$.name", "$.roles[0]", "$.roles[1]");
        assertThat(versions.get(1).get("action").asString()).isEqualTo("record_created");
        assertThat(versions.get(1).get("changedFields")).extracting(JsonNode::asString).contains("$.name", "$.key");
    }

    @Test
    void aVersionShowsItsSnapshotAndTheDiffFromTheOneBefore() {
        String key = aRenamedPerson("internal");

        var v2 = send("GET", "/api/v1/persons/" + key + "/history/2", null, Role.REVIEWER);

        assertThat(v2.status()).isEqualTo(200);
        assertThat(v2.json().get("previousVersion").asInt()).isEqualTo(1);
        assertThat(v2.json().get("snapshot").get("name").asString()).isEqualTo("Zhanbolat Mamai");
        assertThat(v2.json().get("snapshot").get("sensitive").get("address").asString()).isEqualTo("Almaty, Abay 10");
        JsonNode name = v2.json().get("diff").get(0);
        assertThat(name.get("path").asString()).isEqualTo("$.name");
        assertThat(name.get("before").asString()).isEqualTo("Zhanbolat Mamay");
        assertThat(name.get("after").asString()).isEqualTo("Zhanbolat Mamai");
    }

    @Test
    void aRevertCreatesANewVersionEqualInContentToTheOldOne() {
        String key = aRenamedPerson("internal");
        JsonNode first = send("GET", "/api/v1/persons/" + key + "/history/1", null, Role.REVIEWER).json().get("snapshot");

        var reverted = send("POST", "/api/v1/persons/" + key + "/history/1/revert", json("{'version': 2}"), Role.REVIEWER);

        assertThat(reverted.status()).isEqualTo(200);
        assertThat(reverted.json().get("version").asInt()).isEqualTo(3);
        var now = send("GET", "/api/v1/persons/" + key, null, Role.REVIEWER).json();
        assertThat(now.get("name").asString()).isEqualTo("Zhanbolat Mamay");
        assertThat(now.get("roles")).extracting(JsonNode::asString).containsExactly("journalist");
        JsonNode third = send("GET", "/api/v1/persons/" + key + "/history/3", null, Role.REVIEWER).json();
        assertThat(third.get("snapshot")).isEqualTo(first);
        assertThat(third.get("version").get("action").asString()).isEqualTo("record_reverted");
        assertThat(third.get("version").get("author").asString()).startsWith("reviewer-");
    }

    @Test
    void aStaleRevertIsAnEditConflictAndChangesNothing() {
        String key = aRenamedPerson("internal");

        var stale = send("POST", "/api/v1/persons/" + key + "/history/1/revert", json("{'version': 1}"), Role.REVIEWER);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(get("/api/v1/persons/" + key).json().get("name").asString()).isEqualTo("Zhanbolat Mamai");
        assertThat(get("/api/v1/persons/" + key + "/history").json()).hasSize(2);
    }

    @Test
    void aRevertWithoutTheCurrentVersionNamesTheField() {
        String key = aRenamedPerson("internal");
        var missing = send("POST", "/api/v1/persons/" + key + "/history/1/revert", json("{}"), Role.ADMIN);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFields()).containsExactly("$.version");
    }

    @Test
    void aDeletedRecordIsRestoredByRevertingToAVersionBeforeTheDelete() {
        String key = aRenamedPerson("internal");
        assertThat(send("DELETE", "/api/v1/persons/" + key, json("{'reason': 'entered by mistake'}"), Role.EDITOR).status())
                .isEqualTo(204);
        assertThat(get("/api/v1/persons/" + key).status()).isEqualTo(404);
        JsonNode versions = get("/api/v1/persons/" + key + "/history").json();
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(3);
        assertThat(versions.get(0).get("action").asString()).isEqualTo("record_deleted");

        var restored = send("POST", "/api/v1/persons/" + key + "/history/2/revert", json("{'version': 3}"), Role.ADMIN);

        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("version").asInt()).isEqualTo(4);
        var back = get("/api/v1/persons/" + key);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().get("name").asString()).isEqualTo("Zhanbolat Mamai");
    }

    @Test
    void aViewerSeesTheListButNotTheContentsAndAnEditorCannotRevert() {
        String key = aRenamedPerson("internal");
        assertThat(get("/api/v1/persons/" + key + "/history").status()).isEqualTo(200);
        assertThat(get("/api/v1/persons/" + key + "/history/1").status()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/persons/" + key + "/history/1", null, Role.EDITOR).status()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/persons/" + key + "/history/1/revert", json("{'version': 2}"), Role.VIEWER).status())
                .isEqualTo(403);
        assertThat(send("POST", "/api/v1/persons/" + key + "/history/1/revert", json("{'version': 2}"), Role.EDITOR).status())
                .isEqualTo(403);
        assertThat(send("GET", "/api/v1/persons/" + key + "/history", null, (String) null, "application/json").status())
                .isEqualTo(401);
    }

    @Test
    void aConfidentialRecordsHistoryIsNotFoundForAViewer() {
        String key = aRenamedPerson("confidential");
        assertThat(get("/api/v1/persons/" + key + "/history").status()).isEqualTo(404);
        assertThat(get("/api/v1/persons/" + key + "/history/1").status()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/persons/" + key + "/history", null, Role.REVIEWER).status()).isEqualTo(200);
    }

    @Test
    void everyRecordKindKeepsHistory() {
        String source = unique("rfe-report");
        assertThat(send("POST", "/api/v1/sources", json("""
                {'key': '%s', 'url': 'https://rus.azattyq.org/a/1', 'kind': 'media'}""".formatted(source)),
                Role.EDITOR).status()).isEqualTo(201);
        String organization = unique("dvk");
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Democratic Choice of Kazakhstan', 'kind': 'opposition_movement'}""".formatted(organization)),
                Role.EDITOR).status()).isEqualTo(201);
        assertThat(get("/api/v1/sources/" + source + "/history").json()).hasSize(1);
        assertThat(get("/api/v1/organizations/" + organization + "/history").json()).hasSize(1);
        assertThat(get("/api/v1/nonsense/" + organization + "/history").status()).isEqualTo(404);
        assertThat(get("/api/v1/persons/no-such-person/history").status()).isEqualTo(404);
    }

    @Test
    void snapshotsAreSealedSoTheRawTableShowsNoPlaintext() throws Exception {
        String key = aRenamedPerson("internal");
        List<byte[]> snapshots = new ArrayList<>();
        try (Connection c = OwnerView.withFullClearance(DriverManager.getConnection(server.url(), server.ownerUser(),
                server.ownerPassword()));
             var s = c.prepareStatement("""
                     select v.snapshot, v.changed_fields::text from record_version v join person p on p.id = v.subject_id
                     where v.subject_type = 'person' and p.key = ?""")) {
            s.setString(1, key);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    snapshots.add(rs.getBytes(1));
                    assertThat(rs.getString(2)).doesNotContain("Abay");
                }
            }
        }
        assertThat(snapshots).hasSize(2);
        for (byte[] snapshot : snapshots) {
            String raw = new String(snapshot, StandardCharsets.ISO_8859_1);
            assertThat(raw).doesNotContain("Zhanbolat", "Abay", key);
        }
    }
}
