package org.kuzet.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBEDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.junit.jupiter.api.Test;
import org.kuzet.KuzetApplication;
import org.kuzet.evidence.EvidenceFiles;
import org.kuzet.exchange.DemoData;
import org.kuzet.person.PersonDocument;
import org.kuzet.person.Persons;
import org.kuzet.shared.Actor;
import org.kuzet.shared.LocalizedText;
import org.kuzet.source.SourceDocument;
import org.kuzet.source.Sources;
import org.kuzet.storage.DatabaseServer;
import org.kuzet.support.CommandRun;
import org.kuzet.support.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Backups and restores as an operator runs them, each record in its own data folder with its own server. */
class BackupRestoreIntegrationTest {

    private static final String PASSPHRASE = "correct horse battery staple";
    private static final String STATEMENT = "I saw them take him into the car without a warrant.";

    @Test
    void aRestoredRecordExportsByteForByteAsTheOriginalWithItsEvidenceFilesKeysetAndAnIntactAuditTrail() throws Exception {
        Path original = freshDataDir();
        Path copy = freshDataDir();
        Path backup = original.resolveSibling(original.getFileName() + ".zip.gpg");
        Path passphrase = passphraseFile(PASSPHRASE);
        try (var app = start(original)) {
            Actor.runAs(Actor.COMMAND_LINE, () -> {
                app.getBean(DemoData.class).loadIntoEmptyRecord().orElseThrow();
                aWitnessWithAStatement(app, "backup-witness");
            });
        }
        Path export1 = original.resolveSibling(original.getFileName() + "-export.json");
        Path export2 = copy.resolveSibling(copy.getFileName() + "-export.json");
        assertThat(CommandRun.kuzetIn(original, "export", "-o", export1.toString()).exitCode()).isZero();

        CommandRun backedUp = CommandRun.kuzetIn(original, "backup", "-o", backup.toString(), "--passphrase-file", passphrase.toString());
        CommandRun restored = CommandRun.kuzetIn(copy, "restore", backup.toString(), "--passphrase-file", passphrase.toString());
        CommandRun exported = CommandRun.kuzetIn(copy, "export", "-o", export2.toString());
        CommandRun verified = CommandRun.kuzetIn(copy, "audit", "verify");

        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(backedUp.err()).contains("Backed up", "1 evidence files");
        System.out.println("demo record: " + backedUp.err().lines().findFirst().orElse("") + " / "
                + restored.err().lines().filter(l -> l.startsWith("Restored")).findFirst().orElse(""));
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readString(export1)).contains("backup-witness");
        assertThat(Files.readAllBytes(export2)).isEqualTo(Files.readAllBytes(export1));
        assertThat(files(copy.resolve("evidence"))).isEqualTo(files(original.resolve("evidence"))).hasSize(1);
        assertThat(Files.readAllBytes(copy.resolve("secrets/keyset.json")))
                .isEqualTo(Files.readAllBytes(original.resolve("secrets/keyset.json")));
        assertThat(verified.exitCode()).as(verified.out()).isZero();
        assertThat(verified.out()).contains("Audit trail intact");
        try (var app = start(copy)) {
            Actor.runAs(Actor.COMMAND_LINE, () -> {
                assertThat(app.getBean(Persons.class).get("backup-witness").sensitive().contacts()).isEqualTo("+7 777 123 45 67");
                JdbcClient db = app.getBean(JdbcClient.class);
                long fileId = db.sql("select id from evidence_file").query(Long.class).single();
                String source = db.sql("select s.key from source s join evidence_file f on f.source_id = s.id")
                        .query(String.class).single();
                EvidenceFiles.Download download = app.getBean(EvidenceFiles.class).download(source, fileId);
                assertThat(new String(download.bytes(), StandardCharsets.UTF_8)).isEqualTo(STATEMENT);
                assertThat(download.file().fileName()).isEqualTo("statement.txt");
            });
        }

