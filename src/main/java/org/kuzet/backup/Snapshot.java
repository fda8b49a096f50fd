package org.kuzet.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the database catalogue says about the record's schema: its tables in an order that satisfies the foreign
 * keys, their columns, its sequences, its migration version. Read from PostgreSQL's catalogue, so that a table a
 * later migration adds is backed up without anyone listing it.
 */
final class Snapshot {

    /** Flyway's own bookkeeping: a restore writes its own by running the migrations. */
    static final String MIGRATION_HISTORY = "flyway_schema_history";

    /**
     * What the running instances share but is no part of the record (migration V35): the web sessions, whose ids and
     * CSRF tokens must not outlive them in a backup, and the sign-in failures of the last minutes.
     */
    static final Set<String> TRANSIENT = Set.of("spring_session", "spring_session_attributes",
            "sign_in_failure");

    private Snapshot() {
    }

    /** Settings under which COPY's text is the same on every server and session. */
    static void fixFormats(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("set local datestyle = 'ISO, YMD'");
            s.execute("set local intervalstyle = 'postgres'");
            s.execute("set local timezone = 'UTC'");
            s.execute("set local extra_float_digits = 3");
            s.execute("set local bytea_output = 'hex'");
            s.execute("set local statement_timeout = 0");
        }
    }

    /**
     * Lets the current transaction read every row of every table. A role that may bypass row-level security (the
     * embedded server's superuser, or a role given BYPASSRLS) turns it off, which makes a policy still in the way an
     * error rather than rows silently missed. The application's own role on an external server owns the tables but
     * never bypasses their policies, so it takes full clearance instead, to which every policy opens (a test holds
     * each policy to that: RowSecurityFullClearanceIntegrationTest).
     */
    static void readEveryRow(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            if (bypassesRowSecurity(c)) {
                s.execute("set local row_security = off");
            } else {
                s.execute("select set_config('kuzet.clearance', 'confidential', true)");
            }
        }
    }

    /** Whether the connection's role is a superuser or has BYPASSRLS. */
    static boolean bypassesRowSecurity(Connection c) throws SQLException {
        try (var s = c.createStatement();
             var r = s.executeQuery("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
            return r.next() && r.getBoolean(1);
        }
    }

    /** What {@link #liftForLoad} lifted, to put back before the load commits. */
    record Lifted(List<String> forcedRowSecurity, List<String> truncateRevoked) {
    }

    /**
     * Lets the tables' owner load them when it cannot bypass row-level security (the application's role on an
     * external server): COPY FROM refuses a table whose policies bind the writer, so FORCE ROW LEVEL SECURITY is lifted,
     * and the owner gives itself back TRUNCATE where the migrations took it away (the audit trail's). Both only for
     * the current transaction: {@link #putBackAfterLoad} restores them before it commits, and the locks the ALTERs take
     * keep everyone else out until then. A role that may bypass row-level security just turns it off.
     */
    static Lifted liftForLoad(Connection c, List<String> tables) throws SQLException {
        if (bypassesRowSecurity(c)) {
            try (var s = c.createStatement()) {
                s.execute("set local row_security = off");
            }
            return new Lifted(List.of(), List.of());
        }
        List<String> forced = new ArrayList<>();
        List<String> noTruncate = new ArrayList<>();
        try (var s = c.prepareStatement("select c.relname, c.relforcerowsecurity, has_table_privilege(c.oid, 'TRUNCATE') "
                + "from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1"); var r = s.executeQuery()) {
            while (r.next()) {
                if (tables.contains(r.getString(1))) {
                    if (r.getBoolean(2)) {
                        forced.add(r.getString(1));
                    }
                    if (!r.getBoolean(3)) {
                        noTruncate.add(r.getString(1));
                    }
                }
            }
        }
        try (var s = c.createStatement()) {
            for (String t : forced) {
                s.execute("alter table public." + quote(t) + " no force row level security");
            }
            for (String t : noTruncate) {
                s.execute("grant truncate on public." + quote(t) + " to current_user");
            }
        }
        return new Lifted(forced, noTruncate);
    }

    static void putBackAfterLoad(Connection c, Lifted lifted) throws SQLException {
        try (var s = c.createStatement()) {
            for (String t : lifted.forcedRowSecurity()) {
                s.execute("alter table public." + quote(t) + " force row level security");
            }
            for (String t : lifted.truncateRevoked()) {
                s.execute("revoke truncate on public." + quote(t) + " from current_user");
            }
        }
    }

    /** The last migration applied. */
    static String schemaVersion(Connection c) throws SQLException {
        try (var s = c.prepareStatement("select version from " + MIGRATION_HISTORY
                + " where success and version is not null order by installed_rank desc limit 1");
             var r = s.executeQuery()) {
            if (!r.next()) {
                throw new BackupException("the database has no migrations applied: there is no Kuzet record in it");
            }
            return r.getString(1);
        }
    }

    /** Whether the schema holds any table at all. */
    static boolean hasTables(Connection c) throws SQLException {
        try (var s = c.prepareStatement("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and c.relkind in ('r', 'p')");
             var r = s.executeQuery()) {
            r.next();
            return r.getLong(1) > 0;
        }
    }

    /** Every table of the schema but Flyway's and the {@link #TRANSIENT} ones, parents before those referring to them. */
    static List<String> tablesInDependencyOrder(Connection c) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (var s = c.prepareStatement("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition");
             var r = s.executeQuery()) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        tables.remove(MIGRATION_HISTORY);
        tables.removeAll(TRANSIENT);
        Map<String, Set<String>> parents = new TreeMap<>();
        tables.forEach(t -> parents.put(t, new TreeSet<>()));
        try (var s = c.prepareStatement("select child.relname, parent.relname from pg_constraint k "
                + "join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid "
                + "join pg_namespace n on n.oid = k.connamespace where k.contype = 'f' and n.nspname = 'public'");
             var r = s.executeQuery()) {
            while (r.next()) {
                String child = r.getString(1);
                String parent = r.getString(2);
                if (!child.equals(parent) && parents.containsKey(child) && tables.contains(parent)) {
                    parents.get(child).add(parent);
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            boolean progress = false;
            for (String t : tables) {
                if (!placed.contains(t) && placed.containsAll(parents.get(t))) {
                    placed.add(t);
                    order.add(t);
                    progress = true;
                }
            }
            if (!progress) {
                Set<String> left = new TreeSet<>(tables);
                left.removeAll(placed);
                throw new BackupException("the foreign keys between these tables form a cycle, which a restore could not "
                        + "load in order: " + left);
            }
        }
        return order;
    }

    /** The columns COPY writes and reads: all but generated ones, in their order. */
    static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var s = c.prepareStatement("select attname from pg_attribute where attrelid = ?::regclass and attnum > 0 "
                + "and not attisdropped and attgenerated = '' order by attnum")) {
            s.setString(1, quote(table));
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    columns.add(r.getString(1));
                }
            }
        }
        return columns;
    }

    /** Every sequence of the schema with its state now (sequences are not transactional: never behind the rows). */
    static List<BackupManifest.Sequence> sequences(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var s = c.prepareStatement("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and c.relkind = 'S' order by c.relname");
             var r = s.executeQuery()) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        List<BackupManifest.Sequence> sequences = new ArrayList<>();
        for (String name : names) {
            try (var s = c.prepareStatement("select last_value, is_called from public." + quote(name));
                 var r = s.executeQuery()) {
                r.next();
                sequences.add(new BackupManifest.Sequence(name, r.getLong(1), r.getBoolean(2)));
            }
        }
        return sequences;
    }

    /** How many rows each table holds in this snapshot. */
    static Map<String, Long> counts(Connection c, List<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : tables) {
            try (var s = c.prepareStatement("select count(*) from public." + quote(t)); var r = s.executeQuery()) {
                r.next();
                counts.put(t, r.getLong(1));
            }
        }
        return counts;
    }

    static String copyColumns(String table, List<String> columns) {
        return "public." + quote(table) + " (" + String.join(", ", columns.stream().map(Snapshot::quote).toList()) + ")";
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
