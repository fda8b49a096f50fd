package org.kuzet.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.support.AcledFixture;
import org.kuzet.support.CommandRun;
import org.kuzet.support.TestDatabase;

/** {@code kuzet import FILE --kind acled} on a data folder of its own, with ACLED's Kazakhstan rows as written. */
class AcledImportCommandIntegrationTest {

    @Test
    void aDryRunListsTheProblemAndTheRowsLeftOutThenTheValidEventsImportOnceAndASecondRunCreatesNothing() throws Exception {
        Path data = TestDatabase.dataDir("cli-acled-" + UUID.randomUUID().toString().substring(0, 8));
        Path dir = Files.createTempDirectory("acled");
        Path file = AcledFixture.kazakhstan(dir.resolve("acled.csv"), null);

        CommandRun dry = CommandRun.kuzetIn(data, "import", file.toString(), "--kind", "acled", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isEqualTo(1);
        assertThat(dry.out()).as(dry.err()).contains("row 9, column \"location\": 'Shetpe' is not a known place")
                .contains("row 10, column \"sub_event_type\": warning: left out: ACLED's 'Battles: Armed clash' is no kind"
                        + " of incident Kuzet records");
        assertThat(dry.err()).contains("15 row(s): 1 error(s), 3 warning(s).").contains("Nothing was imported (dry run).");

        Path rejects = dir.resolve("rejects.csv");
        CommandRun imported = CommandRun.kuzetIn(data, "import", file.toString(), "--kind", "acled", "--skip-invalid",
                rejects.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("Imported 11 incidents; 1 row(s) rejected, written to " + rejects
                + "; 3 row(s) left out (listed above, with why).");
        assertThat(Files.readString(rejects)).contains("KAZ1008").contains("'Shetpe' is not a known place");

        CommandRun again = CommandRun.kuzetIn(data, "import", file.toString(), "--kind", "acled", "--skip-invalid",
                dir.resolve("rejects-again.csv").toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("row 2, column \"event_id_cnty\": warning: left out: ACLED event KAZ1001 is "
                + "already recorded, as incident acled-KAZ1001 (imported before)");
        assertThat(again.err()).contains("Imported 0 incidents; 1 row(s) rejected").contains("14 row(s) left out");
    }
}
