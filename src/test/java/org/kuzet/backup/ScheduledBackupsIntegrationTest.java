package org.kuzet.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import org.kuzet.support.CommandRun;
import org.kuzet.support.TestDatabase;
import org.kuzet.web.WebSession;
import org.springframework.beans.factory.annotation.Autowired;

/** The scheduled backups as an operator sets them up and an administrator sees them on the dashboard. */
class ScheduledBackupsIntegrationTest extends ApiIntegrationTest {

    @Autowired
    Backups backups;

    @Test
    void eachScheduledRunWritesABackupKeepsTheNewestAndTheAdministratorsDashboardShowsTheLast() throws Exception {
        String tag = unique("scheduled");
        Path dir = Files.createDirectories(TestDatabase.dataDir(tag));
        Path passphrase = Files.writeString(Files.createTempFile("passphrase", ".txt"), "a long passphrase for the schedule\n");
        try (BackupSchedule schedule = new BackupSchedule(backups, "24h", dir.toString(), 1, passphrase.toString())) {
            schedule.runOnce();
            Thread.sleep(1100); // the next file's name is a second later
            schedule.runOnce();
        }

        List<Path> kept;
        try (Stream<Path> files = Files.list(dir)) {
            kept = files.toList();
        }
        assertThat(kept).hasSize(1);
        String name = kept.getFirst().getFileName().toString();
        assertThat(name).matches("kuzet-backup-\\d{8}T\\d{6}Z\\.zip\\.gpg");
        assertThat(Restore.check(kept.getFirst(), "a long passphrase for the schedule".toCharArray())).isNotNull();

        String admin = account(Role.ADMIN);
        String viewer = account(Role.VIEWER);
        String adminsDashboard = WebSession.signedIn(port, admin, PASSWORD).get("/").body();
        String viewersDashboard = WebSession.signedIn(port, viewer, PASSWORD).get("/").body();
        assertThat(adminsDashboard).contains("backup-status", "Last backup:", name);
        assertThat(viewersDashboard).doesNotContain("backup-status", name);
    }

    @Test
    void ofTwoInstancesGivenTheSameScheduleOnlyOneWritesTheBackupsUntilItStops() throws Exception {
        Path first = Files.createDirectories(TestDatabase.dataDir(unique("scheduled-first")));
        Path second = Files.createDirectories(TestDatabase.dataDir(unique("scheduled-second")));
        Path passphrase = Files.writeString(Files.createTempFile("passphrase", ".txt"), "a long passphrase for the schedule\n");
        try (BackupSchedule one = new BackupSchedule(backups, "24h", first.toString(), 3, passphrase.toString());
             BackupSchedule two = new BackupSchedule(backups, "24h", second.toString(), 3, passphrase.toString())) {
            one.runOnce();
            two.runOnce();

            assertThat(filesIn(first)).hasSize(1);
            assertThat(filesIn(second)).isEmpty();

            one.close(); // the first instance stops
            two.runOnce();

            assertThat(filesIn(second)).hasSize(1);
        }
    }

    private static List<Path> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void aScheduleServeCannotKeepIsRefusedBeforeTheServerStarts() throws Exception {
        Path dataDir = TestDatabase.dataDir(unique("serve-schedule"));
        Path passphrase = Files.writeString(Files.createTempFile("passphrase", ".txt"), "a long passphrase for the schedule\n");

        CommandRun noFolder = CommandRun.kuzetIn(dataDir, "serve", "--backup-every", "24h");
        CommandRun tooOften = CommandRun.kuzetIn(dataDir, "serve", "--port", "0", "--backup-every", "4m", "--backup-dir",
                dataDir.resolveSibling("backups").toString(), "--backup-passphrase-file", passphrase.toString());

        assertThat(noFolder.exitCode()).isEqualTo(2);
        assertThat(noFolder.err()).contains("--backup-every needs --backup-dir and --backup-passphrase-file");
        assertThat(tooOften.exitCode()).isNotZero();
        assertThat(tooOften.err()).contains("at least 5 minutes");
    }
}
