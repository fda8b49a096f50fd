package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.incident.Incidents;
import org.kuzet.support.AcledFixture;
import org.springframework.beans.factory.annotation.Autowired;

/** An editor imports ACLED's Kazakhstan rows from the page, with a saved mapping that places a village once. */
class AcledImportBrowserIntegrationTest extends BrowserTest {

    @Autowired
    Incidents incidents;

    @Test
    void anEditorChecksAnAcledFileSeesTheRowsLeftOutAndImportsTheEventsAsIncidents() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path dir = Files.createTempDirectory("acled-web");
        Path file = AcledFixture.kazakhstan(dir.resolve("acled.csv"), run);
        Path mapping = Files.writeString(dir.resolve("mapping.json"), AcledFixture.MAPPING,
                StandardCharsets.UTF_8);
        openSignedInAsNewEditor();

        page.navigate(url("/imports"));
        page.setInputFiles("#file", file);
        page.selectOption("#kind", "acled");
        page.setInputFiles("#mapping", mapping);
        page.locator("#import-upload").click();
        assertThat(page.locator("#import-preview tbody tr").count()).isEqualTo(5);
        assertThat(page.locator("#field-0").inputValue()).isEqualTo("event_id_cnty");
        assertThat(page.locator("#field-27").inputValue()).isEqualTo("notes");

        page.locator("#import-check").click();
        assertThat(page.locator("#import-counts").textContent()).contains("15 rows: 0 errors, 3 warnings");
        assertThat(page.locator("#import-left-out").textContent()).contains("3 rows will be left out");
        assertThat(page.locator("#import-problems").textContent()).contains("'Battles: Armed clash' is no kind of incident");
        screenshot("imports-acled-checked");
        assertThat(page.locator("#import-run").textContent()).contains("Import 12 rows");
        page.locator("#import-run").click();

        assertThat(page.locator("#import-done").textContent()).contains("Imported 12 incidents from an ACLED file");
        assertThat(page.locator("#import-left-out").textContent()).contains("3 rows were left out");
        assertThat(incidents.get("acled-KAZ1015-" + run).place()).isEqualTo("kz-aktobe");
        assertThat(incidents.get("acled-KAZ1008-" + run).placeDetail()).isEqualTo("Shetpe");
        assertThat(incidents.get("acled-KAZ1007-" + run).datePrecision()).isEqualTo("month");
        assertThat(incidents.find("acled-KAZ1009-" + run)).isEmpty();
    }
}
