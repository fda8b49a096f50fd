package org.kuzet.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kuzet.KuzetApplication;
import org.kuzet.cli.KuzetCommand;
import org.kuzet.person.PersonDocument;
import org.kuzet.evidence.EvidenceFiles;
import org.kuzet.person.Persons;
import org.kuzet.shared.LocalizedText;
import org.kuzet.source.SourceDocument;
import org.kuzet.source.Sources;
import org.kuzet.shared.Actor;
import org.kuzet.support.TestDatabase;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Key rotation and the keyset guard, each on its own data folder with its own embedded server and keyset (a
 * rotation must not pull the keys from under the applications of other tests).
 */
class KeyRotationIntegrationTest {

    private static final String PHONE = "+7 777 123 45 67";
    private static final String STATEMENT = "I saw them take him into the car without a warrant.";

    @Test
    void rotationReencryptsEverySealedValueRemovesTheOldKeyAndTheRecordStillOpensAfterARestart() throws Exception {
        Path dir = freshDataDir();
        String key = "person-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] before;
        byte[] after;
        long fileId;
        byte[] fileBefore;
        byte[] fileAfter;
        long oldKey;
        KeyRotation.Report report;
        try (var app = start(dir)) {
            Vault vault = app.getBean(Vault.class);
            Actor.runAs(Actor.COMMAND_LINE, () -> app.getBean(Persons.class).create(aPersonWithAPhone(key), null));
            fileId = Actor.callAs(Actor.COMMAND_LINE, () -> {
                String source = app.getBean(Sources.class).create(new SourceDocument(null, null, null, null,
                        new LocalizedText("en", java.util.Map.of("en", "Witness")), null, null, "testimony", null, null,
                        null, null, null, null, "a neighbour", "confidential", null, null), null).key();
                return app.getBean(EvidenceFiles.class).upload(source, "statement.txt", "text/plain",
                        new java.io.ByteArrayInputStream(STATEMENT.getBytes(StandardCharsets.UTF_8))).id();
            });
            fileBefore = Files.readAllBytes(dir.resolve("evidence").resolve(fileId + ".sealed"));
            before = sealedContacts(app, key);
            oldKey = vault.primaryKeyId();

            report = Actor.callAs(Actor.COMMAND_LINE, () -> app.getBean(KeyRotation.class).rotate());

            after = sealedContacts(app, key);
            assertThat(contactsOf(app, key)).isEqualTo(PHONE);
            fileAfter = Files.readAllBytes(dir.resolve("evidence").resolve(fileId + ".sealed"));
        }

        assertThat(report.removedKeyIds()).containsExactly(oldKey);
        assertThat(report.primaryKeyId()).isNotEqualTo(oldKey);
        assertThat(report.reencrypted()).containsEntry("person_private.contacts", 1L)
                .containsEntry("person_private.consent_notes", 0L).containsEntry("vault_check.sealed", 1L)
                .containsEntry("source_private.informant", 1L).containsEntry("evidence_file.file_name", 1L)
                .containsEntry("evidence files", 1L);
        assertThat(after).isNotEqualTo(before);
        assertThat(fileAfter).isNotEqualTo(fileBefore);
        KeysetHandle onDisk = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(keyset(dir)),
                InsecureSecretKeyAccess.get());
        assertThat(onDisk.size()).isEqualTo(1);
        assertThat(Integer.toUnsignedLong(onDisk.getPrimary().getId())).isEqualTo(report.primaryKeyId());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyset(dir)))).isEqualTo("rw-------");
        try (var restarted = start(dir)) {
            assertThat(contactsOf(restarted, key)).isEqualTo(PHONE);
            String source = Actor.callAs(Actor.COMMAND_LINE, () -> restarted.getBean(JdbcClient.class)
                    .sql("select s.key from source s join evidence_file f on f.source_id = s.id where f.id = ?")
                    .param(fileId).query(String.class).single());
            EvidenceFiles.Download download = Actor.callAs(Actor.COMMAND_LINE,
                    () -> restarted.getBean(EvidenceFiles.class).download(source, fileId));
            assertThat(new String(download.bytes(), StandardCharsets.UTF_8)).isEqualTo(STATEMENT);
            assertThat(download.file().fileName()).isEqualTo("statement.txt");
            KeyRotation.Status status = restarted.getBean(KeyRotation.class).status();
            assertThat(status.keyIds()).containsExactly(report.primaryKeyId());
            assertThat(status.primarySince()).isPresent();
        }
    }

    @Test
    void aMissingOrForeignKeysetIsRefusedNamingItsPathAndNoNewKeysetIsMade() throws Exception {
        Path dir = freshDataDir();
        try (var app = start(dir)) {
            assertThat(app.getBean(Vault.class).keysetPath()).isEqualTo(keyset(dir));
        }
        Path saved = dir.resolveSibling(dir.getFileName() + "-keyset.json");
        Files.move(keyset(dir), saved);

        assertThatThrownBy(() -> start(dir).close())
                .rootCause().hasMessageContaining("There is no keyset at " + keyset(dir))
                .hasMessageContaining("Restore the keyset file");
        assertThat(keyset(dir)).doesNotExist();

        Files.writeString(keyset(dir), TinkJsonProtoKeysetFormat.serializeKeyset(
                KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get()));
        assertThatThrownBy(() -> start(dir).close())
                .hasStackTraceContaining("The keyset at " + keyset(dir) + " does not open the values sealed in this database");

        Files.move(saved, keyset(dir), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (var app = start(dir)) {
            assertThat(app.isRunning()).isTrue();
        }
    }

    @Test
    void keysStatusAndRotateOnTheCommandLinePrintTheKeysAndTheCounts() {
        Path dir = freshDataDir();

        String status = kuzet("keys", "status", "--data-dir", dir.toString());
        String rotate = kuzet("keys", "rotate", "--data-dir", dir.toString());
        String after = kuzet("keys", "status", "--data-dir", dir.toString());

        assertThat(status).contains("keyset: " + keyset(dir), "primary since: ", "less than a day");
        String oldKey = status.lines().filter(l -> l.startsWith("primary key: ")).findFirst().orElseThrow().substring(13);
        assertThat(rotate).contains("re-encrypted vault_check.sealed: 1", "re-encrypted person_private.contacts: 0",
                "re-encrypted source_private.informant: 0", "re-encrypted incident_private.testimony: 0",
                "removed keys: " + oldKey);
        String newKey = rotate.lines().filter(l -> l.startsWith("new primary key: ")).findFirst().orElseThrow().substring(17);
        assertThat(after).contains("keys: " + newKey + "\n", "primary key: " + newKey);
    }

    private static PersonDocument aPersonWithAPhone(String key) {
        return new PersonDocument(null, null, key, "Nurlan Dzhumabaev", null, null, null, null, null, null, null, null,
                null, new PersonDocument.Sensitive(PHONE, "Шымкент", "1985-07-09", "no", null), "confidential", null,
                null, null);
    }

    private static byte[] sealedContacts(ConfigurableApplicationContext app, String key) {
        DataSource owner = app.getBean(
                "migrationDataSource", DataSource.class);
        return JdbcClient.create(owner).sql("select x.contacts from person_private x join person p on p.id = x.person_id "
                + "where p.key = ?").param(key).query(byte[].class).single();
    }

    private static String contactsOf(ConfigurableApplicationContext app, String key) {
        return Actor.callAs(Actor.COMMAND_LINE, () -> app.getBean(Persons.class).get(key).sensitive().contacts());
    }

    private static ConfigurableApplicationContext start(Path dir) {
        return new SpringApplicationBuilder(KuzetApplication.class)
                .web(WebApplicationType.NONE)
                .properties("kuzet.data-dir=" + dir, "spring.main.banner-mode=off")
                .run();
    }

    private static Path keyset(Path dir) {
        return dir.resolve("secrets").resolve("keyset.json");
    }

    private static Path freshDataDir() {
        return TestDatabase.dataDir("keys-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static String kuzet(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            var cli = KuzetCommand.commandLine();
            StringBuilder errors = new StringBuilder();
            cli.setErr(new PrintWriter(new java.io.Writer() {
                @Override
                public void write(char[] chars, int off, int len) {
                    errors.append(chars, off, len);
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            }, true));
            int code = cli.execute(args);
            assertThat(code).as("exit code; stderr: %s", errors).isZero();
            return bytes.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(out);
        }
    }
}
