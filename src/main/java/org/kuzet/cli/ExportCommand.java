package org.kuzet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
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

    @Override
    public Integer call() throws IOException {
        if (!Exports.FORMATS.contains(format)) {
            throw new CliErrors.UsageException("--format: '" + format + "' is not supported (" + String.join(", ", Exports.FORMATS) + ")");
        }
        if (!java.util.List.of("en", "ru", "kk").contains(language)) {
            throw new CliErrors.UsageException("--lang: '" + language + "' is not supported (en, ru, kk)");
        }
        // write beside the target, then move: a failed export never leaves half a file
        Path tmp = output == null ? null
                : Files.createTempFile(output.toAbsolutePath().getParent(), ".kuzet-export", "." + format);
        try (var context = Context.start(db)) {
            if ("json".equals(format) && !publicEdition) {
                // the bundle as it always was: the whole record, byte for byte
                String bundle = context.getBean(BundleExporter.class).export();
                if (tmp == null) {
                    System.out.print(bundle);
                } else {
                    Files.writeString(tmp, bundle, StandardCharsets.UTF_8);
                }
            } else {
                try (OutputStream out = tmp == null ? OutputStream.nullOutputStream() : Files.newOutputStream(tmp)) {
                    Exports.Download written = context.getBean(Exports.class)
                            .write(format, publicEdition, language, tmp == null ? System.out : out);
                    if (written.leftOut() > 0) {
                        System.err.println(written.leftOut() + " incidents whose date is unknown are not in the file: "
                                + "ACLED has no event without a date");
                    }
                }
            }
        } catch (RuntimeException | IOException e) {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
            throw e;
        }
        System.out.flush();
        if (tmp != null) {
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.err.println("Exported to " + output);
        }
        return 0;
    }
}
