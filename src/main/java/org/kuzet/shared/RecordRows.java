package org.kuzet.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every top-level record table shares: a stable key, a version for optimistic locking and soft
 * deletion. Table names come from code, never from input.
 */
public final class RecordRows {

    private static final Set<String> TABLES = Set.of("source", "organization", "contact", "person", "event", "incident",
            "legal_case", "intervention", "reported_figure");

    private RecordRows() {
    }

    /** The id of a live record named by its numeric id or its key. */
    public static Optional<Long> idOf(JdbcClient db, String table, String reference) {
        check(table);
        if (reference == null) {
            return Optional.empty();
        }
        if (reference.matches("^[0-9]{1,18}$")) {
            return db.sql("select id from " + table + " where id = ? and deleted_at is null")
                    .param(Long.parseLong(reference)).query(Long.class).optional();
        }
        return db.sql("select id from " + table + " where key = ? and deleted_at is null")
                .param(reference).query(Long.class).optional();
    }

    public static Optional<String> keyOf(JdbcClient db, String table, Long id) {
        check(table);
        return id == null ? Optional.empty()
                : db.sql("select key from " + table + " where id = ?").param(id).query(String.class).optional();
    }

    public static boolean keyExists(JdbcClient db, String table, String key) {
        check(table);
        return db.sql("select exists (select 1 from " + table + " where key = ?)").param(key).query(Boolean.class).single();
    }

    /** A fresh key such as {@code incident-42} for a record created without one. */
    public static String newKey(JdbcClient db, String table, String prefix, java.util.Set<String> taken) {
        check(table);
        long next = db.sql("select coalesce(max(id), 0) + 1 from " + table).query(Long.class).single();
        String key = prefix + "-" + next;
        while (taken.contains(key) || keyExists(db, table, key)) {
            key = prefix + "-" + (++next);
        }
        return key;
    }

    /**
     * Claims the record for an update: succeeds only if nobody saved it since the caller read
     * {@code expectedVersion}; the version goes up by one.
     */
    public static int bumpVersion(JdbcClient db, String table, String kind, long id, Integer expectedVersion, Long userId) {
        check(table);
        if (expectedVersion == null) {
            throw InvalidInputException.of("$.version", "is required for an update (the version you read)");
        }
        int updated = db.sql("update " + table + " set version = version + 1, updated_at = now(), updated_by = ? "
                        + "where id = ? and version = ? and deleted_at is null")
                .params(userId, id, expectedVersion).update();
        if (updated == 0) {
            int current = db.sql("select version from " + table + " where id = ?").param(id).query(Integer.class).single();
            String key = keyOf(db, table, id).orElse(Long.toString(id));
            throw new StaleVersionException(kind, key, expectedVersion, current);
        }
        return expectedVersion + 1;
    }

    public static void softDelete(JdbcClient db, String table, String kind, long id, String reason, Long userId) {
        check(table);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "is required: say why the " + kind + " is deleted");
        }
        if (reason.length() > 2000) {
            throw InvalidInputException.of("reason", "is too long: at most 2000 characters");
        }
        List<String> referencedBy = new ArrayList<>(LiveReferences.to(db, table, id, 10));
        if (Actor.current().clearance() != Clearance.CONFIDENTIAL) {
            // Records beyond the deleter's clearance count too, without being named.
            int all = FullClearance.read(db, () -> LiveReferences.to(db, table, id, 1000)).size();
            int visible = LiveReferences.to(db, table, id, 1000).size();
            if (all > visible) {
                referencedBy.add((all - visible) + " other record" + (all - visible == 1 ? "" : "s")
                        + " you are not cleared to see");
            }
        }
        if (!referencedBy.isEmpty()) {
            throw new StillReferencedException(kind, keyOf(db, table, id).orElse(Long.toString(id)), referencedBy);
        }
        db.sql("update " + table + " set deleted_at = now(), deleted_by = ?, deleted_reason = ?, version = version + 1 "
                + "where id = ? and deleted_at is null").params(userId, reason, id).update();
    }

    private static void check(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not a record table: " + table);
        }
    }
}
