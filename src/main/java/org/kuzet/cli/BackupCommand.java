package org.kuzet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kuzet.backup.Backups;
import org.kuzet.backup.Passphrases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write an encrypted backup of the whole record (database, evidence files, keyset), also while"
                + " the server runs.", "The file is an OpenPGP message (gpg --decrypt opens it) holding a ZIP archive."})
class BackupCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Write the backup to FILE, e.g. kuzet-2026-03-01.zip.gpg")
    Path output;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the passphrase from the first line of FILE (else it is asked for at the console); at least "
                    + Passphrases.MINIMUM + " characters")
    Path passphraseFile;

    @Override
    public Integer call() {
        char[] passphrase = PassphraseInput.read(passphraseFile, true);
        try {
            Passphrases.checkNew(passphrase);
        } catch (RuntimeException e) {
            throw new CliErrors.UsageException(e.getMessage());
        }
        Backups.Written written;
        try (var context = Context.start(db)) {
            written = context.getBean(Backups.class).write(output, passphrase);
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
        System.err.printf("Backed up %d rows and %d evidence files (snapshot at %s) to %s: %,d bytes in %.1f s%n",
                written.rows(), written.evidenceFiles(), written.takenAt(), written.file(), written.size(),
                written.took().toMillis() / 1000.0);
        System.err.println("Keep the passphrase apart from the backup: without it the backup cannot be opened.");
        return 0;
    }
}
