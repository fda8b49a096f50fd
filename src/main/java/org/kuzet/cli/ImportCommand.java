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
        try (var context = Context.start(db)) {
            counts = context.getBean(BundleImporter.class).importBundle(json, dryRun);
        }
        System.err.println((dryRun ? "The bundle is valid; nothing was imported (dry run): " : "Imported: ") + counts);
        return 0;
    }
}
