package org.kuzet.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A PostgreSQL server process found through the {@code postmaster.pid} file of a data directory. */
record RunningServer(long pid, int port, ProcessHandle process) {

    private static final Logger log = LoggerFactory.getLogger(RunningServer.class);

    /** The live postmaster of {@code pgData}, if its pid file names a running postgres process. */
    static Optional<RunningServer> read(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).trim());
        int port = Integer.parseInt(lines.get(3).trim());
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .map(p -> new RunningServer(pid, port, p));
    }

    /**
     * A pid file whose process is gone (the machine or the server crashed) would make PostgreSQL refuse to
     * start if the pid were reused by another process; the WAL recovers the data, the file can go.
     */
    static void removeStalePidFile(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (Files.exists(pidFile) && read(pgData).isEmpty()) {
            log.warn("Removing stale {}", pidFile);
            Files.delete(pidFile);
        }
    }

    /** SIGTERM asks PostgreSQL for a smart shutdown, which writes a checkpoint; nothing committed is lost. */
    void shutDown(Duration timeout) {
        process.destroy();
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // Still running after the timeout: kill it; the WAL makes the next start recover committed data.
            log.warn("PostgreSQL pid {} did not stop in {}; killing it", pid, timeout);
            process.destroyForcibly();
            process.onExit().join();
        }
    }
}
