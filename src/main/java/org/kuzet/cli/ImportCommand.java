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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an interchange bundle (docs/bundle-format.md). All or nothing: on any problem nothing is imported.")
class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Parameters(index = "0", paramLabel = "FILE", description = "The bundle (JSON, UTF-8)")
    Path file;

    @Option(names = "--dry-run", description = "Only check the bundle and report every problem; change nothing")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
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
