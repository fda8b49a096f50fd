package org.kuzet.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kuzet.support.ApiIntegrationTest;
import org.kuzet.support.CommandRun;
import org.kuzet.support.TestDatabase;
import tools.jackson.databind.JsonNode;

/**
 * {@code kuzet prisoners} and {@code kuzet stats} over the demo record (imported from the bundle {@code serve --demo}
 * loads), as an operator runs them: the list as of 1 November 2020, as text, JSON, CSV and DOCX (each opened and read).
 */
class PrisonersCommandIntegrationTest {

    private static Path dataDir;

    private static CommandRun kuzet(String... args) {
        return CommandRun.kuzetIn(dataDir, args);
    }

    @BeforeAll
    static void importTheDemoRecord() throws Exception {
        dataDir = TestDatabase.dataDir("stats-cli-" + UUID.randomUUID().toString().substring(0, 8));
        Path bundle = Files.createTempFile("kuzet-demo", ".json");
        try (InputStream in = PrisonersCommandIntegrationTest.class.getResourceAsStream("/demo/kuzet-demo.json")) {
            Files.write(bundle, in.readAllBytes());
        }
        CommandRun imported = kuzet("import", bundle.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    @Test
    void printsTheListWithItsCountAndStatuses() {
        CommandRun run = kuzet("prisoners", "--as-of", "2020-11-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Political prisoners on 2020-11-01: ")
                .contains("statuses: serving_imprisonment, pre_trial_detention, house_arrest")
                .contains("Aron Atabek\tserving_imprisonment since 2007-10-05", "18 years' imprisonment")
                .doesNotContain("Mukhtar Dzhakishev", "Iskander Yerimbetov", "Igor Sychev");
        for (String name : DemoPrisonersIntegrationTest.BRIEFING_LIST_ON_1_NOVEMBER) {
            assertThat(run.out()).contains(name + "\t");
        }
    }

    @Test
    void printsJsonAsTheApiGivesIt() {
        CommandRun run = kuzet("prisoners", "--as-of", "2020-11-01", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode list = ApiIntegrationTest.JSON.readTree(run.out());
        assertThat(list.get("asOf").asString()).isEqualTo("2020-11-01");
        assertThat(list.get("count").asInt()).isEqualTo(list.get("prisoners").size())
                .isGreaterThanOrEqualTo(DemoPrisonersIntegrationTest.BRIEFING_LIST_ON_1_NOVEMBER.size());
    }

    @Test
    void writesACsvFileExcelOpensWithCyrillic() throws Exception {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + "-prisoners.csv");
        CommandRun run = kuzet("prisoners", "--as-of", "2020-11-01", "--format", "csv", "-o", file.toString(), "--lang", "ru");

        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.skip(1);
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertThat(rows.getFirst().getParser().getHeaderNames()).startsWith("Имя", "Правовое положение");
        List<String> names = rows.stream().map(r -> r.get(0)).toList();
        assertThat(names).containsAll(DemoPrisonersIntegrationTest.BRIEFING_LIST_ON_1_NOVEMBER);
        CSVRecord atabek = rows.stream().filter(r -> r.get(0).equals("Aron Atabek")).findFirst().orElseThrow();
        assertThat(atabek.get(4)).isEqualTo("18 лет лишения свободы");
    }

    @Test
    void writesAWordDocumentWithTitleDateAndTable() throws Exception {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + "-prisoners.docx");
        CommandRun run = kuzet("prisoners", "--as-of", "2020-11-01", "--format", "docx", "-o", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.getFirst()).isEqualTo("Political prisoners");
            assertThat(paragraphs).contains("As of: 2020-11-01");
            XWPFTable table = doc.getTables().getFirst();
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Name");
            List<String> names = new ArrayList<>();
            for (int i = 1; i < table.getNumberOfRows(); i++) {
                names.add(table.getRow(i).getCell(0).getText());
            }
            assertThat(names).containsAll(DemoPrisonersIntegrationTest.BRIEFING_LIST_ON_1_NOVEMBER)
                    .doesNotContain("Mukhtar Dzhakishev");
        }
    }

    @Test
    void aBadDateIsInvalidDataAndABadFormatIsAUsageError() {
        assertThat(kuzet("prisoners", "--as-of", "2020-02-30").exitCode()).isEqualTo(1);
        assertThat(kuzet("prisoners", "--format", "pdf", "-o", "x.pdf").exitCode()).isEqualTo(2);
    }

    @Test
    void statsPrintsCountsWordedAsExactlyAsTheirVictimCountsAllow() {
        CommandRun run = kuzet("stats", "--unit", "persons", "--by", "year", "--from", "2020-01-01", "--to", "2020-12-31");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // 2020 in the demo: "at least" and "more than" counts beside "about" ones
        assertThat(run.out()).startsWith("year\tall").containsPattern("\n2020\tabout \\d+ or more\n")
                .containsPattern("\ntotal\tabout \\d+ or more");
    }
}
