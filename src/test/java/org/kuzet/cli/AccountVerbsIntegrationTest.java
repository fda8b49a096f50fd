package org.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.support.TestDatabase;

/** The verbs an operator uses on accounts and settings: add, unlock, reset-two-factor, settings. */
class AccountVerbsIntegrationTest {

    record Run(int exitCode, String out, String err) {
    }

    private final Path dir = TestDatabase.dataDir("cli-accounts-" + UUID.randomUUID().toString().substring(0, 8));

    private Run kuzet(String stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dir.toString());
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            var cli = KuzetCommand.commandLine();
            cli.setOut(new java.io.PrintWriter(System.out, true));
            cli.setErr(new java.io.PrintWriter(System.err, true));
            int code = cli.execute(all.toArray(String[]::new));
            return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }

    @Test
    void anOperatorAddsUnlocksAndResetsUsersAndRequiresTwoFactor() {
        Run weak = kuzet("correct horse battery staple\n", "user", "add", "aigerim", "--role", "viewer", "--password-stdin");
        Run added = kuzet("seven silver lanterns over Shymkent\n", "user", "add", "aigerim", "--role", "viewer", "--password-stdin");
        Run unlocked = kuzet("", "user", "unlock", "aigerim");
        Run unknown = kuzet("", "user", "unlock", "nobody");
        Run reset = kuzet("", "user", "reset-two-factor", "aigerim");
        Run required = kuzet("", "settings", "set", "require-two-factor", "true");
        Run badValue = kuzet("", "settings", "set", "require-two-factor", "sometimes");
        Run list = kuzet("", "settings", "list");

        assertThat(weak.exitCode()).isEqualTo(1);
        assertThat(weak.err()).contains("$.password: is a commonly used password", "nothing was changed");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(unlocked.exitCode()).as(unlocked.err()).isZero();
        assertThat(unlocked.err()).contains("User 'aigerim' unlocked.");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no user 'nobody'");
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(required.exitCode()).as(required.err()).isZero();
        assertThat(badValue.exitCode()).isEqualTo(1);
        assertThat(badValue.err()).contains("value: must be true or false");
        assertThat(list.out()).contains("require-two-factor=true");
    }
}
