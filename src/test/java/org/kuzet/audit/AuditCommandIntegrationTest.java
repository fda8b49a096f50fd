package org.kuzet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.cli.KuzetCommand;
import org.kuzet.storage.EmbeddedDatabase;
import org.kuzet.support.TestDatabase;

/** {@code kuzet audit verify} and {@code kuzet audit list} as an operator runs them on a data folder. */
class AuditCommandIntegrationTest {

    record Run(int exitCode, String out) {
    }

    private static Run kuzet(Path dir, String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--data-dir", dir.toString())).toArray(String[]::new);
            int code = KuzetCommand.commandLine().execute(all);
            return new Run(code, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
        }
    }

    @Test
    void verifyCountsTheEntriesOfAnIntactChainAndNamesTheFirstBrokenOne() throws Exception {
        Path dir = TestDatabase.dataDir("audit-cli-" + UUID.randomUUID().toString().substring(0, 8));
        Path bundle = dir.resolveSibling(dir.getFileName() + "-export.json");
        assertThat(kuzet(dir, "export", "-o", bundle.toString()).exitCode()).isZero();
        assertThat(kuzet(dir, "export", "-o", bundle.toString()).exitCode()).isZero();

        Run intact = kuzet(dir, "audit", "verify");
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.out()).containsPattern("intact: 2 entries; head hash [0-9a-f]{64}");
        Run list = kuzet(dir, "audit", "list", "--action", "export", "--since", "2020-01-01");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines()).hasSize(2).allMatch(l -> l.contains("(command line)\texport\tbundle"));

        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir);
             var c = DriverManager.getConnection(db.jdbcUrl(), db.superuser(), db.superuserPassword());
             var s = c.createStatement()) {
            s.execute("set session_replication_role = replica"); // as a superuser would, past the triggers
            s.execute("update audit_event set details = '{\"format\": \"csv\"}' where position = 1");
        }
        Run broken = kuzet(dir, "audit", "verify");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).contains("BROKEN at entry 1").contains("details");
    }
}
