package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.shared.Json;
import org.kuzet.support.CommandRun;
import org.kuzet.support.TestDatabase;
import tools.jackson.databind.JsonNode;

/** {@code kuzet duplicates [--json]} on a data folder holding an imported bundle. */
class DuplicatesCommandIntegrationTest {

    private static final String BUNDLE = """
            {"format": "kuzet-bundle", "formatVersion": 1,
             "persons": [
               {"key": "aset-abishev", "name": "Aset Abishev", "place": "kz-almaty-city"},
               {"key": "asset-abishev", "name": "Asset Abishev", "place": "kz-almaty-city"},
               {"key": "kenzhebek-abishev", "name": "Kenzhebek Abishev", "place": "kz-almaty-city"}]}
            """;

    @Test
    void importReportsAndTheVerbListsTheVariantsOfOneNameButNotTheNamesakes() throws Exception {
        Path dir = TestDatabase.dataDir("cli-duplicates-" + UUID.randomUUID().toString().substring(0, 8));
        Path bundle = Files.createTempFile("bundle", ".json");
        Files.writeString(bundle, BUNDLE);
        CommandRun imported = kuzet("import", bundle.toString(), "--data-dir", dir.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("Possible duplicates", "Aset Abishev (aset-abishev) ~ Asset Abishev (asset-abishev)")
                .doesNotContain("kenzhebek");

        CommandRun text = kuzet("duplicates", "--data-dir", dir.toString());
        CommandRun json = kuzet("duplicates", "--json", "--data-dir", dir.toString());

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Aset Abishev (aset-abishev)", "Asset Abishev (asset-abishev)", "name_same_skeleton")
                .doesNotContain("kenzhebek");
        JsonNode parsed = Json.MAPPER.readTree(json.out());
        assertThat(parsed.get("total").asInt()).isEqualTo(1);
        assertThat(parsed.get("items").get(0).get("reasons").get(0).get("code").asString()).isEqualTo("name_same_skeleton");
    }

    private static CommandRun kuzet(String... args) {
        return CommandRun.kuzet(args);
    }
}
