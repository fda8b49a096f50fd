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
import org.kuzet.person.Persons;
import org.springframework.beans.factory.annotation.Autowired;

/** An editor imports a sheet of persons from the page: upload, preview, a column mapped, a check, the import. */
class ImportBrowserIntegrationTest extends BrowserTest {

    @Autowired
    Persons persons;

    @Test
    void anEditorMapsAnUnknownColumnChecksTheSheetSeesTheProblemsAndImportsIt() throws Exception {
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
        assertThat(page.locator("#import-counts").textContent()).contains("0 errors");
        screenshot("imports-checked");
        page.locator("#import-run").click();

        assertThat(page.locator("#import-done").textContent()).contains("Imported 1 persons");
        assertThat(persons.get(key).name()).isEqualTo("Gulnara " + tag);
        assertThat(persons.get(key).gender()).isEqualTo("female");
        Files.deleteIfExists(sheet);
    }
}
