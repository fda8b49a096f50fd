package org.kuzet.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.cli.KuzetCommand;
import org.kuzet.support.TestDatabase;

/** {@code kuzet report} as an operator runs it, on its own data folder. */
class ReportCommandIntegrationTest {

    private static final String BUNDLE = """
            {
              "format": "kuzet-bundle",
              "formatVersion": 1,
              "sources": [{"key": "azattyq-1", "url": "https://rus.azattyq.org/a/30324650.html",
                  "title": {"original": "ru", "ru": "Активиста осудили за клевету"}, "kind": "media", "language": "ru",
                  "confidentiality": "public"}],
              "incidents": [{"key": "2019-12-slander",
                  "title": {"original": "en", "en": "Activist convicted of slander", "ru": "Активист осуждён за клевету"},
                  "narrative": {"original": "en", "en": "He had accused a police chief of abuse of power."},
                  "date": "2019-12-01", "datePrecision": "month", "place": "kz-almaty-city", "types": ["sentence"],
                  "rights": ["expression"], "confidentiality": "public", "reviewStatus": "published",
                  "sources": [{"source": "azattyq-1"}]}]
            }
            """;

    record Run(int exitCode, String err) {
    }

    private static Run kuzet(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            var cli = KuzetCommand.commandLine();
            cli.setErr(new PrintWriter(System.err, true));
            return new Run(cli.execute(args), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void writesTheBriefingInAllFourFormats() throws Exception {
        Path dir = TestDatabase.dataDir("cli-report-" + UUID.randomUUID().toString().substring(0, 8));
        Path bundle = Files.createTempFile("bundle", ".json");
        Files.writeString(bundle, BUNDLE);
        assertThat(kuzet("import", bundle.toString(), "--data-dir", dir.toString()).exitCode()).isZero();
        Path out = Files.createTempDirectory("reports");
        for (String format : new String[] {"docx", "pdf", "html", "md"}) {
            Path file = out.resolve("briefing." + format);
            Run run = kuzet("report", "--template", "briefing", "--from", "2019-11-01", "--to", "2020-11-30", "--format", format,
                    "-o", file.toString(), "--lang", format.equals("pdf") ? "ru" : "en", "--data-dir", dir.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            byte[] bytes = Files.readAllBytes(file);
            String text = ReportFixture.text(format, bytes).replaceAll("\\s+", " ");
            if (format.equals("pdf")) {
                assertThat(text).contains("Основные проблемы и рекомендации", "Активист осуждён за клевету", "Источники",
                        "rus.azattyq.org/a/30324650.html");
            } else {
                assertThat(text).contains("Key concerns and recommendations", "Activist convicted of slander",
                        "Активиста осудили за клевету", "https://rus.azattyq.org/a/30324650.html", "December 2019");
            }
        }
        Run bad = kuzet("report", "--template", "briefing", "--from", "2020-13-01", "--to", "2020-11-30", "--format", "odt",
                "-o", out.resolve("x").toString(), "--data-dir", dir.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("from", "format");
        assertThat(out.resolve("x")).doesNotExist();
    }
}
