package org.kuzet.crypto;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database knows of the keyset: a known value sealed with it ({@code vault_check}), which a wrong or
 * missing keyset cannot open, and when each key became primary ({@code vault_key}). Read with the schema owner's
 * connection, before the migrations have run: on a new database the tables are not there yet and there is
 * nothing to check.
 */
final class VaultCheck {

    static final SealedColumn COLUMN = new SealedColumn("vault_check", "id", "sealed");
    static final long ID = 1;
    static final byte[] VALUE = "kuzet vault check".getBytes(StandardCharsets.UTF_8);

    private final JdbcClient db;

    VaultCheck(DataSource owner) {
        this.db = owner == null ? null : JdbcClient.create(owner);
    }

    /** No database: for tests of the vault alone. */
    static VaultCheck none() {
        return new VaultCheck(null);
    }

    Optional<byte[]> read() {
        if (!tablesExist()) {
            return Optional.empty();
        }
        return db.sql("select sealed from vault_check where id = ?").param(ID).query(byte[].class).optional();
    }

    /** Stores the check value once the migrations have made its table. */
    void write(byte[] sealed) {
        if (tablesExist()) {
            write(db, sealed);
        }
    }

    static void write(JdbcClient db, byte[] sealed) {
        db.sql("insert into vault_check (id, sealed) values (?, ?) on conflict (id) do nothing").params(ID, sealed).update();
    }

    void recordKey(long keyId) {
        if (tablesExist()) {
            recordKey(db, keyId);
        }
    }

    static void recordKey(JdbcClient db, long keyId) {
        db.sql("insert into vault_key (key_id) values (?) on conflict (key_id) do nothing").param(keyId).update();
    }

    static Optional<OffsetDateTime> primarySince(JdbcClient db, long keyId) {
        return db.sql("select since from vault_key where key_id = ?").param(keyId).query(OffsetDateTime.class).optional();
    }

    private boolean tablesExist() {
        return db != null && db.sql("select to_regclass('public.vault_check') is not null and to_regclass('public.vault_key') is not null")
                .query(Boolean.class).single();
    }
}
