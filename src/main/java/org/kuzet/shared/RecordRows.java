package org.kuzet.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every top-level record table shares: a stable key, a version for optimistic locking and soft
 * deletion. Table names come from code, never from input.
 */
public final class RecordRows {

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

    /**
     * What a writer is told when the key they give is taken: the same whether the record holding it is visible to
     * them, beyond their clearance, or deleted, so that a key tells nothing about a record one may not see.
     */
    public static final String KEY_TAKEN = "is already taken";

    /**
     * Whether a record of {@code table} holds {@code key}, whoever's clearance asks: hidden and deleted records
     * hold their keys too (V25, {@code kuzet_key_taken}). Answers only yes or no.
     */
    public static boolean keyExists(JdbcClient db, String table, String key) {
        checkKeyed(table);
        Map<String, Boolean> known = TransactionScoped.get(KEYS_KNOWN, HashMap::new);
        Boolean answer = known.get(table + " " + key);
        if (answer != null) {
            return answer;
        }
        boolean taken = db.sql("select kuzet_key_taken(?, ?)").params(table, key).query(Boolean.class).single();
        // A key once taken stays taken (a deleted record keeps it); a free one is remembered as askKeysTaken does, until
        // a record is inserted with it (taken): a sheet's rows are checked, then checked again as they are written. One
        // taken meanwhile by another writer is refused by the insert, with the same answer (isKeyTaken).
        known.put(table + " " + key, taken);
        return taken;
    }

    /**
     * Asks {@link #keyExists} of many keys of one table in one statement, for a bulk write such as an import: the
     * answers are remembered until the transaction ends, a free key until a record of this table is inserted with
     * it ({@link #taken}, which {@link RecordStore} calls for every record it inserts).
     */
    public static void askKeysTaken(JdbcClient db, String table, Collection<String> keys) {
        checkKeyed(table);
        List<String> asked = keys.stream().filter(Objects::nonNull).distinct().toList();
        if (asked.isEmpty()) {
            return;
        }
        Map<String, Boolean> known = TransactionScoped.get(KEYS_KNOWN, HashMap::new);
        asked.forEach(key -> known.put(table + " " + key, false));
        db.sql("select kuzet_keys_taken(?, cast(? as text[]))")
                .params(table, asked.toArray(String[]::new)).query(String.class).list()
                .forEach(key -> known.put(table + " " + key, true));
    }

    /** A record of {@code table} was inserted with {@code key}: what {@link #keyExists} remembers says so. */
    static void taken(String table, String key) {
        Map<String, Boolean> known = TransactionScoped.bound(KEYS_KNOWN);
        if (known != null && key != null) {
            known.put(table + " " + key, true);
        }
    }

    /** Owner of the answers of {@link #keyExists} remembered in a transaction. */
    private static final Object KEYS_KNOWN = new Object();

    /**
     * A fresh key such as {@code incident-42} for a record created without one, from the table's own counter (V25,
     * {@code kuzet_fresh_key}): no record holds it, whatever the writer may see, nor any of {@code taken} (the keys
     * of records about to be created with it).
     */
    public static String newKey(JdbcClient db, String table, String prefix, Set<String> taken) {
        checkKeyed(table);
        String key;
        do {
            key = db.sql("select kuzet_fresh_key(?, ?)").params(table, prefix).query(String.class).single();
        } while (taken.contains(key));
        return key;
    }

    /**
     * Whether {@code e} is the unique constraint of {@code table}'s key: a key taken by another writer between the
     * check and the insert, which is then {@link #KEY_TAKEN} like any other.
     */
    public static boolean isKeyTaken(DuplicateKeyException e, String table) {
        return e.getMostSpecificCause() instanceof PSQLException psql && psql.getServerErrorMessage() != null
                && (table + "_key_key").equals(psql.getServerErrorMessage().getConstraint());
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
        if (!RecordKind.ofTable(table).map(RecordKind::stored).orElse(false)) {
            throw new IllegalArgumentException("not a record table: " + table);
        }
    }

    /** The record tables and the recommendations, which have keys of the same kind. */
    private static void checkKeyed(String table) {
        if (RecordKind.ofTable(table).isEmpty()) {
            throw new IllegalArgumentException("not a record table: " + table);
        }
    }
}
