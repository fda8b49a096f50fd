package org.kuzet.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kuzet.evidence.EvidenceFiles;
import org.kuzet.exchange.BundleExporter;
import org.kuzet.storage.DatabaseServer;
import org.kuzet.support.ApiIntegrationTest;
import org.kuzet.support.CommandRun;
import org.kuzet.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A backup of the record the test server runs on — on the embedded server, or on an external one where the
 * application's role owns the tables but never bypasses their policies — restored into an empty database gives the
 * same record. On an external server the restore goes into a second, empty database on that server
 * ({@code -Dkuzet.test.restore-db-url}, its role's password in the environment variable KUZET_TEST_DB_PASSWORD),
 * so that both the snapshot and the load run as a role that row-level security binds.
 */
class BackupOfTheServerInUseIntegrationTest extends ApiIntegrationTest {

    private static final String PASSPHRASE = "a long passphrase for the server in use";

    @Autowired
    Backups backups;
    @Autowired
    BundleExporter exporter;
    @Autowired
    EvidenceFiles evidence;

    @Test
    void aBackupOfTheRunningRecordRestoresIntoAnEmptyDatabaseAsTheSameRecord() throws Exception {
        String tag = unique("in-use");
        created("/api/v1/persons", "{'key': '" + tag + "-secret', 'name': 'Secret " + tag + "', 'confidentiality': "
                + "'confidential', 'sensitive': {'contacts': '+7 700 000 00 01'}}");
        String source = created("/api/v1/sources", "{'key': '" + tag + "-src', 'url': 'https://vlast.kz/" + tag
                + "', 'kind': 'media', 'confidentiality': 'confidential'}");
        evidence.upload(source, "note.txt", "text/plain", new ByteArrayInputStream(tag.getBytes(StandardCharsets.UTF_8)));
        Path file = Files.createTempFile("kuzet-in-use", ".zip.gpg");
        Path passphrase = Files.writeString(Files.createTempFile("passphrase", ".txt"), PASSPHRASE + "\n");

        Backups.Written written = backups.write(file, PASSPHRASE.toCharArray());
        String before = exporter.export();
        Path target = TestDatabase.dataDir(tag);
        CommandRun restored = inTarget(target, "restore", file.toString(), "--passphrase-file", passphrase.toString());
        Path after = target.resolveSibling(tag + "-export.json");
        CommandRun exported = inTarget(target, "export", "-o", after.toString());
        CommandRun verified = inTarget(target, "audit", "verify");

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.err()).contains("Restored " + written.rows() + " rows", written.evidenceFiles() + " evidence files");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(before).contains("Secret " + tag, tag + "-src");
        assertThat(Files.readString(after)).isEqualTo(before);
        assertThat(verified.exitCode()).as(verified.out()).isZero();
        try (Stream<Path> files = Files.list(target.resolve("evidence"))) {
            assertThat(files.count()).isEqualTo(written.evidenceFiles()).isPositive();
        }
        // what the load lifted to write the rows is back: every policy binds the owner, the audit trail is append-only
        try (DatabaseServer server = TestDatabase.external()
                ? DatabaseServer.open(target, System.getProperty("kuzet.test.restore-db-url"),
                        System.getProperty("kuzet.test.db-user", "kuzet"), System.getenv("KUZET_TEST_DB_PASSWORD"))
                : DatabaseServer.open(target, null, null, null);
             var c = DriverManager.getConnection(server.url(), server.ownerUser(), server.ownerPassword());
             var r = c.createStatement().executeQuery("select count(*) filter (where relrowsecurity), "
                     + "count(*) filter (where relforcerowsecurity), has_table_privilege('public.audit_event', 'TRUNCATE') "
                     + "or (select rolsuper from pg_roles where rolname = current_user) from pg_class "
                     + "where relnamespace = 'public'::regnamespace")) {
            r.next();
            assertThat(r.getLong(1)).isPositive();
            assertThat(r.getLong(2)).isEqualTo(r.getLong(1));
            assertThat(r.getBoolean(3)).as("TRUNCATE on the audit trail, for a role that is not a superuser")
                    .isEqualTo(!TestDatabase.external());
        }
    }

    /** {@code kuzet ARGS} on the target: a fresh data folder, and on an external server its empty second database. */
    private static CommandRun inTarget(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (TestDatabase.external()) {
            String url = System.getProperty("kuzet.test.restore-db-url", "");
            assertThat(url).as("an external test server needs an empty second database: -Dkuzet.test.restore-db-url "
                    + "(see .ci/run)").isNotBlank();
            all.addAll(List.of("--db-url", url, "--db-user", System.getProperty("kuzet.test.db-user", "kuzet"),
                    "--db-password-env", "KUZET_TEST_DB_PASSWORD"));
        }
        return CommandRun.kuzetIn(dataDir, all.toArray(String[]::new));
    }
}
