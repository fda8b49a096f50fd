package org.kuzet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kuzet.support.TestDatabase;

/** The embedded server keeps real data: durable settings, and recovery after the process holding it was killed. */
class EmbeddedDatabaseIntegrationTest {

    private static Path freshDataDir() {
        return TestDatabase.dataDir("embedded-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Starts {@link HoldingProcess} in its own JVM and waits until it has committed {@code note}. */
    private static Process holdServer(Path dataDir, String note) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldingProcess.class.getName(), dataDir.toString(), note)
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
        String line;
        List<String> lines = new ArrayList<>();
        while ((line = out.readLine()) != null && !line.equals("ready")) {
            lines.add(line);
        }
        assertThat(line).as("holding process output: %s", lines).isEqualTo("ready");
        return process;
    }

    private static List<String> notes(EmbeddedDatabase db) throws Exception {
        List<String> notes = new ArrayList<>();
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.superuser(), db.superuserPassword());
             var rs = c.createStatement().executeQuery("select note from crash_probe order by note")) {
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
        }
        return notes;
    }

    private static String setting(EmbeddedDatabase db, String name) throws Exception {
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.superuser(), db.superuserPassword());
             var rs = c.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void serverRunsWithDurableSettingsAndPasswordsOnly() throws Exception {
        Path dir = freshDataDir();
        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir)) {
            assertThat(setting(db, "fsync")).isEqualTo("on");
            assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
            assertThat(Files.readString(dir.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");
            assertThat(Files.getPosixFilePermissions(dir.resolve("secrets/database.properties")).toString())
                    .isEqualTo("[OWNER_READ, OWNER_WRITE]");
            try (var c = DriverManager.getConnection(db.jdbcUrl(), db.appRole(), db.appPassword());
                 var rs = c.createStatement().executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("application role is a superuser").isFalse();
                assertThat(rs.getBoolean(2)).as("application role bypasses row-level security").isFalse();
            }
        }
    }

    @Test
    void afterTheHoldingProcessIsKilledTheNextStartRecoversWithNothingLost() throws Exception {
        Path dir = freshDataDir();
        Process holder = holdServer(dir, "committed before the crash");
        holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);   // kill -9: the postmaster is left running, orphaned

        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir)) {
            assertThat(db.ownsServer()).isTrue();
            assertThat(notes(db)).containsExactly("committed before the crash");
        }
    }

    @Test
    void aStalePidFileOfADeadServerDoesNotPreventTheStart() throws Exception {
        Path dir = freshDataDir();
        Process holder = holdServer(dir, "survives a killed server");
        long postmaster = Long.parseLong(Files.readAllLines(dir.resolve("postgres/postmaster.pid")).getFirst().trim());
        holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        ProcessHandle.of(postmaster).ifPresent(p -> {
            p.destroyForcibly();   // the server itself crashes too: postmaster.pid stays behind
            p.onExit().join();
        });
        assertThat(dir.resolve("postgres/postmaster.pid")).exists();

        try (EmbeddedDatabase db = EmbeddedDatabase.open(dir)) {
            assertThat(notes(db)).containsExactly("survives a killed server");
        }
    }

    @Test
    void aSecondProcessConnectsToTheServerALiveProcessRunsAndTheOwnerStopsItOnExit() throws Exception {
        Path dir = freshDataDir();
        Process holder = holdServer(dir, "written by the running server's owner");
        long postmaster = Long.parseLong(Files.readAllLines(dir.resolve("postgres/postmaster.pid")).getFirst().trim());
        try (EmbeddedDatabase attached = EmbeddedDatabase.open(dir)) {
            assertThat(attached.ownsServer()).isFalse();
            assertThat(notes(attached)).containsExactly("written by the running server's owner");
        } finally {
            holder.destroy();   // SIGTERM, as when the user stops kuzet serve
            holder.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(holder.isAlive()).isFalse();
        // pg_ctl stop has waited for the shutdown checkpoint; the process itself may take a moment to exit
        ProcessHandle.of(postmaster).ifPresent(p -> p.onExit().completeOnTimeout(p, 10, TimeUnit.SECONDS).join());
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                .as("the owner stops its server cleanly when it exits").isFalse();
        assertThat(dir.resolve("postgres/postmaster.pid")).doesNotExist();
    }
}
