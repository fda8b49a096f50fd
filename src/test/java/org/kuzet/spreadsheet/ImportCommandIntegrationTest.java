package org.kuzet.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.support.CommandRun;
import org.kuzet.support.TestDatabase;

/** {@code kuzet import FILE --format csv --kind ...} as a user runs it, on a data folder of its own. */
class ImportCommandIntegrationTest {

    @Test
    void aDryRunPrintsEachProblemByRowAndColumnAndExitsOneThenTheFixedSheetImportsAndSkipInvalidWritesRejects()
            throws Exception {
        Path data = TestDatabase.dataDir("cli-import-" + UUID.randomUUID().toString().substring(0, 8));
        Path dir = Files.createTempDirectory("sheets");
        Path sheet = SpreadsheetImportIntegrationTest.csv(dir.resolve("incidents.csv"), StandardCharsets.UTF_8, ';', List.of(
                List.of("key", "date", "type", "title"),
                List.of("cli-first", "12.05.2021", "Задержание", "First"),
                List.of("cli-second", "2021", "kites", "Second")));

        CommandRun dry = CommandRun.kuzetIn(data, "import", sheet.toString(), "--format", "csv", "--kind", "incidents",
                "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isEqualTo(1);
        assertThat(dry.out()).contains("row 3, column \"type\": 'kites' is not a known incident type");
        assertThat(dry.err()).contains("Nothing was imported (dry run).");

        CommandRun refused = CommandRun.kuzetIn(data, "import", sheet.toString(), "--kind", "incidents");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Nothing was imported.");

        Path rejects = dir.resolve("rejects.csv");
        CommandRun skipped = CommandRun.kuzetIn(data, "import", sheet.toString(), "--kind", "incidents",
                "--skip-invalid", rejects.toString());
        assertThat(skipped.exitCode()).as(skipped.err()).isZero();
        assertThat(skipped.err()).contains("Imported 1 incidents; 1 row(s) rejected");
        assertThat(Files.readString(rejects)).contains("cli-second").contains("reason");

        CommandRun unknownKind = CommandRun.kuzetIn(data, "import", sheet.toString(), "--kind", "events");
        assertThat(unknownKind.exitCode()).isEqualTo(2);
    }

    @Test
    void sheetsOfSourcesAndOfLegalCasesImportWithTheirKindsAndACaseWithAnArticleTheVocabularyLacksIsRefusedNamingTheCell()
            throws Exception {
        Path data = TestDatabase.dataDir("cli-import-cases-" + UUID.randomUUID().toString().substring(0, 8));
        Path dir = Files.createTempDirectory("sheets");
        Path sources = SpreadsheetImportIntegrationTest.csv(dir.resolve("sources.csv"), StandardCharsets.UTF_8, ',',
                List.of(List.of("key", "url", "kind"), List.of("cli-source", "https://example.org/a", "Сот құжаты")));
        CommandRun imported = CommandRun.kuzetIn(data, "import", sources.toString(), "--kind", "sources");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("Imported 1 sources");

        Path cases = SpreadsheetImportIntegrationTest.csv(dir.resolve("cases.csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("key", "kind", "articles", "opened", "sources"),
                List.of("cli-case", "criminal", "CC 9999", "2021", "cli-source")));
        CommandRun dry = CommandRun.kuzetIn(data, "import", cases.toString(), "--kind", "cases", "--dry-run");
        assertThat(dry.exitCode()).isEqualTo(1);
        assertThat(dry.out()).contains("row 2, column \"articles\": no article CC 9999 in the vocabulary");

        Path fixed = SpreadsheetImportIntegrationTest.csv(dir.resolve("fixed.csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("key", "kind", "articles", "opened", "sources"),
                List.of("cli-case", "criminal", "CC 405", "2021", "cli-source")));
        CommandRun done = CommandRun.kuzetIn(data, "import", fixed.toString(), "--kind", "cases");
        assertThat(done.exitCode()).as(done.err()).isZero();
        assertThat(done.err()).contains("Imported 1 legal cases");
    }
}
