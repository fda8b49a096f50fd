package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.person.Persons;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor imports a sheet of persons from the page: upload, preview, a column mapped, a check, the import; then a
 * sheet of the persons' legal cases, choosing that kind.
 */
class ImportBrowserIntegrationTest extends BrowserTest {

    @Autowired
    Persons persons;

    @Autowired
    LegalCases cases;

    @Test
    void anEditorMapsAnUnknownColumnChecksTheSheetSeesTheProblemsAndImportsItThenASheetOfTheirLegalCases()
            throws Exception {
        StringBuilder tag = new StringBuilder("qx");
        UUID.randomUUID().toString().replace("-", "").chars().limit(8).forEach(c -> tag.append((char) ('a' + c % 26)));
        String key = unique("web-import");
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            csv.printRecord("ключ", "Фамилия и имя", "пол");
            csv.printRecord(key, "Gulnara " + tag, "Женский");
        }
        Path sheet = Files.createTempFile("persons", ".csv");
        Files.writeString(sheet, text.toString(), StandardCharsets.UTF_8);
        openSignedInAsNewEditor();

        page.navigate(url("/imports"));
        page.setInputFiles("#file", sheet);
        page.selectOption("#kind", "persons");
        page.locator("#import-upload").click();
        assertThat(page.locator("#import-preview tbody tr").count()).isEqualTo(1);
        assertThat(page.locator("#field-0").inputValue()).isEqualTo("key");
        assertThat(page.locator("#field-1").inputValue()).isEqualTo("-");

        page.locator("#import-check").click();
        assertThat(page.locator("#import-problems").textContent()).contains("name: is required");
        assertThat(page.locator("#import-run").count()).isZero();

        page.selectOption("#field-1", "name");
        page.locator("#import-check").click();
        assertThat(page.locator("#import-counts").textContent()).matches("1 rows: 0 errors, \\d+ warnings\\.");
        screenshot("imports-checked");
        page.locator("#import-run").click();

        assertThat(page.locator("#import-done").textContent()).contains("Imported 1 persons");
        assertThat(persons.get(key).name()).isEqualTo("Gulnara " + tag);
        assertThat(persons.get(key).gender()).isEqualTo("female");
        Files.deleteIfExists(sheet);

        String caseKey = unique("web-import-case");
        StringWriter caseText = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(caseText, CSVFormat.DEFAULT)) {
            csv.printRecord("ключ", "вид дела", "статьи", "обвиняемые", "обвинение предъявлено");
            csv.printRecord(caseKey, "Уголовное дело", "УК 405", key, "05.2021");
        }
        Path caseSheet = Files.createTempFile("cases", ".csv");
        Files.writeString(caseSheet, caseText.toString(), StandardCharsets.UTF_8);
        page.navigate(url("/imports"));
        page.setInputFiles("#file", caseSheet);
        page.selectOption("#kind", "cases");
        page.locator("#import-upload").click();
        assertThat(page.locator("#field-3").inputValue()).isEqualTo("defendants");
        assertThat(page.locator("#field-4").inputValue()).isEqualTo("charged");
        page.locator("#import-check").click();
        assertThat(page.locator("#import-counts").textContent()).matches("1 rows: 0 errors, \\d+ warnings\\.");
        page.locator("#import-run").click();

        assertThat(page.locator("#import-done").textContent()).contains("Imported 1 legal cases");
        assertThat(cases.get(caseKey).charges()).extracting(c -> c.code() + " " + c.article()).containsExactly("CC 405");
        assertThat(cases.get(caseKey).stages()).extracting(s -> s.kind() + " " + s.date()).containsExactly(
                "charged 2021-05-01");
        Files.deleteIfExists(caseSheet);
    }
}
