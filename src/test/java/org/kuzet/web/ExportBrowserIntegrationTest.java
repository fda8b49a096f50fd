package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;

/** A viewer downloads the record as an Excel workbook from the exports page and opens it. */
class ExportBrowserIntegrationTest extends BrowserTest {

    @Test
    void aViewerDownloadsTheWorkbookFromTheExportsPageAndFindsTheIncidentInIt() throws Exception {
        String tag = unique("xb");
        var created = send("POST", "/api/v1/incidents", Map.of("key", tag, "title", Map.of("original", "en", "en",
                "Picket at the akimat " + tag), "date", "2021-05-01", "datePrecision", "month",
                "types", List.of("detention"), "confidentiality", "internal"), Role.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String viewer = unique("export-viewer").toLowerCase();
        users.create(viewer, Role.VIEWER, PASSWORD, false);
        openSignedIn(viewer, PASSWORD);

        page.navigate(url("/exports"));
        screenshot("exports");
        var download = page.waitForDownload(() -> page.locator("#export-xlsx").click());
        Path file = Files.createTempFile("export", ".xlsx");
        download.saveAs(file);

        assertThat(download.suggestedFilename()).isEqualTo("kuzet-export.xlsx");
        List<String> sheets = new ArrayList<>();
        String found = null;
        try (var workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            DataFormatter format = new DataFormatter();
            for (Row row : workbook.getSheet("incidents")) {
                if (tag.equals(format.formatCellValue(row.getCell(0)))) {
                    found = format.formatCellValue(row.getCell(2)) + " · " + format.formatCellValue(row.getCell(3));
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(sheets).contains("incidents", "persons", "organisations", "legal-cases", "memberships");
        assertThat(found).isEqualTo("Picket at the akimat " + tag + " · May 2021");
    }

    @Test
    void aPassphraseOnThePageEncryptsTheDownloadAndTwoDifferentOnesAreRefusedAtTheField() throws Exception {
        String viewer = unique("export-sealer").toLowerCase();
        users.create(viewer, Role.VIEWER, PASSWORD, false);
        openSignedIn(viewer, PASSWORD);
        page.navigate(url("/exports"));

        page.locator("#passphrase").fill("a passphrase for the partner");
        page.locator("#passphraseAgain").fill("a passphrase for the partnre");
        page.locator("#export-popolo").click();
        assertThat(page.locator("#passphraseAgain-error").textContent()).contains("The two passphrases differ");

        page.locator("#passphrase").fill("a passphrase for the partner");
        page.locator("#passphraseAgain").fill("a passphrase for the partner");
        var download = page.waitForDownload(() -> page.locator("#export-popolo").click());
        Path file = Files.createTempFile("export", ".gpg");
        download.saveAs(file);

        assertThat(download.suggestedFilename()).isEqualTo("kuzet-export-popolo.json.gpg");
        try (var in = org.bouncycastle.openpgp.PGPUtil.getDecoderStream(Files.newInputStream(file))) {
            var list = (org.bouncycastle.openpgp.PGPEncryptedDataList) new org.bouncycastle.openpgp.bc.BcPGPObjectFactory(in)
                    .nextObject();
            var pbe = (org.bouncycastle.openpgp.PGPPBEEncryptedData) list.get(0);
            var decryptor = new org.bouncycastle.openpgp.operator.bc.BcPBEDataDecryptorFactory(
                    "a passphrase for the partner".toCharArray(),
                    new org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider());
            var literal = (org.bouncycastle.openpgp.PGPLiteralData) new org.bouncycastle.openpgp.bc.BcPGPObjectFactory(
                    pbe.getDataStream(decryptor)).nextObject();
            String json = new String(literal.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(pbe.verify()).isTrue();
            assertThat(literal.getFileName()).isEqualTo("kuzet-export-popolo.json");
            assertThat(json).contains("\"persons\"", "\"organizations\"", "\"memberships\"");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
