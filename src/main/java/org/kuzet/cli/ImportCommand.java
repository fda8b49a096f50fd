package org.kuzet.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kuzet.exchange.BundleImporter;
import org.kuzet.identity.DuplicatePair;
import org.kuzet.identity.Duplicates;
import org.kuzet.identity.Subject;
import org.kuzet.spreadsheet.ImportMapping;
import org.kuzet.spreadsheet.SpreadsheetFormat;
import org.kuzet.spreadsheet.SpreadsheetImports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import an interchange bundle (docs/bundle-format.md), or a CSV or XLSX sheet of one kind of record "
                + "(docs/import-mapping.md). All or nothing: on any error nothing is imported (unless --skip-invalid).",
                "A sheet's problems are printed as: row N, column \"X\": message. Exit code 1 when a dry run finds a "
                        + "problem or an import has an error."})
class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Parameters(index = "0", paramLabel = "FILE", description = "The bundle (JSON, UTF-8), or a sheet (CSV or XLSX)")
    Path file;

    @Option(names = "--dry-run", description = "Only check the file and report every problem; change nothing")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "csv|xlsx|bundle",
            description = "What the file is; by default its name's ending tells (.csv, .tsv, .xlsx; else a bundle)")
    String format;

    @Option(names = "--kind", paramLabel = "KIND", description = "The records a sheet holds: incidents, persons, "
            + "organizations, cases (legal cases) or sources; or acled, a file of ACLED's event data in ACLED's layout, imported as incidents (docs/acled.md)")
    String kind;

    @Option(names = "--mapping", paramLabel = "MAPPING",
            description = "A saved mapping of the sheet's columns (JSON, docs/import-mapping.md)")
    Path mapping;

    @Option(names = "--skip-invalid", paramLabel = "REJECTS",
            description = "Import the valid rows of a sheet and write the others, with a reason column, to this CSV file")
    Path rejects;

    @Override
    public Integer call() throws IOException {
        SpreadsheetFormat sheet = "bundle".equals(format) ? null
                : SpreadsheetFormat.of(format != null ? format : file.getFileName().toString());
        if (format != null && !"bundle".equals(format) && sheet == null) {
            throw new CliErrors.UsageException("--format is csv, xlsx or bundle, not '" + format + "'");
        }
        if (sheet != null) {
            return importSheet(sheet);
        }
        if (kind != null || mapping != null || rejects != null) {
            throw new CliErrors.UsageException("--kind, --mapping and --skip-invalid are for a CSV or XLSX sheet (--format)");
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new CliErrors.UsageException("no such file: " + file);
        } catch (CharacterCodingException e) {
            throw new org.kuzet.shared.InvalidInputException(java.util.List.of(new org.kuzet.shared.Problem("$", "the file is not UTF-8 text")));
        }
        Map<String, Integer> counts;
        java.util.List<DuplicatePair> likely = java.util.List.of();
        try (var context = Context.start(db)) {
            counts = context.getBean(BundleImporter.class).importBundle(json, dryRun);
            if (!dryRun) {
                likely = possibleDuplicates(context.getBean(Duplicates.class), json);
            }
        }
        System.err.println((dryRun ? "The bundle is valid; nothing was imported (dry run): " : "Imported: ") + counts);
        if (!likely.isEmpty()) {
            System.err.println("Possible duplicates among the imported persons and organisations (review them with"
                    + " \"kuzet duplicates\" or on the duplicates page):");
            likely.stream().limit(50).forEach(p -> System.err.printf("  %.3f  %s (%s) ~ %s (%s)%n", p.score(), p.first().name(),
                    p.first().key(), p.second().name(), p.second().key()));
            if (likely.size() > 50) {
                System.err.println("  ... and " + (likely.size() - 50) + " more");
            }
        }
        return 0;
    }

    private int importSheet(SpreadsheetFormat sheet) throws IOException {
        if (kind == null) {
            throw new CliErrors.UsageException("--kind is required for a sheet: " + String.join(", ", SpreadsheetImports.KINDS));
        }
        if (!SpreadsheetImports.KINDS.contains(kind)) {
            throw new CliErrors.UsageException("--kind is one of " + String.join(", ", SpreadsheetImports.KINDS) + ", not '" + kind + "'");
        }
        if (!Files.isRegularFile(file)) {
            throw new CliErrors.UsageException("no such file: " + file);
        }
        if (dryRun && rejects != null) {
            throw new CliErrors.UsageException("--skip-invalid writes rows, --dry-run writes nothing: give one of them");
        }
        ImportMapping saved = null;
        if (mapping != null) {
            try {
                saved = ImportMapping.parse(Files.readString(mapping));
            } catch (NoSuchFileException e) {
                throw new CliErrors.UsageException("no such mapping file: " + mapping);
            }
            if (saved.kind() != null && !saved.kind().equals(kind)) {
                throw new CliErrors.UsageException("the mapping is for " + saved.kind() + ", not " + kind);
            }
        }
        SpreadsheetImports.Outcome outcome;
        String records;
        try (var context = Context.start(db)) {
            SpreadsheetImports imports = context.getBean(SpreadsheetImports.class);
            records = imports.records(kind);
            outcome = imports.run(new SpreadsheetImports.Request(file, sheet, kind, saved,
                    dryRun, rejects), (pass, rows) -> System.err.print("\r" + (pass == 1 ? "checked " : "written ") + rows + " rows"));
        }
        System.err.println();
        outcome.problems().forEach(System.out::println);
        long more = outcome.errors() + outcome.warnings() - outcome.problems().size();
        if (more > 0) {
            System.out.println("... and " + more + " more problem(s)");
        }
        System.err.printf("%d row(s): %d error(s), %d warning(s). ", outcome.rows(), outcome.errors(), outcome.warnings());
        if (outcome.written()) {
            System.err.printf("Imported %d %s%s%s.%n", outcome.imported(), records,
                    rejects == null ? "" : "; " + outcome.rejected() + " row(s) rejected, written to " + rejects,
                    outcome.leftOut() == 0 ? "" : "; " + outcome.leftOut() + " row(s) left out (listed above, with why)");
            return 0;
        }
        System.err.println(dryRun ? "Nothing was imported (dry run)." : "Nothing was imported.");
        return dryRun ? (outcome.hasProblems() ? CliErrors.INVALID_DATA : 0) : CliErrors.INVALID_DATA;
    }

    /** The likely duplicates of the persons and organisations the bundle carries. */
    private static java.util.List<DuplicatePair> possibleDuplicates(Duplicates duplicates, String json) {
        tools.jackson.databind.JsonNode bundle = org.kuzet.shared.Json.MAPPER.readTree(json);
        java.util.List<DuplicatePair> likely = new java.util.ArrayList<>();
        for (Subject subject : Subject.values()) {
            java.util.List<String> keys = new java.util.ArrayList<>();
            bundle.path(subject.collection()).forEach(doc -> {
                if (doc.hasNonNull("key")) {
                    keys.add(doc.get("key").asString());
                }
            });
            likely.addAll(duplicates.ofKeys(subject, keys));
        }
        return likely;
    }
}
