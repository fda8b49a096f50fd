package org.kuzet.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.spreadsheet.SpreadsheetImportIntegrationTest.csv;
import static org.kuzet.spreadsheet.SpreadsheetImportIntegrationTest.tag;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.legalcase.CaseDocument;
import org.kuzet.legalcase.CaseDocument.ChargeDocument;
import org.kuzet.legalcase.CaseDocument.SentenceComponentDocument;
import org.kuzet.legalcase.CaseDocument.StageDocument;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.security.Role;
import org.kuzet.source.Citation;
import org.kuzet.source.SourceDocument;
import org.kuzet.source.Sources;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Sheets of legal cases and of sources, written here with commons-csv and POI, imported end to end. */
class CaseAndSourceImportIntegrationTest extends ApiIntegrationTest {

    @Autowired
    SpreadsheetImports imports;

    @Autowired
    LegalCases cases;

    @Autowired
    Sources sources;

    @TempDir
    Path dir;

    private SpreadsheetImports.Outcome run(Path file, String kind, boolean dryRun, Path rejects) {
        return imports.run(new SpreadsheetImports.Request(file, SpreadsheetFormat.of(file.getFileName().toString()), kind,
                null, dryRun, rejects), SpreadsheetImports.Progress.NONE);
    }

    /** A recorded person and a recorded court, imported as sheets too: their keys and names. */
    private record Parties(String person, String personName, String court, String courtName) {
    }

