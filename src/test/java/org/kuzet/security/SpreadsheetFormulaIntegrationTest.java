package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.kuzet.support.ApiIntegrationTest;

/**
 * No text typed into the record becomes a formula in a spreadsheet that opens an export (docs/security.md §3,
 * "Spreadsheets"): every CSV file Kuzet writes, read back with the CSV library Kuzet uses. Today that is the
 * political-prisoner list; a new export writes through the same CsvTable (ArchitectureTest keeps it so) and adds its
 * download here.
 */
class SpreadsheetFormulaIntegrationTest extends ApiIntegrationTest {

    private static final String CALC = "=1+2+cmd|' /C calc'!A0";
    private static final String SUM = "@SUM(1+9)*cmd|' /C calc'!A0";
    private static final String MINUS = "-2+3+cmd|' /C calc'!A0";
    private static final String PLUS = "+7 701 000 0000";

    private void create(String path, Map<String, Object> body) {
        var created = send("POST", path, body, Role.ADMIN);
        assertThat(created.status()).as(path + ": " + created.body()).isEqualTo(201);
    }

    /** A prisoner of conscience since 2021, whose name, case number and assessing body are the payloads given. */
    private String prisoner(String name, String caseNumber, String assessedBy) {
        String key = unique("formula");
        create("/api/v1/persons", Map.of("key", key, "name", name, "confidentiality", "public",
                "sensitive", Map.of("consentToPublish", "yes"),
                "assessments", List.of(Map.of("date", "2021-01-15", "assessedByText", assessedBy,
                        "conclusion", "prisoner_of_conscience"))));
        create("/api/v1/cases", Map.of("key", key + "-case", "kind", "criminal", "number", caseNumber,
                "confidentiality", "public", "place", "kz-oral",
                "parties", List.of(Map.of("person", key, "role", "defendant")),
                "charges", List.of(Map.of("defendant", key, "code", "CC", "article", "174")),
                "stages", List.of(Map.of("kind", "opened", "date", "2021-01-10"),
                        Map.of("kind", "verdict", "date", "2021-03-01", "outcome", "convicted",
                                "sentence", List.of(Map.of("kind", "imprisonment", "duration", "P5Y"))))));
        return key;
    }

    @Test
    void cellsOfThePrisonerCsvThatStartLikeAFormulaAreReadBackAsTextBehindAQuote() throws Exception {
        String tag = unique("f");
        prisoner(CALC + " " + tag, SUM, MINUS);
        prisoner(PLUS + " " + tag, MINUS, "Memorial " + tag);
        String name = unique("csv-viewer").toLowerCase();
        users.create(name, Role.VIEWER, PASSWORD, false);
        Browser viewer = new Browser(port);
        viewer.signIn(name, PASSWORD);

        var csv = viewer.get("/prisoners/export?asOf=2021-07-01&format=csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().replace("\uFEFF", ""))).getRecords();
        CSVRecord calc = rows.stream().filter(r -> r.get("Name").contains(tag) && r.get("Name").contains("calc"))
                .findFirst().orElseThrow();
        assertThat(calc.get("Name")).isEqualTo("'" + CALC + " " + tag);
        assertThat(calc.get("Cases")).isEqualTo("'" + SUM);
        assertThat(calc.get("Assessed by")).startsWith("'" + MINUS);
        CSVRecord plus = rows.stream().filter(r -> r.get("Name").contains(tag) && r.get("Name").contains("701"))
                .findFirst().orElseThrow();
        assertThat(plus.get("Name")).isEqualTo("'" + PLUS + " " + tag);
        assertThat(plus.get("Cases")).isEqualTo("'" + MINUS);
        // no cell of the whole file starts like a formula
        for (CSVRecord row : rows) {
            for (String cell : row.values()) {
                assertThat(cell).as(row.toString()).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }
}
