package org.kuzet.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.storage.DatabaseServer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The raw engine: the same PostgreSQL server, reached over plain JDBC as the schema owner, with no application in
 * between — no HTTP, no JSON, no row-level security (the owner of the embedded server is a superuser), no
 * per-record checks. Each workload's SQL filters out confidential records itself so that it returns the rows a
 * viewer is shown.
 */
final class RawEngine {

    // Reference data the migrations seed: not part of what is loaded.
    private static final Set<String> NOT_RECORD = Set.of("flyway_schema_history", "vocabulary_term", "legal_article", "place",
            "app_user", "api_token", "audit_event", "setting", "vault_check", "vault_key");

    private final DatabaseServer server;
    private final Map<String, Path> copies = new LinkedHashMap<>();

    RawEngine(DatabaseServer server) {
        this.server = server;
    }

    private Connection queryConnection;

    private Connection queryConnection() throws SQLException {
        if (queryConnection == null) {
            queryConnection = connect();
        }
        return queryConnection;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(server.url(), server.ownerUser(), server.ownerPassword());
    }

    String version() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    List<String> placeCodes() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select code from place where kind <> 'country' order by code")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    /**
     * Copies every record table that the import filled out in PostgreSQL's binary COPY format to files in
     * {@code directory} (untimed; files, not memory, so that a million incidents fit), then times loading those
     * bytes into empty tables of the same definition in schema {@code raw}: {@code like … including all} gives them
     * the same columns, defaults, constraints and indexes, so COPY pays for maintaining every index as the import
     * does. Returns the rows loaded.
     */
    Measured<Long> copyRecordTables(Path directory) throws Exception {
        try (Connection c = connect()) {
            copyOut(c, directory, recordTables(c));
        }
        return loadCopies();
    }

    /**
     * A backup's raw side: every table of the schema copied out in PostgreSQL's binary COPY format to files in
     * {@code directory}, within one snapshot (a read-only, repeatable-read transaction), timed; no archive, no
     * compression, no encryption. {@link #loadCopies} then times loading them back, a restore's raw side.
     */
    Measured<Long> snapshotAllTables(Path directory) throws Exception {
        return Measured.once(() -> {
            try (Connection c = connect()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
                long rows = copyOut(c, directory, allTables(c));
                c.commit();
                return rows;
            }
        });
    }

    private long copyOut(Connection c, Path directory, List<String> tables) throws Exception {
        Files.createDirectories(directory);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        long rows = 0;
        copies.clear();
        for (String table : tables) {
            Path file = directory.resolve(table + ".copy");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                rows += copy.copyOut("copy public." + table + " to stdout (format binary)", out);
            }
            copies.put(table, file);
        }
        return rows;
    }

    /**
     * Times loading the files of the last copy into empty tables of the same definition in schema {@code raw}
     * (made untimed first): only the loading is measured, as the import is, from bytes at hand to committed rows.
     */
    Measured<Long> loadCopies() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists raw cascade");
            s.execute("create schema raw");
            for (String table : copies.keySet()) {
                s.execute("create table raw." + table + " (like public." + table + " including all)");
            }
        }
        return Measured.once(() -> {
            long rows = 0;
            try (Connection c = connect()) {
                c.setAutoCommit(false);
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (Map.Entry<String, Path> table : copies.entrySet()) {
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(table.getValue()), 1 << 16)) {
                        rows += copy.copyIn("copy raw." + table.getKey() + " from stdin (format binary)", in);
                    }
                }
                c.commit();
            }
            return rows;
        });
    }

    /** Reads every record table out with COPY TO (text format), as an export of the whole record would. */
    long copyOutRecordTables() throws Exception {
        long bytes = 0;
        try (Connection c = connect()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : copies.keySet()) {
                CountingStream out = new CountingStream();
                copy.copyOut("copy public." + table + " to stdout", out);
                bytes += out.count;
            }
        }
        return bytes;
    }

    /** The raw side's plan as PostgreSQL ran it: EXPLAIN (ANALYZE, BUFFERS) of the workload's SQL, once. */
    String explain(Bench.Workload workload) {
        try (PreparedStatement s = queryConnection().prepareStatement("explain (analyze, buffers) " + workload.sql())) {
            for (int i = 0; i < workload.parameters().size(); i++) {
                s.setObject(i + 1, workload.parameters().get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(workload.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Vacuums and gathers the planner's statistics after the load, as an operator would after a bulk import:
     * autovacuum would otherwise do it at a moment of its choosing, flipping plans in the middle of the timed runs, and
     * until it has vacuumed a table its index-only scans read the table too (both sides alike; a faster load leaves it
     * less time to have done so before the workloads start).
     */
    void vacuumAnalyze() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("vacuum (analyze)");
        }
    }

    /** Drops the raw copy (schema {@code raw}) so that it does not weigh on the workloads' cache. */
    void dropCopies() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists raw cascade");
        }
    }

    private static List<String> allTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static List<String> recordTables(Connection c) throws SQLException {
        List<String> filled = new ArrayList<>();
        for (String table : allTables(c)) {
            if (NOT_RECORD.contains(table)) {
                continue;
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select exists (select 1 from public." + table + ")")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    filled.add(table);
                }
            }
        }
        return filled;
    }

    /**
     * Runs a workload's SQL on one open connection (the application has a pool, so neither side pays for
     * connecting) and reads every row and column, as a client would.
     */
    int query(Bench.Workload workload) {
        try (PreparedStatement s = queryConnection().prepareStatement(workload.sql())) {
            for (int i = 0; i < workload.parameters().size(); i++) {
                s.setObject(i + 1, workload.parameters().get(i));
            }
            int rows = 0;
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getString(i);
                    }
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(workload.name() + ": " + e.getMessage(), e);
        }
    }

    /** Every row a workload's SQL returns, each column as text: to compare the raw answer with the API's. */
    List<List<String>> rows(Bench.Workload workload) {
        try (PreparedStatement s = queryConnection().prepareStatement(workload.sql())) {
            for (int i = 0; i < workload.parameters().size(); i++) {
                s.setObject(i + 1, workload.parameters().get(i));
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(workload.name() + ": " + e.getMessage(), e);
        }
    }

    /** The first column of every row: values from the generated record that the concurrent users ask about. */
    List<String> column(String sql) {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value from the generated record that workloads need (a key, a code). */
    String first(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
