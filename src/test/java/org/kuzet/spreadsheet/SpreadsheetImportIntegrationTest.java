package org.kuzet.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.incident.Incidents;
import org.kuzet.person.Persons;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Sheets written here with commons-csv and POI, imported through {@link SpreadsheetImports}. */
class SpreadsheetImportIntegrationTest extends ApiIntegrationTest {

    @Autowired
    SpreadsheetImports imports;

    @Autowired
    Incidents incidents;

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient db;

    @Autowired
    org.kuzet.organization.Organizations organizations;

    @TempDir
    Path dir;

    /** Letters only, so that a name stays words for the name matching. */
    static String tag() {
        StringBuilder tag = new StringBuilder("qx");
        UUID.randomUUID().toString().replace("-", "").chars().limit(8).forEach(c -> tag.append((char) ('a' + c % 26)));
        return tag.toString();
    }

    static Path csv(Path file, Charset charset, char delimiter, List<List<String>> rows) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        Files.write(file, text.toString().getBytes(charset));
        return file;
    }

    private SpreadsheetImports.Outcome run(Path file, String kind, boolean dryRun, Path rejects) {
        return imports.run(new SpreadsheetImports.Request(file, SpreadsheetFormat.of(file.getFileName().toString()), kind,
                null, dryRun, rejects), SpreadsheetImports.Progress.NONE);
    }

    @Test
    void incidentsWithRussianHeadersAreImportedWithTermsByAnyLabelDatesWithTheirPrecisionAndVictimsByName() throws IOException {
        String name = "Aidos " + tag();
        String person = unique("import-victim");
        run(csv(dir.resolve("persons.csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("ключ", "ФИО", "пол", "роль"), List.of(person, name, "Мужской", "Белсенді"))), "persons", false, null);
        String may = unique("import-may");
        String day = unique("import-day");
        Path file = csv(dir.resolve("incidents.csv"), CsvRows.WINDOWS_1251, ';', List.of(
                List.of("Ключ", "Дата", "Тип", "Права", "Место", "Заголовок", "Пострадавшие", "Количество пострадавших"),
                List.of(may, "май 2021", "ЗАДЕРЖАНИЕ", "Freedom of peaceful assembly", "Алматы", "Задержание на пикете",
                        name.toUpperCase(), "более 20"),
                List.of(day, "12.05.2021", "detention", "", "almaty", "Второй", "", "3")));

        SpreadsheetImports.Outcome outcome = run(file, "incidents", false, null);

        assertThat(outcome.problems()).filteredOn(ImportProblem::error).isEmpty();
        assertThat(outcome.imported()).isEqualTo(2);
        IncidentDocument first = incidents.get(may);
        assertThat(first.date()).isEqualTo("2021-05-01");
        assertThat(first.datePrecision()).isEqualTo("month");
        assertThat(first.types()).containsExactly("detention");
        assertThat(first.rights()).containsExactly("assembly");
        assertThat(first.place()).isEqualTo("kz-almaty-city");
        assertThat(first.title().texts()).isEqualTo(Map.of("ru", "Задержание на пикете"));
        assertThat(first.victims()).extracting(IncidentDocument.Victim::person).containsExactly(person);
        assertThat(first.victimCount()).isEqualTo(new IncidentDocument.VictimCount("more_than", 20));
        IncidentDocument second = incidents.get(day);
        assertThat(second.date()).isEqualTo("2021-05-12");
        assertThat(second.datePrecision()).isEqualTo("day");
        assertThat(persons.get(person).roles()).containsExactly("activist");
        assertThat(persons.get(person).gender()).isEqualTo("male");
    }

    @Test
    void anUnknownValueIsReportedWithItsRowAndColumnAndOneBadRowLeavesEverythingUnwritten() throws IOException {
        String good = unique("import-good");
        String bad = unique("import-bad");
        Path file = csv(dir.resolve("incidents.csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("key", "date", "type", "title"),
                List.of(good, "2021", "detention", "Fine"),
                List.of(bad, "2021", "Confiscation of kites", "Unknown type"),
                List.of(unique("import-bad-date"), "05/06/2021", "detention", "Ambiguous date")));

        SpreadsheetImports.Outcome outcome = run(file, "incidents", false, null);

        assertThat(outcome.written()).isFalse();
        assertThat(outcome.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("type");
            assertThat(p.message()).contains("'Confiscation of kites'").contains("not a known incident type");
        });
        assertThat(outcome.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("date");
            assertThat(p.message()).contains("day/month or month/day");
        });
        assertThat(incidents.find(good)).isEmpty();
        assertThat(incidents.find(bad)).isEmpty();
    }

    @Test
    void aPersonWhoseNameIsAlreadyRecordedIsReportedAndImportedAsANewRecordNeverMerged() throws IOException {
        String name = "Zhanbolat " + tag();
        String recorded = unique("import-recorded");
        run(csv(dir.resolve("first.csv"), StandardCharsets.UTF_8, ',', List.of(List.of("key", "name"),
                List.of(recorded, name))), "persons", false, null);
        String again = unique("import-again");
        Path file = csv(dir.resolve("second.csv"), StandardCharsets.UTF_8, ',', List.of(List.of("key", "name"),
                List.of(again, name.toUpperCase())));

        SpreadsheetImports.Outcome dry = run(file, "persons", true, null);
        assertThat(dry.problems()).singleElement().satisfies(p -> {
            assertThat(p.error()).isFalse();
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("name");
            assertThat(p.message()).contains(recorded).contains("not merged");
        });
        assertThat(persons.find(again)).isEmpty();

        SpreadsheetImports.Outcome imported = run(file, "persons", false, null);
        assertThat(imported.imported()).isEqualTo(1);
        assertThat(persons.get(again).name()).isEqualTo(name.toUpperCase());
        assertThat(persons.get(recorded).name()).isEqualTo(name);
    }

    @Test
    void skippingInvalidRowsImportsTheValidOnesAndWritesTheOthersWithTheirReasonToAFileThatImportsAgain() throws IOException {
        String good = unique("import-kept");
        String rejected = unique("import-rejected");
        Path file = csv(dir.resolve("persons.csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("key", "name", "year of birth"),
                List.of(good, "Asel " + tag(), "1990"),
                List.of(rejected, "Bolat " + tag(), "nineteen ninety")));
        Path rejects = dir.resolve("rejects.csv");

        SpreadsheetImports.Outcome outcome = run(file, "persons", false, rejects);

        assertThat(outcome.imported()).isEqualTo(1);
        assertThat(outcome.rejected()).isEqualTo(1);
        assertThat(persons.get(good).birthYear()).isEqualTo(1990);
        assertThat(persons.find(rejected)).isEmpty();
        try (Reader in = Files.newBufferedReader(rejects, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(in).getRecords();
            assertThat(records.get(0).values()).containsExactly("\uFEFFkey", "name", "year of birth", "reason");
            assertThat(records).hasSize(2);
            assertThat(records.get(1).get(0)).isEqualTo(rejected);
            assertThat(records.get(1).get(3)).contains("year of birth").contains("'nineteen ninety' is not a whole number");
        }
        // the rejected row, fixed, imports as any sheet
        String fixed = Files.readString(rejects).replace("nineteen ninety", "1990");
        Path again = csv(dir.resolve("fixed.csv"), StandardCharsets.UTF_8, ',', CSVFormat.DEFAULT.parse(new java.io.StringReader(
                fixed.substring(1))).getRecords().stream().map(r -> r.toList().subList(0, 3)).toList());
        assertThat(run(again, "persons", false, null).imported()).isEqualTo(1);
        assertThat(persons.get(rejected).birthYear()).isEqualTo(1990);
    }

    @Test
    void anXlsxSheetWithAnExcelDateCellAndAFormulaCellImportsTheDateAndTheComputedValue() throws IOException {
        String key = unique("import-xlsx");
        Path file = dir.resolve("incidents.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Лист1");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            Row header = sheet.createRow(0);
            List<String> headers = List.of("№", "key", "дата", "тип", "title", "number of victims");
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue(key);
            row.createCell(2).setCellValue(LocalDate.of(2020, 2, 22));
            row.getCell(2).setCellStyle(dateStyle);
            row.createCell(3).setCellValue("Detention");
            row.createCell(4).setCellValue("Rally in Almaty");
            row.createCell(5).setCellFormula("40+2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }

        SpreadsheetImports.Outcome outcome = run(file, "incidents", false, null);

        assertThat(outcome.problems()).isEmpty();
        IncidentDocument incident = incidents.get(key);
        assertThat(incident.date()).isEqualTo("2020-02-22");
        assertThat(incident.datePrecision()).isEqualTo("day");
        assertThat(incident.victimCount()).isEqualTo(new IncidentDocument.VictimCount("exact", 42));
    }

    @Test
    void aHeaderThatNamesNoFieldIsAProblemOfRowOneUnlessTheMappingLeavesItOutOrMapsIt() throws IOException {
        String key = unique("import-mapped");
        Path file = csv(dir.resolve("persons.csv"), StandardCharsets.UTF_8, '\t', List.of(
                List.of("key", "Фамилия Имя", "Цвет"), List.of(key, "Dana " + tag(), "red")));

        SpreadsheetImports.Outcome unmapped = run(file, "persons", false, null);
        assertThat(unmapped.written()).isFalse();
        assertThat(unmapped.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .contains(org.assertj.core.groups.Tuple.tuple(1L, "Фамилия Имя"), org.assertj.core.groups.Tuple.tuple(1L, "Цвет"));

        ImportMapping mapping = ImportMapping.parse("{\"kind\": \"persons\", \"columns\": {\"Фамилия Имя\": \"name\", \"Цвет\": null}}");
        SpreadsheetImports.Outcome mapped = imports.run(new SpreadsheetImports.Request(file, SpreadsheetFormat.CSV, "persons",
                mapping, false, null), SpreadsheetImports.Progress.NONE);
        assertThat(mapped.problems()).isEmpty();
        assertThat(persons.get(key).name()).startsWith("Dana ");
    }

    @Test
    void aPersonPersonWithoutANameIsRefusedByThePersonsOwnCheckUnderTheNameColumn() throws IOException {
        Path file = csv(dir.resolve("persons.csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("key", "name", "gender"), List.of(unique("import-nameless"), "", "female")));

        SpreadsheetImports.Outcome outcome = run(file, "persons", true, null);

        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("name");
            assertThat(p.message()).isEqualTo("is required");
        });
    }

    private Response postSheet(Role role, Path file, String kind, boolean dryRun) {
        return postFile("/api/v1/imports", role, Map.of("kind", kind, "dryRun", String.valueOf(dryRun)), file);
    }

    @Test
    void theApiDryRunAnswersTheProblemsByRowAndColumnAndTheImportCreatesTheRecordsAsTheEditor() throws Exception {
        String key = unique("import-api");
        Path bad = csv(dir.resolve("bad.csv"), StandardCharsets.UTF_8, ',', List.of(List.of("key", "date", "type", "title"),
                List.of(key, "12.05.2021", "Задержание", "Via the API"), List.of(unique("import-api-bad"), "soon", "detention", "x")));

        Response dry = postSheet(Role.EDITOR, bad, "incidents", true);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("errors").asInt()).isEqualTo(1);
        JsonNode problem = dry.json().get("problems").get(0);
        assertThat(problem.get("row").asInt()).isEqualTo(3);
        assertThat(problem.get("column").asString()).isEqualTo("date");
        assertThat(problem.get("message").asString()).contains("'soon'");

        Response refused = postSheet(Role.EDITOR, bad, "incidents", false);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(incidents.find(key)).isEmpty();

        assertThat(postSheet(Role.VIEWER, bad, "incidents", true).status()).isEqualTo(403);

        Path good = csv(dir.resolve("good.csv"), StandardCharsets.UTF_8, ',', List.of(List.of("key", "date", "type", "title"),
                List.of(key, "12.05.2021", "Задержание", "Via the API")));
        Response imported = postSheet(Role.EDITOR, good, "incidents", false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(1);
        assertThat(db.sql("select created_by from incident where key = ?").param(key).query(Long.class).single()).isNotNull();
    }

    @Test
    void organisationsImportWithTheirKindByLabelAndABranchFindsItsParentByNameAndALikelyDuplicateIsOnlyWarned()
            throws IOException {
        String movement = "Oyan " + tag();
        String parent = unique("import-org");
        String branch = unique("import-branch");
        Path file = csv(dir.resolve("organizations.csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("ключ", "название организации", "тип", "головная организация", "место"),
                List.of(parent, movement, "НПО", "", "Алматы")));
        assertThat(run(file, "organizations", false, null).imported()).isEqualTo(1);

        Path branches = csv(dir.resolve("branches.csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("key", "name", "kind", "parent"),
                List.of(branch, "Shymkent " + tag(), "ngo", movement.toUpperCase()),
                List.of(unique("import-org-again"), movement, "Trade union", "")));
        SpreadsheetImports.Outcome outcome = run(branches, "organizations", true, null);

        assertThat(outcome.errors()).isZero();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).contains("likely the same organization as " + parent);
        });
        assertThat(run(branches, "organizations", false, null).imported()).isEqualTo(2);
        assertThat(organizations.get(branch).parent()).isEqualTo(parent);
        assertThat(organizations.get(parent).kind()).isEqualTo("ngo");
        assertThat(organizations.get(parent).place()).isEqualTo("kz-almaty-city");
    }

    @Test
    void aValueMappedOnceInTheSavedMappingReadsAsItsTermAndAMappingToNoTermIsAProblemNeverANewTerm() throws IOException {
        String key = unique("import-valuemap");
        Path file = csv(dir.resolve("incidents.csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("key", "date", "type", "title"),
                List.of(key, "2021", "Задержание активиста", "Mapped once")));
        ImportMapping mapping = ImportMapping.parse("""
                {"kind": "incidents", "values": {"types": {"ЗАДЕРЖАНИЕ АКТИВИСТА": "detention"}}}""");
        ImportMapping wrong = ImportMapping.parse("""
                {"kind": "incidents", "values": {"types": {"Задержание активиста": "activist_detention"}}}""");

        SpreadsheetImports.Outcome refused = imports.run(new SpreadsheetImports.Request(file, SpreadsheetFormat.CSV,
                "incidents", wrong, false, null), SpreadsheetImports.Progress.NONE);
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("type");
            assertThat(p.message()).contains("'activist_detention'").contains("not the code of a known incident type");
        });
        assertThat(db.sql("select count(*) from vocabulary_term where code = 'activist_detention'").query(Long.class).single())
                .isZero();

        SpreadsheetImports.Outcome outcome = imports.run(new SpreadsheetImports.Request(file, SpreadsheetFormat.CSV,
                "incidents", mapping, false, null), SpreadsheetImports.Progress.NONE);
        assertThat(outcome.problems()).isEmpty();
        assertThat(incidents.get(key).types()).containsExactly("detention");
    }

    @Test
    void aKeyGivenToTwoRowsIsAnErrorOfTheLaterRowEvenWhenTheEarlierRowIsRejectedForSomethingElse() throws IOException {
        String key = unique("import-twice");
        Path file = csv(dir.resolve("persons.csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("key", "name", "birth year"),
                List.of(key, "Erlan " + tag(), "last year"),
                List.of(key, "Marat " + tag(), "1977")));

        SpreadsheetImports.Outcome outcome = run(file, "persons", false, dir.resolve("rejects.csv"));

        assertThat(outcome.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "birth year"), org.assertj.core.groups.Tuple.tuple(3L, "key"));
        assertThat(outcome.imported()).isZero();
        assertThat(outcome.rejected()).isEqualTo(2);
        assertThat(persons.find(key)).isEmpty();
    }

    @Test
    void theApiRefusesAnEmptyFileABinaryFileNamedCsvAndAnOversizedCellNamingTheFile() throws Exception {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        Path binary = Files.write(dir.resolve("photo.csv"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 0, 0x10, 'J'});
        Path oversized = csv(dir.resolve("big.csv"), StandardCharsets.UTF_8, ',', List.of(List.of("key", "name"),
                List.of(unique("import-big"), "x".repeat(150_000))));

        for (Path file : List.of(empty, binary, oversized)) {
            Response response = postSheet(Role.EDITOR, file, "persons", true);
            assertThat(response.status()).as(response.body()).isEqualTo(422);
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        }
        assertThat(postSheet(Role.EDITOR, binary, "persons", true).json().get("errors").get(0).get("message").asString())
                .contains("binary");
        assertThat(postSheet(Role.EDITOR, oversized, "persons", true).json().get("errors").get(0).get("message").asString())
                .contains("row 2").contains("longer than 100000 characters");
    }

    @Test
    void progressIsToldEveryThousandRowsAndAtTheEndOfEachPass() throws IOException {
        String run = unique("import-progress");
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("key", "date", "type", "title"));
        for (int i = 0; i < 2_500; i++) {
            rows.add(List.of(run + "-" + i, "2020", "detention", "Row " + i));
        }
        Path file = csv(dir.resolve("incidents.csv"), StandardCharsets.UTF_8, ',', rows);
        List<String> told = new java.util.ArrayList<>();

        imports.run(new SpreadsheetImports.Request(file, SpreadsheetFormat.CSV, "incidents", null, true, null),
                (pass, count) -> told.add(pass + ":" + count));

        assertThat(told).containsExactly("1:1000", "1:2000", "1:2500");
    }
}
