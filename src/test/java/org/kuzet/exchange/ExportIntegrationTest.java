package org.kuzet.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;

/**
 * The spreadsheet exports as a user downloads them from {@code /api/v1/exports/{format}}: the workbook opened with
 * POI, the CSV files of the ZIP parsed with Commons CSV. The record holds a public incident with two named victims,
 * an undated one, a person whose name starts like a formula, a confidential incident an editor recorded, an internal
 * person, and a victim who did not consent to publication; each carries this run's tag.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportIntegrationTest extends ApiIntegrationTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String tag = unique("exp");

    @BeforeAll
    void record() {
        create(Role.ADMIN, "/api/v1/organizations", "{'key': '%s-org', 'name': 'Oyan Qazaqstan %s', 'kind': 'ngo',"
                + " 'confidentiality': 'public'}", tag, tag);
        create(Role.ADMIN, "/api/v1/persons", "{'key': '%s-asya', 'name': 'Asya Tulesova %s', 'confidentiality': 'public',"
                + " 'sensitive': {'consentToPublish': 'yes'}, 'memberships': [{'organization': '%s-org', 'kind': 'member',"
                + " 'alleged': true, 'from': '2019-06-01', 'fromPrecision': 'month'}]}", tag, tag, tag);
        create(Role.ADMIN, "/api/v1/persons", "{'key': '%s-almat', 'name': 'Almat Zhumagulov %s', 'confidentiality': 'public',"
                + " 'sensitive': {'consentToPublish': 'yes'}}", tag, tag);
        create(Role.ADMIN, "/api/v1/persons", "{'key': '%s-formula', 'name': '%s', 'confidentiality': 'public',"
                + " 'sensitive': {'consentToPublish': 'yes'}}", tag, FORMULA.replace("\"", "\\\""));
        create(Role.ADMIN, "/api/v1/persons", "{'key': '%s-shy', 'name': 'Unconsenting %s', 'confidentiality': 'public',"
                + " 'sensitive': {'consentToPublish': 'no'}}", tag, tag);
        create(Role.ADMIN, "/api/v1/persons", "{'key': '%s-inner', 'name': 'Internal Person %s', 'confidentiality': 'internal',"
                + " 'sensitive': {'consentToPublish': 'yes'}}", tag, tag);
        create(Role.ADMIN, "/api/v1/incidents", "{'key': '%s-rally', 'title': {'original': 'en', 'en': 'Rally %s'},"
                + " 'date': '2020-02-01', 'datePrecision': 'month', 'place': 'kz-almaty-city', 'types': ['detention'],"
                + " 'confidentiality': 'public', 'reviewStatus': 'published', 'victims': [{'person': '%s-asya'},"
                + " {'person': '%s-almat'}, {'person': '%s-shy'}]}", tag, tag, tag, tag, tag);
        create(Role.ADMIN, "/api/v1/incidents", "{'key': '%s-undated', 'title': {'original': 'en', 'en': 'Undated %s'},"
                + " 'datePrecision': 'unknown', 'types': ['detention'], 'confidentiality': 'public',"
                + " 'reviewStatus': 'published'}", tag, tag);
        create(Role.EDITOR, "/api/v1/incidents", "{'key': '%s-secret', 'title': {'original': 'en', 'en': 'Secret %s'},"
                + " 'date': '2020-06-12', 'datePrecision': 'approximate', 'types': ['detention'],"
                + " 'confidentiality': 'confidential'}", tag, tag);
    }

    private void create(Role role, String path, String template, Object... args) {
        created(path, template.formatted(args), role);
    }

    private HttpResponse<byte[]> download(Role role, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token(role)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every sheet of a workbook as rows of text (as a spreadsheet shows them), header first. */
    static Map<String, List<List<String>>> sheets(byte[] xlsx) throws IOException {
        Map<String, List<List<String>>> all = new LinkedHashMap<>();
        DataFormatter format = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
                all.put(sheet.getSheetName(), rows);
            }
        }
        return all;
    }

    /** Every CSV file of a ZIP, parsed, header first. */
    static Map<String, List<List<String>>> csvFiles(byte[] zip) throws IOException {
        Map<String, List<List<String>>> all = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).as(entry.getName()).startsWith("\uFEFF");
                List<List<String>> rows = new ArrayList<>();
                for (CSVRecord record : CSVFormat.DEFAULT.parse(new InputStreamReader(
                        new ByteArrayInputStream(text.substring(1).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
                    rows.add(record.toList());
                }
                all.put(entry.getName().replace(".csv", ""), rows);
            }
        }
        return all;
    }

    /** The row of {@code sheet} whose column {@code column} is {@code value}, as header → cell. */
    static Map<String, String> row(Map<String, List<List<String>>> tables, String sheet, String column, String value) {
        List<List<String>> rows = tables.get(sheet);
        List<String> header = rows.getFirst();
        int at = header.indexOf(column);
        return rows.stream().skip(1).filter(r -> r.size() > at && value.equals(r.get(at))).findFirst()
                .map(r -> {
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        cells.put(header.get(i), i < r.size() ? r.get(i) : "");
                    }
                    return cells;
                }).orElse(null);
    }

    static boolean anyCellContains(Map<String, List<List<String>>> tables, String text) {
        return tables.values().stream().flatMap(List::stream).flatMap(List::stream).anyMatch(c -> c.contains(text));
    }

    private void checkTables(Map<String, List<List<String>>> tables) {
        assertThat(tables.keySet()).containsExactly("incidents", "incident-victims", "persons", "memberships",
                "organisations", "legal-cases", "case-parties", "charges", "case-stages", "sources", "events",
                "interventions", "reported-figures");
        assertThat(tables.get("incidents").getFirst()).contains("key", "address", "title", "date", "victims",
                "victim keys", "types", "type codes");

        var rally = row(tables, "incidents", "key", tag + "-rally");
        List<String> victims = List.of(rally.get("victims").split("; "));
        List<String> victimKeys = List.of(rally.get("victim keys").split("; "));
        assertThat(victims).contains("Asya Tulesova " + tag, "Almat Zhumagulov " + tag);
        assertThat(victimKeys.indexOf(tag + "-asya")).isEqualTo(victims.indexOf("Asya Tulesova " + tag));
        assertThat(victimKeys.indexOf(tag + "-almat")).isEqualTo(victims.indexOf("Almat Zhumagulov " + tag));
        assertThat(rally.get("date")).isEqualTo("February 2020");
        assertThat(rally.get("types")).isEqualTo("Detention");
        assertThat(rally.get("type codes")).isEqualTo("detention");
        assertThat(rally.get("place")).isEqualTo("Almaty");
        assertThat(rally.get("address")).isEqualTo("/incidents/" + tag + "-rally");
        assertThat(row(tables, "incidents", "key", tag + "-undated").get("date")).isEqualTo("date unknown");

        var victim = row(tables, "incident-victims", "victim key", tag + "-asya");
        assertThat(victim.get("incident key")).isEqualTo(tag + "-rally");
        assertThat(victim.get("victim")).isEqualTo("Asya Tulesova " + tag);

        var membership = row(tables, "memberships", "person key", tag + "-asya");
        assertThat(membership).containsEntry("organisation", "Oyan Qazaqstan " + tag)
                .containsEntry("organisation key", tag + "-org").containsEntry("alleged", "yes")
                .containsEntry("from", "June 2019");

        assertThat(row(tables, "persons", "key", tag + "-formula").get("name")).isEqualTo("'" + FORMULA);
    }

    @Test
    void theWorkbookHasASheetPerKindWithNamesAndKeysDatesAsKnownAndNoFormula() throws Exception {
        var response = download(Role.ADMIN, "/api/v1/exports/xlsx");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", "kuzet-export.xlsx");
        checkTables(sheets(response.body()));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var formulaName = workbook.getSheet("persons");
            for (Row r : formulaName) {
                for (Cell c : r) {
                    assertThat(c.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void theCsvZipHasAFilePerKindWithNamesAndKeysDatesAsKnownAndNoFormula() throws Exception {
        var response = download(Role.ADMIN, "/api/v1/exports/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("kuzet-export-csv.zip");
        checkTables(csvFiles(response.body()));
    }

    @Test
    void aViewersExportLacksTheConfidentialIncidentItsEditorsExportHasAndAuditsAsRead() throws Exception {
        long readBefore = readsNaming(tag + "-secret");
        var editors = sheets(download(Role.EDITOR, "/api/v1/exports/xlsx").body());
        long readAfter = readsNaming(tag + "-secret");
        var viewers = sheets(download(Role.VIEWER, "/api/v1/exports/xlsx").body());

        var secret = row(editors, "incidents", "key", tag + "-secret");
        assertThat(secret).isNotNull().containsEntry("date", "around 12 June 2020")
                .containsEntry("confidentiality code", "confidential");
        assertThat(row(viewers, "incidents", "key", tag + "-secret")).isNull();
        assertThat(anyCellContains(viewers, "Secret " + tag)).isFalse();
        assertThat(row(viewers, "incidents", "key", tag + "-rally")).isNotNull();
        assertThat(readAfter).isEqualTo(readBefore + 1);
    }

    @Test
    void theBundleAuditsItsConfidentialRecordsAsReadAndThePublicEditionIsExportedByTheCallerNotAnonymously() throws Exception {
        long readBefore = readsNaming(tag + "-secret");
        assertThat(download(Role.EDITOR, "/api/v1/exports/json").body()).isNotEmpty();
        long readAfter = readsNaming(tag + "-secret");
        assertThat(download(Role.EDITOR, "/api/v1/exports/json?public=true").body()).isNotEmpty();

        assertThat(readAfter).isEqualTo(readBefore + 1);
        var exports = send("GET", "/api/v1/audit?action=export&subjectType=bundle&size=2", null, Role.ADMIN).json().get("items");
        assertThat(exports.get(0).path("details").path("edition").asString()).isEqualTo("public");
        assertThat(exports.get(0).path("actorName").asString()).startsWith("editor-");
        assertThat(exports.get(1).path("details").path("edition").asString()).isEqualTo("internal");
        assertThat(exports.get(1).path("actorName").asString()).startsWith("editor-");
    }

    /** How many record_read entries of incidents name {@code key}. */
    private long readsNaming(String key) {
        var page = send("GET", "/api/v1/audit?action=record_read&subjectType=incident&size=500", null, Role.ADMIN).json();
        long count = 0;
        for (var entry : page.get("items")) {
            boolean named = key.equals(entry.path("subjectKey").asString(""));
            for (var k : entry.path("details").path("keys")) {
                named |= key.equals(k.asString());
            }
            count += named ? 1 : 0;
        }
        return count;
    }

    @Test
    void thePublicEditionLacksInternalRecordsAndTheNamesOfPersonsWhoDidNotConsent() throws Exception {
        var internal = csvFiles(download(Role.ADMIN, "/api/v1/exports/csv").body());
        var response = download(Role.ADMIN, "/api/v1/exports/csv?public=true");
        var published = csvFiles(response.body());

        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("kuzet-export-public-csv.zip");
        assertThat(anyCellContains(internal, "Internal Person " + tag)).isTrue();
        assertThat(anyCellContains(internal, "Unconsenting " + tag)).isTrue();
        assertThat(anyCellContains(published, "Internal Person " + tag)).isFalse();
        assertThat(anyCellContains(published, "Unconsenting " + tag)).isFalse();
        assertThat(anyCellContains(published, tag + "-shy")).isFalse();
        assertThat(anyCellContains(published, "Secret " + tag)).isFalse();
        assertThat(row(published, "incidents", "key", tag + "-rally").get("victims")).contains("Asya Tulesova " + tag);
    }

    @Test
    void thePublicEditionOfTheBundleLacksInternalRecordsAndNonConsentingPersons() throws Exception {
        var internal = download(Role.ADMIN, "/api/v1/exports/json");
        var response = download(Role.ADMIN, "/api/v1/exports/json?public=true");
        String published = new String(response.body(), StandardCharsets.UTF_8);

        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(new String(internal.body(), StandardCharsets.UTF_8)).contains("Internal Person " + tag, "Unconsenting " + tag);
        assertThat(published).contains("Asya Tulesova " + tag)
                .doesNotContain("Internal Person " + tag, "Unconsenting " + tag, "Secret " + tag);
    }

    @Test
    void anUnknownFormatIsRefusedAtItsField() {
        var response = get("/api/v1/exports/pdf");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).contains("query.format");
    }
}
