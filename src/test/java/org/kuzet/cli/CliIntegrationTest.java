package org.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.support.CommandRun;
import org.kuzet.support.TestDatabase;

/** The CLI verbs as a user runs them, each on its own embedded data folder. */
class CliIntegrationTest {

    private static final String BUNDLE = """
            {
              "format": "kuzet-bundle",
              "formatVersion": 1,
              "vocabularies": {"terms": [{"vocabulary": "incident_type", "code": "balloon_confiscation",
                  "labels": {"en": "Confiscation of balloons", "ru": "Изъятие шаров"}, "active": true}]},
              "sources": [{"key": "civicus-2018q1", "title": {"original": "en", "en": "Kazakhstan: Q1 2018 update"},
                  "kind": "ngo_report", "language": "en", "publishedOn": "2018-04-01", "publishedOnPrecision": "month",
                  "confidentiality": "public"}],
              "incidents": [{"key": "2018-03-22-nowruz-balloons",
                  "title": {"original": "en", "en": "People with balloons stopped by police during Nowruz",
                            "ru": "Полиция останавливала людей с шарами на Наурыз"},
                  "date": "2018-03-22", "place": "kz-almaty-city", "types": ["balloon_confiscation", "detention"],
                  "rights": ["assembly", "expression"], "victimCount": {"qualifier": "at_least", "value": 2},
                  "perpetrators": [{"kind": "police"}, {"kind": "akimat"}], "confidentiality": "public",
                  "reviewStatus": "published",
                  "sources": [{"source": "civicus-2018q1", "locator": "Other restrictions on peaceful assembly"}]}]
            }
            """;

    private static CommandRun kuzet(String... args) {
        return CommandRun.kuzet(args);
    }

    private static String[] withDataDir(Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dir.toString());
        return all.toArray(String[]::new);
    }

    private static Path freshDataDir() {
        return TestDatabase.dataDir("cli-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void exportImportExportIsByteIdentical() throws Exception {
        Path first = freshDataDir();
        Path second = freshDataDir();
        Path bundle = Files.createTempFile("bundle", ".json");
        Files.writeString(bundle, BUNDLE);
        Path export1 = first.resolveSibling(first.getFileName() + "-export.json");
        Path export2 = second.resolveSibling(second.getFileName() + "-export.json");

        assertThat(kuzet(withDataDir(first, "import", bundle.toString())).exitCode()).isZero();
        assertThat(kuzet(withDataDir(first, "export", "--format", "json", "-o", export1.toString())).exitCode()).isZero();
        CommandRun secondImport = kuzet(withDataDir(second, "import", export1.toString()));
        assertThat(secondImport.exitCode()).as(secondImport.err()).isZero();
        assertThat(kuzet(withDataDir(second, "export", "--format", "json", "-o", export2.toString())).exitCode()).isZero();

        String exported = Files.readString(export1);
        assertThat(org.kuzet.support.BundleSchema.violations(exported)).isEmpty();
        assertThat(exported).contains("Полиция останавливала людей с шарами на Наурыз", "balloon_confiscation");
        assertThat(Files.readAllBytes(export2)).isEqualTo(Files.readAllBytes(export1));
    }

    @Test
    void exportAsXlsxReplacesTheFileWholeAndAFailedExportLeavesItAsItWas() throws Exception {
        Path dir = freshDataDir();
        Path bundle = Files.createTempFile("bundle", ".json");
        Files.writeString(bundle, BUNDLE);
        Path out = Files.createTempDirectory("exports");
        Path xlsx = out.resolve("record.xlsx");
        Files.writeString(xlsx, "the previous export");
        assertThat(kuzet(withDataDir(dir, "import", bundle.toString())).exitCode()).isZero();

        CommandRun refused = kuzet(withDataDir(dir, "export", "--format", "xlsx", "--lang", "fr", "-o", xlsx.toString()));
        assertThat(refused.exitCode()).isNotZero();
        assertThat(Files.readString(xlsx)).isEqualTo("the previous export");

        CommandRun run = kuzet(withDataDir(dir, "export", "--format", "xlsx", "--lang", "ru", "-o", xlsx.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("record.xlsx");
        }
        var format = new org.apache.poi.ss.usermodel.DataFormatter();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var incidents = workbook.getSheet("incidents");
            List<String> header = new ArrayList<>();
            incidents.getRow(0).forEach(c -> header.add(format.formatCellValue(c)));
            List<String> row = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                row.add(format.formatCellValue(incidents.getRow(1).getCell(c)));
            }
            assertThat(row.get(header.indexOf("key"))).isEqualTo("2018-03-22-nowruz-balloons");
            assertThat(row.get(header.indexOf("title"))).isEqualTo("Полиция останавливала людей с шарами на Наурыз");
            assertThat(row.get(header.indexOf("types"))).contains("Изъятие шаров");
            assertThat(row.get(header.indexOf("type codes"))).isEqualTo("balloon_confiscation; detention");
            assertThat(row.get(header.indexOf("date"))).isEqualTo("22 марта 2018");
            assertThat(row.get(header.indexOf("sources"))).isEqualTo("Kazakhstan: Q1 2018 update");
            assertThat(row.get(header.indexOf("source keys"))).isEqualTo("civicus-2018q1");
        }
    }

    @Test
    void dryRunReportsEveryProblemWithItsPathAndImportsNothing() throws Exception {
        Path dir = freshDataDir();
        Path bundle = Files.createTempFile("bad", ".json");
        Files.writeString(bundle, BUNDLE
                .replace("\"date\": \"2018-03-22\"", "\"date\": \"2021-02-30\"")
                .replace("\"value\": 2}", "\"value\": null}")
                .replace("\"source\": \"civicus-2018q1\"", "\"source\": \"missing-source\"")
                .replace("\"kind\": \"akimat\"", "\"kind\": \"ministry_of_magic\""));

        CommandRun dryRun = kuzet(withDataDir(dir, "import", bundle.toString(), "--dry-run"));
        CommandRun realRun = kuzet(withDataDir(dir, "import", bundle.toString()));
        CommandRun export = kuzet(withDataDir(dir, "export", "--format", "json"));

        assertThat(dryRun.exitCode()).isEqualTo(1);
        assertThat(dryRun.err()).contains("$.incidents[0].date: 2021-02-30 is not a valid date",
                "$.incidents[0].victimCount.value", "$.incidents[0].sources[0].source: no source 'missing-source'",
                "$.incidents[0].perpetrators[1].kind");
        assertThat(realRun.exitCode()).isEqualTo(1);
        assertThat(export.out()).doesNotContain("2018-03-22-nowruz-balloons", "civicus-2018q1");
    }

    @Test
    void malformedJsonAndUsageErrorsHaveDistinctExitCodes() throws Exception {
        Path dir = freshDataDir();
        Path bundle = Files.createTempFile("broken", ".json");
        Files.writeString(bundle, "{\"format\": \"kuzet-bundle\",");

        CommandRun malformed = kuzet(withDataDir(dir, "import", bundle.toString()));
        CommandRun unknownOption = kuzet("import", "--frobnicate");
        CommandRun badRole = kuzet(withDataDir(dir, "user", "add", "aigerim", "--role", "overlord", "--password-stdin"));

        assertThat(malformed.exitCode()).isEqualTo(1);
        assertThat(malformed.err()).contains("$: is not valid JSON");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(badRole.exitCode()).isEqualTo(2);
    }
}