        // The record now goes on after the backup (the export and the download are in its audit trail).
        CommandRun overIt = CommandRun.kuzetIn(copy, "restore", backup.toString(), "--passphrase-file", passphrase.toString());
        CommandRun replacing = CommandRun.kuzetIn(copy, "restore", backup.toString(), "--replace",
                "--passphrase-file", passphrase.toString());
        CommandRun forced = CommandRun.kuzetIn(copy, "restore", backup.toString(), "--replace", "--force",
                "--passphrase-file", passphrase.toString());
        Path export3 = copy.resolveSibling(copy.getFileName() + "-export-3.json");
        assertThat(overIt.exitCode()).isEqualTo(1);
        assertThat(overIt.err()).contains("not empty");
        assertThat(replacing.exitCode()).isEqualTo(1);
        assertThat(replacing.err()).contains("newer than the backup", "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.err()).contains("kept in");
        assertThat(CommandRun.kuzetIn(copy, "export", "-o", export3.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(export3)).isEqualTo(Files.readAllBytes(export1));
        assertThat(CommandRun.kuzetIn(copy, "audit", "verify").exitCode()).isZero();

        // Without Kuzet: any OpenPGP implementation opens it with the passphrase (here BouncyCastle's generic API).
        assertThat(entriesOpenedWithPlainOpenPgp(backup, PASSPHRASE))
                .startsWith("backup.json", "secrets/keyset.json").endsWith("manifest.json")
                .contains("evidence/" + files(original.resolve("evidence")).keySet().iterator().next())
                .anyMatch(e -> e.matches("tables/\\d{3}-person\\.copy"))
                .anyMatch(e -> e.matches("tables/\\d{3}-audit_event\\.copy"));
    }

    @Test
    void aBackupTakenWhileRecordsAreWrittenRestoresToItsSnapshotWithEveryRecordComplete() throws Exception {
        Path original = freshDataDir();
        Path copy = freshDataDir();
        Path backup = original.resolveSibling(original.getFileName() + ".zip.gpg");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        try (var app = start(original)) {
            Thread writer = Thread.ofPlatform().start(() -> Actor.runAs(Actor.COMMAND_LINE, () -> {
                while (writing.get() && written.get() < 2000) {
                    app.getBean(Persons.class).create(aPersonWithAPhone("busy-" + written.incrementAndGet()), null);
                }
            }));
            while (written.get() < 20) {
                Thread.sleep(20);
            }
            Actor.runAs(Actor.COMMAND_LINE, () -> app.getBean(Backups.class).write(backup, PASSPHRASE.toCharArray()));
            Thread.sleep(200);
            writing.set(false);
            writer.join();
        }
        BackupHeader header = Restore.header(backup, PASSPHRASE.toCharArray());
        long personsInSnapshot = header.tables().stream().filter(t -> t.name().equals("person")).findFirst().orElseThrow().rows();

        CommandRun restored = CommandRun.kuzetIn(copy, "restore", backup.toString(), "--passphrase-file",
                passphraseFile(PASSPHRASE).toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(CommandRun.kuzetIn(copy, "audit", "verify").exitCode()).isZero();
        try (var app = start(copy)) {
            Actor.runAs(Actor.COMMAND_LINE, () -> {
                JdbcClient db = app.getBean(JdbcClient.class);
                long persons = db.sql("select count(*) from person").query(Long.class).single();
                assertThat(persons).isEqualTo(personsInSnapshot).isGreaterThanOrEqualTo(20).isLessThan(written.get());
                for (BackupHeader.Table t : header.tables()) {
                    assertThat(db.sql("select count(*) from " + t.name()).query(Long.class).single()).as(t.name()).isEqualTo(t.rows());
                }
                // every restored person whole: its name, its sealed fields and its first version in the history
                assertThat(db.sql("""
                        select count(*) from person p where not exists (select 1 from person_private x where x.person_id = p.id)
                           or not exists (select 1 from record_version v where v.subject_type = 'person' and v.subject_id = p.id)
                        """).query(Long.class).single()).isZero();
                // the key counter goes on after the restored keys: a new person takes a fresh key
                app.getBean(Persons.class).create(aPersonWithAPhone(null), null);
            });
        }
    }

    @Test
    void aWrongPassphraseAShortOneAndAForeignFileAreRefusedWritingNothing() throws Exception {
        Path original = freshDataDir();
        Path backup = original.resolveSibling(original.getFileName() + ".zip.gpg");
        Path target = freshDataDir();
        assertThat(CommandRun.kuzetIn(original, "backup", "-o", backup.toString(), "--passphrase-file",
                passphraseFile(PASSPHRASE).toString()).exitCode()).isZero();

        CommandRun wrong = CommandRun.kuzetIn(target, "restore", backup.toString(), "--passphrase-file",
                passphraseFile("correct horse battery stapler").toString());
        CommandRun shortOne = CommandRun.kuzetIn(original, "backup", "-o", backup + ".2", "--passphrase-file",
                passphraseFile("secret").toString());
        Path notABackup = Files.writeString(Files.createTempFile("not-a-backup", ".gpg"), "hello");
        CommandRun foreign = CommandRun.kuzetIn(target, "restore", notABackup.toString(), "--passphrase-file",
                passphraseFile(PASSPHRASE).toString());

        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).contains("wrong passphrase");
        assertThat(shortOne.exitCode()).isEqualTo(2);
        assertThat(shortOne.err()).contains("too short", "at least 12");
        assertThat(Path.of(backup + ".2")).doesNotExist();
        assertThat(foreign.exitCode()).isEqualTo(1);
        assertThat(foreign.err()).contains("not a Kuzet backup");
        assertThat(target).doesNotExist();
    }

    @Test
    void aReplaceThatFailsPartWayLeavesTheReplacedRecordAsItWasWithItsFilesAndKeyset() throws Exception {
        Path dir = freshDataDir();
        Path backup = dir.resolveSibling(dir.getFileName() + ".zip.gpg");
        try (var app = start(dir)) {
            Actor.runAs(Actor.COMMAND_LINE, () -> {
                aWitnessWithAStatement(app, "replace-kept");
            });
        }
        assertThat(CommandRun.kuzetIn(dir, "backup", "-o", backup.toString(), "--passphrase-file",
                passphraseFile(PASSPHRASE).toString()).exitCode()).isZero();
        try (var app = start(dir)) { // the record goes on after the backup: this is what a failed replace must not lose
            Actor.runAs(Actor.COMMAND_LINE, () -> app.getBean(Persons.class).create(aPersonWithAPhone("after-backup"), null));
        }
        Path before = dir.resolveSibling(dir.getFileName() + "-before.json");
        assertThat(CommandRun.kuzetIn(dir, "export", "-o", before.toString()).exitCode()).isZero();
        Map<String, String> evidence = files(dir.resolve("evidence"));
        byte[] keyset = Files.readAllBytes(dir.resolve("secrets/keyset.json"));

        Map<String, Restore.SchemaBuilder> failures = new java.util.LinkedHashMap<>();
        failures.put("the schema cannot be built", version -> {
            throw new IllegalStateException("the migrations could not run");
        });
        failures.put("the tables do not take the backup's rows", version -> { }); // no tables: the load fails
        for (var failure : failures.entrySet()) {
            try (DatabaseServer server = DatabaseServer.open(dir, null, null, null)) {
                var target = new Restore.Target(server, dir.resolve("secrets/keyset.json"), dir.resolve("evidence"),
                        failure.getValue());
                assertThatThrownBy(() -> Restore.restore(backup, PASSPHRASE.toCharArray(), target, true, true))
                        .as(failure.getKey()).isInstanceOf(BackupException.class)
                        .hasMessageContaining("the record that was there is back as it was");
                try (var c = java.sql.DriverManager.getConnection(server.url(), server.ownerUser(), server.ownerPassword());
                     var r = c.createStatement().executeQuery(
                             "select count(*) from pg_namespace where nspname like 'kuzet_replaced%'")) {
                    r.next();
                    assertThat(r.getLong(1)).as(failure.getKey() + ": no schema left aside").isZero();
                }
            }
            Path after = dir.resolveSibling(dir.getFileName() + "-after.json");
            assertThat(CommandRun.kuzetIn(dir, "export", "-o", after.toString()).exitCode()).isZero();
            assertThat(Files.readAllBytes(after)).as(failure.getKey()).isEqualTo(Files.readAllBytes(before));
            assertThat(Files.readString(after)).contains("after-backup", "replace-kept");
            assertThat(files(dir.resolve("evidence"))).as(failure.getKey()).isEqualTo(evidence).hasSize(1);
            assertThat(Files.readAllBytes(dir.resolve("secrets/keyset.json"))).as(failure.getKey()).isEqualTo(keyset);
            try (Stream<Path> siblings = Files.list(dir)) {
                assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("replaced-"));
            }
            assertThat(CommandRun.kuzetIn(dir, "audit", "verify").exitCode()).as(failure.getKey()).isZero();
        }

        // and the same replace, when nothing fails, puts the backup in and drops the schema it kept aside
        CommandRun replaced = CommandRun.kuzetIn(dir, "restore", backup.toString(), "--replace", "--force",
                "--passphrase-file", passphraseFile(PASSPHRASE).toString());
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        Path restored = dir.resolveSibling(dir.getFileName() + "-restored.json");
        assertThat(CommandRun.kuzetIn(dir, "export", "-o", restored.toString()).exitCode()).isZero();
        assertThat(Files.readString(restored)).contains("replace-kept").doesNotContain("after-backup");
        try (DatabaseServer server = DatabaseServer.open(dir, null, null, null);
             var c = java.sql.DriverManager.getConnection(server.url(), server.ownerUser(), server.ownerPassword());
             var r = c.createStatement().executeQuery("select count(*) from pg_namespace where nspname like 'kuzet_replaced%'")) {
            r.next();
            assertThat(r.getLong(1)).isZero();
        }
    }

