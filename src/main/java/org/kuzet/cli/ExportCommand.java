package org.kuzet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.kuzet.exchange.BundleExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the whole record as an interchange bundle.")
class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Option(names = "--format", defaultValue = "json", description = "Output format: json (the interchange bundle)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (default: standard output)")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!"json".equals(format)) {
            throw new CliErrors.UsageException("--format: '" + format + "' is not supported (json)");
        }
        String bundle;
        try (var context = Context.start(db)) {
            bundle = context.getBean(BundleExporter.class).export();
        }
        if (output == null) {
            System.out.print(bundle);
            System.out.flush();
        } else {
            // write beside the target, then move: a failed export never leaves half a file
            Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".kuzet-export", ".json");
            Files.writeString(tmp, bundle, StandardCharsets.UTF_8);
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.err.println("Exported to " + output);
        }
        return 0;
    }
}
