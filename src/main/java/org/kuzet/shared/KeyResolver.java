package org.kuzet.shared;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds the id of the record that a reference by key names: {@code id("organization", "dvk")}. Validation
 * resolves every reference through one, so that the bundle importer can hand in a resolver that also knows
 * the keys of records it is about to create in the same import (it may answer with placeholder ids; validation
 * only checks that a reference resolves and writes nothing).
 */
@FunctionalInterface
public interface KeyResolver {

    /** The id of the live record of {@code table} ("source", "organization", "person", …) with {@code key}. */
    Optional<Long> id(String table, String key);

    /**
     * The records in the database. A reference is always a key, never a database id, so a key made only of
     * digits is looked up as a key.
     */
    static KeyResolver database(JdbcClient db) {
        return (table, key) -> {
            if (!RecordKind.ofTable(table).map(RecordKind::stored).orElse(false)) {
                throw new IllegalArgumentException("not a record table: " + table);
            }
            if (key == null) {
                return Optional.empty();
            }
            return key.matches("^[0-9]{1,18}$")
                    ? db.sql("select id from " + table + " where key = ? and deleted_at is null").param(key).query(Long.class).optional()
                    : RecordRows.idOf(db, table, key);
        };
    }

    /** This resolver, falling back to {@code pending} for keys it does not know. */
    default KeyResolver or(KeyResolver pending) {
        return (table, key) -> id(table, key).or(() -> pending.id(table, key));
    }
}
