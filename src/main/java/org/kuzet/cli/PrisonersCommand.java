package org.kuzet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.kuzet.shared.Json;
import org.kuzet.statistics.PoliticalPrisoners;
import org.kuzet.statistics.PrisonerExports;
import org.kuzet.statistics.PrisonerList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "prisoners", mixinStandardHelpOptions = true,
        description = "List the political prisoners on a day: persons assessed as such, deprived of liberty that day.")
class PrisonersCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day (default: today)")
    String asOf;

    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Only these legal statuses (default: serving_imprisonment, pre_trial_detention, house_arrest, "
                    + "psychiatric_placement, serving_restriction_of_freedom); also serving_administrative_detention, detained")
    List<String> statuses;

    @Option(names = "--json", description = "Print the list as JSON, as the API gives it")
    boolean json;

    @Option(names = "--format", paramLabel = "csv|docx", description = "Write the list as a file (needs -o)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file of --format")
    Path output;

    @Option(names = "--lang", defaultValue = "en", description = "Language of labels and sentences: en, ru, kk")
    String lang;

    @Override
    public Integer call() throws IOException {
        if (format != null && !PrisonerExports.FORMATS.contains(format)) {
            throw new CliErrors.UsageException("--format: '" + format + "' is not one of csv, docx");
        }
        if ((format == null) != (output == null)) {
            throw new CliErrors.UsageException("--format and -o go together");
        }
        if (format != null && json) {
            throw new CliErrors.UsageException("--json prints to the terminal; --format writes a file: choose one");
        }
        try (var context = Context.start(db)) {
            PrisonerList list = context.getBean(PoliticalPrisoners.class).asOf(asOf, statuses);
            if (format != null) {
                var export = context.getBean(PrisonerExports.class).export(java.time.LocalDate.parse(list.asOf()),
                        new java.util.LinkedHashSet<>(list.statuses()), format, lang);
                // write beside the target, then move: a failed export never leaves half a file
                Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".kuzet-prisoners", "." + format);
                Files.write(tmp, export.content());
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                System.err.println(list.count() + " political prisoners on " + list.asOf() + " written to " + output);
                return 0;
            }
            if (json) {
                System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(list));
                return 0;
            }
            System.out.println("Political prisoners on " + list.asOf() + ": " + list.count()
                    + " (statuses: " + String.join(", ", list.statuses()) + ")");
            for (PrisonerList.Prisoner p : list.prisoners()) {
                System.out.println(p.name() + "\t" + p.status() + " since " + p.since()
                        + "\t" + String.join("; ", p.articles().stream().map(PrisonerList.Article::reference).toList())
                        + "\t" + (p.sentenceText() == null ? "sentence not known" : p.sentenceText())
                        + "\t" + (p.expectedRelease() == null ? "release date not known" : "release " + p.expectedRelease()
                        + ("approximate".equals(p.expectedReleasePrecision()) ? " (estimate)" : "")));
            }
        }
        return 0;
    }
}
