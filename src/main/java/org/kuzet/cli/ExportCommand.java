package org.kuzet.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.kuzet.backup.BackupException;
import org.kuzet.backup.PassphraseEncryption;
import org.kuzet.backup.Passphrases;
import org.kuzet.exchange.BundleExporter;
import org.kuzet.exchange.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the whole record: the interchange bundle (json), a ZIP of CSV files (csv), an Excel workbook (xlsx), Popolo JSON (popolo) or the incidents as ACLED-compatible CSV (acled).")
class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Option(names = "--format", defaultValue = "json",
            description = "Output format: json (the interchange bundle, default), csv (a ZIP of one CSV file per kind of record), xlsx (one sheet per kind), popolo (persons, organisations, memberships in Popolo JSON), acled (the incidents as ACLED-compatible CSV, see docs/acled.md)")
    String format;

    @Option(names = "--public", description = "The public edition, as public reports: only published public records, no person who did not consent to publication")
    boolean publicEdition;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the labels and dates of csv and xlsx: en, ru or kk (default: en)")
    String language;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (default: standard output)")
    Path output;

    @Option(names = "--encrypt", description = "Encrypt the file with a passphrase (OpenPGP, AES-256: gpg --decrypt opens it without Kuzet); give it with --passphrase-file, or type it")
    boolean encrypt;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "With --encrypt: the passphrase, the first line of FILE (at least 12 characters)")
    Path passphraseFile;

    @Override
    public Integer call() throws IOException {
        if (!Exports.FORMATS.contains(format)) {
            throw new CliErrors.UsageException("--format: '" + format + "' is not supported (" + String.join(", ", Exports.FORMATS) + ")");
        }
        if (!java.util.List.of("en", "ru", "kk").contains(language)) {
            throw new CliErrors.UsageException("--lang: '" + language + "' is not supported (en, ru, kk)");
        }
        if (passphraseFile != null && !encrypt) {
            throw new CliErrors.UsageException("--passphrase-file only goes with --encrypt");
        }
        char[] passphrase = encrypt ? PassphraseInput.read(passphraseFile, true) : null;
        if (encrypt) {
            try {
                Passphrases.checkNew(passphrase);
            } catch (BackupException e) {
                throw new CliErrors.UsageException("--passphrase-file: " + e.getMessage());
            }
        }
        // written beside the target, then moved: a failed export never leaves half a file. An encrypted export for
        // standard output goes through a temporary file too (ciphertext only), because a failure part way would still
        // end in a well-formed OpenPGP message that opens without complaint
        boolean buffered = output != null || encrypt;
        Path tmp = !buffered ? null : Files.createTempFile(output == null ? null : output.toAbsolutePath().getParent(),
                ".kuzet-export", "." + format);
        try (var context = Context.start(db);
             OutputStream file = tmp == null ? new FilterOutputStream(System.out) {
                 @Override
                 public void write(byte[] b, int off, int len) throws IOException {
                     out.write(b, off, len);
                 }

                 @Override
                 public void close() throws IOException {
                     flush(); // standard output stays open
                 }
             } : Files.newOutputStream(tmp);
             OutputStream out = encrypt ? encrypted(file, passphrase) : file) {
            if ("json".equals(format) && !publicEdition) {
                // the bundle as it always was: the whole record, byte for byte
                out.write(context.getBean(BundleExporter.class).export().getBytes(StandardCharsets.UTF_8));
            } else {
                Exports.Download written = context.getBean(Exports.class).write(format, publicEdition, language, out);
                if (written.leftOut() > 0) {
                    System.err.println(written.leftOut() + " incidents dated only to a year, or not at all, are not in "
                            + "the file: ACLED has no event without a day or a month");
                }
            }
        } catch (RuntimeException | IOException e) {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
            throw e;
        } finally {
            if (passphrase != null) {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
        if (output == null && tmp != null) {
            try {
                Files.copy(tmp, System.out);
                System.out.flush();
            } finally {
                Files.deleteIfExists(tmp);
            }
        } else if (tmp != null) {
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.err.println("Exported to " + output + (encrypt ? " (encrypted: gpg --decrypt opens it)" : ""));
        }
        return 0;
    }

    /** The file encrypted with the passphrase, the export's usual file name inside it. */
    private OutputStream encrypted(OutputStream file, char[] passphrase) throws IOException {
        return PassphraseEncryption.encrypting(file, passphrase, Exports.download(format, publicEdition).filename());
    }
}
