package org.kuzet.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
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
    private final Map<String, byte[]> copies = new LinkedHashMap<>();

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
     * Copies every record table that the import filled out in PostgreSQL's binary COPY format (untimed), then
     * times loading those bytes into empty tables of the same definition in schema {@code raw}. Returns the rows
     * loaded.
     */
    Measured<Long> copyRecordTables() throws Exception {
        try (Connection c = connect()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (Statement s = c.createStatement()) {
                s.execute("drop schema if exists raw cascade");
                s.execute("create schema raw");
            }
            for (String table : recordTables(c)) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                copy.copyOut("copy public." + table + " to stdout (format binary)", bytes);
                copies.put(table, bytes.toByteArray());
                try (Statement s = c.createStatement()) {
                    s.execute("create table raw." + table + " (like public." + table + " including all)");
                }
            }
        }
        // Only the loading is measured, as the import is: from bytes in memory to committed rows.
        return Measured.once(() -> {
            long rows = 0;
            try (Connection c = connect()) {
                c.setAutoCommit(false);
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (Map.Entry<String, byte[]> table : copies.entrySet()) {
                    rows += copy.copyIn("copy raw." + table.getKey() + " from stdin (format binary)",
                            new ByteArrayInputStream(table.getValue()));
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

    private static List<String> recordTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        List<String> filled = new ArrayList<>();
        for (String table : tables) {
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
