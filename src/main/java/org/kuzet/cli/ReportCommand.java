package org.kuzet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.kuzet.reporting.GeneratedReport;
import org.kuzet.reporting.ReportRequest;
import org.kuzet.reporting.Reports;
import org.kuzet.shared.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Generate a report (briefing paper, quarterly update) from the record for a period.")
class ReportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Option(names = "--template", required = true, description = "Template: briefing, quarterly, or one an administrator saved")
    String template;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day of the period")
    String from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day of the period")
    String to;

    @Option(names = "--format", defaultValue = "docx", description = "docx, pdf, html or md (default: docx)")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Write the report to FILE")
    Path output;

    @Option(names = "--public", description = "The public edition: only what is published and public, names withheld "
            + "where persons did not consent (default: the internal edition)")
    boolean publicAudience;

    @Option(names = "--lang", defaultValue = "en", description = "Language: en or ru (default: en)")
    String language;

    @Option(names = "--place", paramLabel = "REGION", description = "Only incidents in this place (a region code, with the places within it)")
    String place;

    @Override
    public Integer call() throws IOException {
        GeneratedReport report;
        try (var context = Context.start(db)) {
            Reports reports = context.getBean(Reports.class);
            report = Actor.callAs(Actor.COMMAND_LINE, () -> reports.generate(new ReportRequest(template, from, to, place,
                    publicAudience ? "public" : "internal", language, format)));
        }
        // write beside the target, then move: a failed run never leaves half a file
        Path target = output.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), ".kuzet-report", "." + format);
        Files.write(tmp, report.content());
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("Wrote " + output + " (" + report.content().length + " bytes)");
        return 0;
    }
}