    @Test
    void aReplaceKilledPartWayStopsKuzetFromStartingOnTheEmptyRecordUntilPutBack() throws Exception {
        Path dir = freshDataDir();
        try (var app = start(dir)) {
            Actor.runAs(Actor.COMMAND_LINE, () -> {
                aWitnessWithAStatement(app, "killed-restore");
            });
        }
        Path before = dir.resolveSibling(dir.getFileName() + "-before.json");
        assertThat(CommandRun.kuzetIn(dir, "export", "-o", before.toString()).exitCode()).isZero();
        Map<String, String> evidence = files(dir.resolve("evidence"));
        byte[] keyset = Files.readAllBytes(dir.resolve("secrets/keyset.json"));
        // what a restore --replace killed after setting the record aside leaves: the record aside, the backup's keyset
        try (DatabaseServer server = DatabaseServer.open(dir, null, null, null);
             var c = java.sql.DriverManager.getConnection(server.url(), server.ownerUser(), server.ownerPassword())) {
            Restore.Replaced.setAside(c, new Restore.Target(server, dir.resolve("secrets/keyset.json"), dir.resolve("evidence"),
                    version -> { }));
        }
        Files.createDirectories(dir.resolve("secrets"));
        Files.write(dir.resolve("secrets/keyset.json"), keyset); // the backup's, which the restore puts first

        assertThatThrownBy(() -> start(dir).close()).hasStackTraceContaining("interrupted restore --replace")
                .hasStackTraceContaining("kuzet restore --put-back");
        CommandRun putBack = CommandRun.kuzetIn(dir, "restore", "--put-back");
        CommandRun again = CommandRun.kuzetIn(dir, "restore", "--put-back");

        assertThat(putBack.exitCode()).as(putBack.err()).isZero();
        assertThat(putBack.err()).contains("The replaced record is back");
        assertThat(again.err()).contains("nothing to put back");
        Path after = dir.resolveSibling(dir.getFileName() + "-after.json");
        assertThat(CommandRun.kuzetIn(dir, "export", "-o", after.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(before));
        assertThat(files(dir.resolve("evidence"))).isEqualTo(evidence).hasSize(1);
        assertThat(Files.readAllBytes(dir.resolve("secrets/keyset.json"))).isEqualTo(keyset);
        assertThat(CommandRun.kuzetIn(dir, "audit", "verify").exitCode()).isZero();
    }

    @Test
    void anExportWrittenWithEncryptOpensWithAnyOpenPgpReaderAsThePlainFile() throws Exception {
        Path dir = freshDataDir();
        Path plain = dir.resolveSibling(dir.getFileName() + "-plain.json");
        Path sealed = dir.resolveSibling(dir.getFileName() + "-sealed.json.gpg");
        Path sealedCsv = dir.resolveSibling(dir.getFileName() + "-sealed-csv.zip.gpg");
        Path tooShort = dir.resolveSibling(dir.getFileName() + "-short.json.gpg");
        Path passphrase = passphraseFile(PASSPHRASE);

        assertThat(CommandRun.kuzetIn(dir, "export", "-o", plain.toString()).exitCode()).isZero();
        CommandRun encrypted = CommandRun.kuzetIn(dir, "export", "--encrypt", "--passphrase-file", passphrase.toString(),
                "-o", sealed.toString());
        CommandRun csv = CommandRun.kuzetIn(dir, "export", "--format", "csv", "--encrypt", "--passphrase-file",
                passphrase.toString(), "-o", sealedCsv.toString());
        CommandRun refused = CommandRun.kuzetIn(dir, "export", "--encrypt", "--passphrase-file",
                passphraseFile("short").toString(), "-o", tooShort.toString());
        CommandRun alone = CommandRun.kuzetIn(dir, "export", "--passphrase-file", passphrase.toString());

        assertThat(encrypted.exitCode()).as(encrypted.err()).isZero();
        assertThat(encrypted.err()).contains("encrypted");
        var opened = openedWithPlainOpenPgp(sealed, PASSPHRASE);
        assertThat(opened.getKey()).isEqualTo("kuzet-export.json");
        assertThat(opened.getValue()).isEqualTo(Files.readAllBytes(plain));
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(openedWithPlainOpenPgp(sealedCsv, PASSPHRASE).getKey()).isEqualTo("kuzet-export-csv.zip");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("at least 12");
        assertThat(tooShort).doesNotExist();
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("--passphrase-file only goes with --encrypt");
    }

    /** Decrypts the file as any OpenPGP reader would, with nothing of Kuzet's: the inner file's name and bytes. */
    private static Map.Entry<String, byte[]> openedWithPlainOpenPgp(Path file, String passphrase) throws Exception {
        try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(file))) {
            PGPEncryptedDataList list = (PGPEncryptedDataList) new BcPGPObjectFactory(in).nextObject();
            PGPPBEEncryptedData pbe = (PGPPBEEncryptedData) list.get(0);
            var decryptor = new BcPBEDataDecryptorFactory(passphrase.toCharArray(), new BcPGPDigestCalculatorProvider());
            assertThat(pbe.getSymmetricAlgorithm(decryptor)).isEqualTo(SymmetricKeyAlgorithmTags.AES_256);
            PGPLiteralData literal = (PGPLiteralData) new BcPGPObjectFactory(pbe.getDataStream(decryptor)).nextObject();
            byte[] bytes = literal.getInputStream().readAllBytes();
            assertThat(pbe.verify()).isTrue();
            return Map.entry(literal.getFileName(), bytes);
        }
    }

    /** Opens the file as any OpenPGP reader would, with nothing of Kuzet's, and lists the ZIP inside. */
    private static List<String> entriesOpenedWithPlainOpenPgp(Path file, String passphrase) throws Exception {
        try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(file))) {
            PGPEncryptedDataList list = (PGPEncryptedDataList) new BcPGPObjectFactory(in).nextObject();
            PGPPBEEncryptedData pbe = (PGPPBEEncryptedData) list.get(0);
            assertThat(pbe.isIntegrityProtected()).isTrue();
            var decryptor = new BcPBEDataDecryptorFactory(passphrase.toCharArray(), new BcPGPDigestCalculatorProvider());
            assertThat(pbe.getSymmetricAlgorithm(decryptor)).isEqualTo(SymmetricKeyAlgorithmTags.AES_256);
            PGPLiteralData literal = (PGPLiteralData) new BcPGPObjectFactory(pbe.getDataStream(decryptor)).nextObject();
            List<String> names = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(literal.getInputStream())) {
                for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    names.add(e.getName());
                    zip.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            assertThat(pbe.verify()).isTrue();
            return names;
        }
    }

    private static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                hashes.put(p.getFileName().toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return hashes;
    }

    /** A person with a phone number (sealed), and a confidential testimony with its evidence file. */
    private static void aWitnessWithAStatement(ConfigurableApplicationContext app, String personKey) {
        app.getBean(Persons.class).create(aPersonWithAPhone(personKey), null);
        String source = app.getBean(Sources.class).create(new SourceDocument(null, null, null, null,
                new LocalizedText("en", Map.of("en", "Witness")), null, null, "testimony", null, null,
                null, null, null, null, "a neighbour", "confidential", null, null), null).key();
        app.getBean(EvidenceFiles.class).upload(source, "statement.txt", "text/plain",
                new ByteArrayInputStream(STATEMENT.getBytes(StandardCharsets.UTF_8)));
    }

    private static PersonDocument aPersonWithAPhone(String key) {
        return new PersonDocument(null, null, key, "Nurlan Dzhumabaev", null, null, null, null, null, null, null, null,
                null, new PersonDocument.Sensitive("+7 777 123 45 67", "Шымкент", "1985-07-09", "no", null), "confidential",
                null, null, null);
    }

    private static Path passphraseFile(String passphrase) throws Exception {
        return Files.writeString(Files.createTempFile("passphrase", ".txt"), passphrase + "\n");
    }

    private static ConfigurableApplicationContext start(Path dir) {
        return new SpringApplicationBuilder(KuzetApplication.class)
                .web(WebApplicationType.NONE)
                .properties("kuzet.data-dir=" + dir, "spring.main.banner-mode=off", "logging.level.root=WARN")
                .run();
    }

    private static Path freshDataDir() {
        return TestDatabase.dataDir("backup-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
