package org.kuzet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kuzet.backup.Restore;
import org.kuzet.storage.DatabaseServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup into an empty data folder (or an empty database): the same record, evidence "
                + "files and keyset.", "Stop the server first when replacing a record."})
class RestoreCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The backup written by kuzet backup")
    Path file;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the passphrase from the first line of FILE (else it is asked for at the console)")
    Path passphraseFile;

    @Option(names = "--keyset", paramLabel = "FILE", defaultValue = "${env:KUZET_KEYSET}",
            description = "Where to put the keyset (env KUZET_KEYSET); default: <data-dir>/secrets/keyset.json")
    Path keyset;

    @Option(names = "--evidence-dir", paramLabel = "DIR", defaultValue = "${env:KUZET_EVIDENCE_DIR}",
            description = "Where to put the evidence files (env KUZET_EVIDENCE_DIR); default: <data-dir>/evidence")
    Path evidenceDir;

    @Option(names = "--replace", description = "Replace the record that is there (its evidence folder and keyset are kept aside)")
    boolean replace;

    @Option(names = "--force", description = "With --replace: replace it even when it is newer than the backup")
    boolean force;

    @Option(names = "--put-back", description = "Give back the record an interrupted restore --replace was replacing (no FILE)")
    boolean putBack;

    @Override
    public Integer call() {
        if (force && !replace) {
            throw new CliErrors.UsageException("--force only goes with --replace");
        }
        Path dataDir = db.dataDir.toAbsolutePath().normalize();
        Path keysetPath = keyset != null ? keyset : dataDir.resolve("secrets").resolve("keyset.json");
        Path evidence = evidenceDir != null ? evidenceDir : dataDir.resolve("evidence");
        if (putBack) {
            if (file != null || replace) {
                throw new CliErrors.UsageException("--put-back takes no FILE and no --replace");
            }
            try (DatabaseServer server = db.server()) {
                var schema = Restore.putBackInterrupted(new Restore.Target(server, keysetPath, evidence, version -> {
                }));
                System.err.println(schema.map(s -> "The replaced record is back (it was kept in the schema " + s + ")")
                        .orElse("No interrupted restore: there is nothing to put back"));
            }
            return 0;
        }
        if (file == null) {
            throw new CliErrors.UsageException("give the backup FILE to restore");
        }
        char[] passphrase = PassphraseInput.read(passphraseFile, false);
        Restore.Restored restored;
        Restore.check(file, passphrase); // a wrong passphrase writes nothing, not even a data folder
        try (DatabaseServer server = db.server()) {
            restored = Restore.restore(file, passphrase, new Restore.Target(server, keysetPath, evidence,
                    version -> Context.start(db, java.util.Map.of("spring.flyway.target", version, "spring.flyway.init-sqls", "set kuzet.restoring = 'true'",
                            "kuzet.keyset", keysetPath.toAbsolutePath().toString(),
                            "kuzet.evidence.dir", evidence.toAbsolutePath().toString())).close()), replace, force);
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
        System.err.printf("Restored %d rows and %d evidence files of the record as it was at %s (schema %s) in %.1f s%n",
                restored.rows(), restored.evidenceFiles(), restored.takenAt(), restored.schemaVersion(),
                restored.took().toMillis() / 1000.0);
        restored.keptAside().ifPresent(p -> System.err.println("The replaced record's evidence files and keyset are kept in " + p));
        return 0;
    }
}