    private Parties parties() throws IOException {
        String person = unique("sheet-defendant");
        String personName = "Serik " + tag();
        String court = unique("sheet-court");
        String courtName = "Sot " + tag();
        SpreadsheetImports.Outcome persons = run(csv(dir.resolve(person + ".csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("key", "name"), List.of(person, personName))), "persons", false, null);
        assertThat(persons.imported()).as(persons.problems().toString()).isEqualTo(1);
        SpreadsheetImports.Outcome courts = run(csv(dir.resolve(court + ".csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("key", "name", "kind"), List.of(court, courtName, "court"))), "organizations", false, null);
        assertThat(courts.imported()).as(courts.problems().toString()).isEqualTo(1);
        return new Parties(person, personName, court, courtName);
    }

    @Test
    void sourcesImportThroughTheApiWithKindLanguageAndReliabilityByLabelsInAnyLanguageAndTheDateWithItsPrecision()
            throws Exception {
        String article = unique("sheet-source");
        String judgment = unique("sheet-judgment");
        Path file = csv(dir.resolve("sources.csv"), StandardCharsets.UTF_8, ';', List.of(
                List.of("Ключ", "Ссылка", "Заголовок", "Издание", "Язык", "Тип источника", "Дата публикации", "Надёжность",
                        "Конфиденциальность"),
                List.of(article, "https://vlast.kz/" + article, "Суд над активистом в Алматы", "Власть", "русский",
                        "Публикация СМИ", "май 2021", "Высокая", "Открытый"),
                List.of(judgment, "", "Сот үкімі: Қызылорда, ұйым мүшесі", "Қызылорда облыстық соты", "Қазақша",
                        "Сот құжаты", "12.05.2021", "", "")));

        Response imported = postSheet(Role.EDITOR, file, "sources", false);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
        SourceDocument news = sources.get(article);
        assertThat(news.url()).isEqualTo("https://vlast.kz/" + article);
        assertThat(news.title().original()).isEqualTo("ru");
        assertThat(news.title().texts()).isEqualTo(Map.of("ru", "Суд над активистом в Алматы"));
        assertThat(news.outlet()).isEqualTo("Власть");
        assertThat(news.language()).isEqualTo("ru");
        assertThat(news.kind()).isEqualTo("media");
        assertThat(news.publishedOn()).isEqualTo("2021-05-01");
        assertThat(news.publishedOnPrecision()).isEqualTo("month");
        assertThat(news.reliability()).isEqualTo("high");
        assertThat(news.confidentiality()).isEqualTo("public");
        SourceDocument court = sources.get(judgment);
        assertThat(court.title().texts()).isEqualTo(Map.of("kk", "Сот үкімі: Қызылорда, ұйым мүшесі"));
        assertThat(court.language()).isEqualTo("kk");
        assertThat(court.kind()).isEqualTo("court_document");
        assertThat(court.publishedOnPrecision()).isEqualTo("day");
        assertThat(court.reliability()).isEqualTo("unknown");

        // the same sheet again: every key is taken, as for any kind, and nothing changes
        Response again = postSheet(Role.EDITOR, file, "sources", false);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("errors").asInt()).isEqualTo(2);
        List<String> problems = new java.util.ArrayList<>();
        for (JsonNode p : again.json().get("problems")) {
            problems.add(p.get("row").asInt() + "|" + p.get("column").asString() + "|" + p.get("message").asString());
        }
        assertThat(problems).filteredOn(p -> p.startsWith("2|Ключ|")).singleElement()
                .satisfies(p -> assertThat(p).contains("is already taken"));
        // the row with an address also warns of the source recorded there (its error refuses it anyway)
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("2|Ссылка|likely the same source as " + article));
        assertThat(sources.get(article).version()).isEqualTo(news.version());
    }

    @Test
    void aSourceRowThatCannotBeReadWholeIsAProblemOfItsCell() throws IOException {
        Path file = csv(dir.resolve("sources.csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("key", "title", "language", "kind", "published", "accessed"),
                List.of(unique("sheet-src-bad"), "A title in a language not known", "Klingon", "blog", "soon", "May 2021"),
                List.of(unique("sheet-src-nothing"), "", "", "", "", "")));

        SpreadsheetImports.Outcome outcome = run(file, "sources", true, null);

        assertThat(outcome.problems()).extracting(ImportProblem::toString).contains(
                "row 3: url: a source needs a url or a title");
        assertThat(outcome.problems()).anySatisfy(p -> assertThat(p.toString())
                .startsWith("row 2, column \"language\": 'Klingon' is not a known language"));
        assertThat(outcome.problems()).filteredOn(p -> p.row() == 2).extracting(ImportProblem::column)
                .contains("title", "kind", "published", "accessed");
    }

    @Test
    void aCaseRowOfAnXlsxSheetBecomesACaseWithItsCourtArticlesDefendantsAndStagesAndCitesItsSource() throws IOException {
        Parties parties = parties();
        String source = unique("sheet-case-source");
        assertThat(run(csv(dir.resolve("source.csv"), StandardCharsets.UTF_8, ',', List.of(List.of("key", "url"),
                List.of(source, "https://example.org/" + source))), "sources", false, null).imported()).isEqualTo(1);
        String key = unique("sheet-case");
        Path file = dir.resolve("cases.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Дела");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            List<String> headers = List.of("Ключ", "Номер дела", "Вид дела", "Место", "Суд", "Статьи", "Обвиняемые",
                    "Дата задержания", "Арестован", "Дата приговора", "Приговор", "Наказание", "Источники");
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(1);
            List<String> cells = List.of(key, "1-2021/" + key, "Уголовное дело", "Алматы", parties.courtName(),
                    "УК 405; ч. 2 ст. 174 УК РК", parties.personName().toUpperCase(), "", "14.05.2021", "",
                    "обвинительный приговор", "5 лет лишения свободы; запрет на деятельность 3 года", source);
            for (int i = 0; i < cells.size(); i++) {
                row.createCell(i).setCellValue(cells.get(i));
            }
            row.getCell(7).setCellValue(LocalDate.of(2021, 5, 12));
            row.getCell(7).setCellStyle(dateStyle);
            row.getCell(9).setCellValue("ноябрь 2021");
            workbook.write(out);
        }

        SpreadsheetImports.Outcome outcome = run(file, "cases", false, null);

        assertThat(outcome.problems()).filteredOn(ImportProblem::error).isEmpty();
        assertThat(outcome.imported()).isEqualTo(1);
        CaseDocument legalCase = cases.get(key);
        assertThat(legalCase.kind()).isEqualTo("criminal");
        assertThat(legalCase.number()).isEqualTo("1-2021/" + key);
        assertThat(legalCase.place()).isEqualTo("kz-almaty-city");
        assertThat(legalCase.parties()).containsExactly(new CaseDocument.PartyDocument(parties.person(), null, "defendant"));
        assertThat(legalCase.charges()).containsExactly(
                new ChargeDocument(parties.person(), "CC", "405", null, null, "brought"),
                new ChargeDocument(parties.person(), "CC", "174", "2", null, "brought"));
        assertThat(legalCase.stages()).extracting(StageDocument::kind, StageDocument::date, StageDocument::datePrecision,
                StageDocument::court, StageDocument::measure, StageDocument::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("detained", "2021-05-12", "day", null, null, null),
                org.assertj.core.groups.Tuple.tuple("measure_of_restraint", "2021-05-14", "day", parties.court(),
                        "pre_trial_detention", null),
                org.assertj.core.groups.Tuple.tuple("verdict", "2021-11-01", "month", parties.court(), null, "convicted"));
        assertThat(legalCase.stages().get(2).sentence()).containsExactly(
                new SentenceComponentDocument("imprisonment", "P5Y", null, null, null, null),
                new SentenceComponentDocument("activity_ban", "P3Y", null, null, null, null));
        assertThat(legalCase.sources()).containsExactly(new Citation(source, null, null));
    }

    @Test
    void aDryRunThroughTheApiListsAnUnknownCourtAMissingArticleABadDateAndAnIncompleteVerdictByRowAndColumnAndNothingIsWritten()
            throws Exception {
        Parties parties = parties();
        String good = unique("sheet-case-good");
        List<String> header = List.of("key", "kind", "court", "articles", "defendants", "charged", "verdict date",
                "verdict", "sentence");
        Path file = csv(dir.resolve("cases.csv"), StandardCharsets.UTF_8, ',', List.of(header,
                List.of(good, "criminal", "", "CC 405", parties.person(), "2021", "", "", ""),
                List.of(unique("sheet-case-court"), "criminal", "Court of Nowhere " + tag(), "CC 405", parties.person(),
                        "", "12.03.2022", "acquitted", ""),
                List.of(unique("sheet-case-article"), "criminal", "", "CC 9999", parties.person(), "2021", "", "", ""),
                List.of(unique("sheet-case-date"), "criminal", parties.court(), "CC 405", parties.person(), "",
                        "31.02.2022", "acquitted", ""),
                List.of(unique("sheet-case-verdict"), "criminal", "", "CC 405", parties.person(), "", "", "convicted",
                        ""),
                List.of(unique("sheet-case-acquitted"), "criminal", "", "CC 405", parties.person(), "", "05.2022",
                        "оправдан", "2 года ограничения свободы")));

        Response dry = postSheet(Role.EDITOR, file, "cases", true);

        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        List<String> problems = new java.util.ArrayList<>();
        for (JsonNode p : dry.json().get("problems")) {
            problems.add(p.get("row").asInt() + "|" + p.get("column").asString() + "|" + p.get("message").asString());
        }
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("3|court|no recorded organization is named"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("4|articles|no article CC 9999 in the vocabulary"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("5|verdict date|'31.02.2022' is not a date"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("6|verdict|a verdict needs its date"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("6|sentence|a conviction needs its sentence"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("7|verdict|a verdict stage (acquitted) carries no "
                + "sentence"));
        assertThat(problems).noneMatch(p -> p.startsWith("2|"));

        // all or nothing: the valid row is not written while the others have errors
        Response refused = postSheet(Role.EDITOR, file, "cases", false);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(cases.find(good)).isEmpty();
    }

    @Test
    void skippingInvalidCaseRowsWritesTheValidOnesAndTheOthersWithTheirReasonAndTheSameSheetAgainFindsTheKeyTaken()
            throws IOException {
        Parties parties = parties();
        String good = unique("sheet-case-kept");
        String bad = unique("sheet-case-rejected");
        Path file = csv(dir.resolve("cases.csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("key", "kind", "court", "articles", "defendants", "trial started", "verdict date", "verdict",
                        "sentence"),
                List.of(good, "Administrative case", parties.court(), "AOC 488", parties.personName(), "03.2022",
                        "15.03.2022", "convicted", "10 суток ареста"),
                List.of(bad, "criminal", "", "CC 405", parties.person(), "", "", "", "5 лет лишения свободы")));
        Path rejects = dir.resolve("rejects.csv");

        SpreadsheetImports.Outcome outcome = run(file, "cases", false, rejects);

        assertThat(outcome.imported()).isEqualTo(1);
        assertThat(outcome.rejected()).isEqualTo(1);
        CaseDocument kept = cases.get(good);
        assertThat(kept.kind()).isEqualTo("administrative");
        assertThat(kept.stages()).extracting(StageDocument::kind).containsExactly("trial_started", "verdict");
        assertThat(kept.stages().get(1).sentence()).containsExactly(
                new SentenceComponentDocument("administrative_detention", "P10D", null, null, null, null));
        assertThat(cases.find(bad)).isEmpty();
        try (Reader in = Files.newBufferedReader(rejects, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(in).getRecords();
            assertThat(records).hasSize(2);
            assertThat(records.get(1).get(0)).isEqualTo(bad);
            assertThat(records.get(1).get(9)).contains("sentence: a sentence comes with a verdict");
        }

        SpreadsheetImports.Outcome again = run(csv(dir.resolve("again.csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("key", "kind", "articles"), List.of(good, "criminal", "CC 405"))), "cases", false, null);
        assertThat(again.written()).isFalse();
        assertThat(again.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("key");
            assertThat(p.message()).contains("is already taken");
        });
        assertThat(cases.get(good).kind()).isEqualTo("administrative");
    }

    @Test
    void aKeylessSheetImportedAgainWarnsOnEachRowOfTheSourceOrCaseRecordedByItsKeyAndImportsItAsAskedNeverMerged()
            throws IOException {
        Parties parties = parties();
        String url = "https://vlast.kz/" + unique("sheet-src-again");
        Path sourceSheet = csv(dir.resolve("keyless-sources.csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("url", "title", "language"), List.of(url, "Суд " + tag(), "ru")));

        SpreadsheetImports.Outcome first = run(sourceSheet, "sources", false, null);

        assertThat(first.imported()).as(first.problems().toString()).isEqualTo(1);
        assertThat(first.problems()).isEmpty();
        List<String> recorded = sources.keysWithUrl(url);
        assertThat(recorded).hasSize(1);
        SpreadsheetImports.Outcome again = run(sourceSheet, "sources", false, null);
        assertThat(again.imported()).isEqualTo(1);
        assertThat(again.problems()).singleElement().satisfies(p -> {
            assertThat(p.error()).isFalse();
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("url");
            assertThat(p.message()).contains("likely the same source as " + recorded.getFirst(), "the same URL",
                    "not merged");
        });
        assertThat(sources.keysWithUrl(url)).hasSize(2).contains(recorded.getFirst());

        String number = "1-2021/" + unique("sheet-case-again");
        Path caseSheet = csv(dir.resolve("keyless-cases.csv"), StandardCharsets.UTF_8, ',', List.of(
                List.of("number", "kind", "articles", "defendants", "verdict date", "verdict", "sentence"),
                List.of(number, "criminal", "CC 405", parties.person(), "14.05.2021", "осуждена",
                        "5 лет лишения свободы"),
                List.of("", "criminal", "CC 174", parties.person(), "20.06.2021", "convicted", "unknown")));

        first = run(caseSheet, "cases", false, null);

        assertThat(first.imported()).as(first.problems().toString()).isEqualTo(2);
        assertThat(first.problems()).isEmpty();
        List<String> numbered = cases.keysWithNumber(number);
        assertThat(numbered).hasSize(1);
        List<String> unnumbered = cases.keysAsDefendant(parties.person()).stream()
                .filter(k -> !numbered.contains(k)).toList();
        assertThat(unnumbered).hasSize(1);
        again = run(caseSheet, "cases", false, null);
        assertThat(again.imported()).isEqualTo(2);
        assertThat(again.problems()).satisfiesExactlyInAnyOrder(p -> {
            assertThat(p.error()).isFalse();
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("number");
            assertThat(p.message()).contains("likely the same legal case as " + numbered.getFirst(), "the same number");
        }, p -> {
            assertThat(p.error()).isFalse();
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("defendants");
            assertThat(p.message()).contains("likely the same legal case as " + unnumbered.getFirst(),
                    "the same defendant (" + parties.person() + "), article (CC 174) and verdict date");
        });
        assertThat(cases.keysAsDefendant(parties.person())).hasSize(4);
    }

    private Response postSheet(Role role, Path file, String kind, boolean dryRun) {
        return postFile("/api/v1/imports", role, Map.of("kind", kind, "dryRun", String.valueOf(dryRun)), file);
    }
}
