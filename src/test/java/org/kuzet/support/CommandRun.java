package org.kuzet.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.cli.KuzetCommand;

/** One run of a {@code kuzet} verb in this JVM, as a shell would see it: its exit code, standard output and error. */
public record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code kuzet ARGS}; standard output and error are captured for the run and restored after it. */
    public static CommandRun kuzet(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            var cli = KuzetCommand.commandLine();
            cli.setOut(new PrintWriter(System.out, true));
            cli.setErr(new PrintWriter(System.err, true));
            int code = cli.execute(args);
            return new CommandRun(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Runs {@code kuzet ARGS --data-dir DIR}. */
    public static CommandRun kuzetIn(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dataDir.toString());
        return kuzet(all.toArray(String[]::new));
    }
}
