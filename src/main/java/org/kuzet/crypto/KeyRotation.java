package org.kuzet.crypto;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;

/**
 * {@code kuzet keys rotate} and {@code kuzet keys status}: a new primary key for the vault, every sealed value
 * re-encrypted with it, the old keys removed.
 *
 * <p>Crash-safe order: (1) the new key is added to the keyset file as primary, the old keys kept, so every value
 * opens whatever happens next; (2) every declared {@link SealedColumn} and {@link SealedFiles} is re-encrypted,
 * value by value, each write on its own; (3) a final pass checks that no value is still sealed by an old key
 * (Tink names the key in each ciphertext's prefix) and re-encrypts any that a running server sealed meanwhile;
 * (4) only then are the old keys removed and the file rewritten. Stopped anywhere before (4), it can simply be run
 * again.
 *
 * <p>It reads and writes as the schema owner with full clearance, so that row-level security hides no value from
 * it: a value it could not see would be lost with the old key.
 */
@Service
public class KeyRotation {

    private static final int PAGE = 500;
    private static final int FINAL_PASSES = 3;

    private final Vault vault;
    private final DataSource owner;
    private final List<SealedColumn> columns;
    private final List<SealedFiles> files;

    KeyRotation(Vault vault, @FlywayDataSource DataSource owner, List<SealedColumn> columns, List<SealedFiles> files) {
        this.vault = vault;
        this.owner = owner;
        this.columns = columns;
        this.files = files;
    }

    /** What {@link #rotate} did: the new key, the keys removed and how many values it re-encrypted, by place. */
    public record Report(long primaryKeyId, List<Long> removedKeyIds, Map<String, Long> reencrypted) {
    }

    /** The keyset file, its keys, the primary one and since when it is primary (unknown if not recorded). */
    public record Status(String keysetPath, List<Long> keyIds, long primaryKeyId, Optional<OffsetDateTime> primarySince) {

        public Optional<Duration> primaryAge() {
            return primarySince.map(since -> Duration.between(since, OffsetDateTime.now()));
        }
    }

    public Status status() {
        try (Connection c = owner.getConnection()) {
            JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(c, true));
            long primary = vault.primaryKeyId();
            return new Status(vault.keysetPath().toString(), vault.keyIds(), primary, VaultCheck.primarySince(db, primary));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the key records: " + e.getMessage(), e);
        }
    }

    public synchronized Report rotate() {
        try (Connection c = owner.getConnection()) {
            JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(c, true));
            db.sql("select set_config('kuzet.clearance', 'confidential', false), set_config('kuzet.user_id', '', false)")
                    .query().singleRow();
            List<Long> oldKeys = vault.keyIds();
            long primary = addPrimaryKey();
            VaultCheck.recordKey(db, primary);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (SealedColumn column : columns) {
                counts.put(column.table() + "." + column.column(), reseal(db, column));
            }
            for (SealedFiles f : files) {
                counts.put(f.name(), f.resealAll());
            }
            long remaining = finalPasses(db, counts);
            if (remaining > 0) {
                throw new IllegalStateException(remaining + " value(s) are still sealed by an old key (is a server writing "
                        + "meanwhile?); the old keys are kept in " + vault.keysetPath() + ". Run the rotation again.");
            }
            removeKeysOtherThan(primary);
            return new Report(primary, oldKeys, counts);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot rotate the keys: " + e.getMessage(), e);
        }
    }

    private long addPrimaryKey() {
        try {
            KeysetHandle keyset = KeysetHandle.newBuilder(vault.keyset())
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId().makePrimary())
                    .build();
            vault.replace(keyset);
            return vault.primaryKeyId();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot add a key to the keyset", e);
        }
    }

    /** Re-encrypts the column's values that an old key sealed, a page of rows at a time; answers how many. */
    private long reseal(JdbcClient db, SealedColumn column) {
        record Value(long id, byte[] sealed) {
        }
        String select = "select " + column.idColumn() + ", " + column.column() + " from " + column.table() + " where "
                + column.column() + " is not null and " + column.idColumn() + " > ? and substring(" + column.column()
                + " from 1 for 5) <> ? order by " + column.idColumn()
                + " limit " + PAGE;
        // Only if nobody changed the value meanwhile: a newer value is sealed by the new key already.
        String update = "update " + column.table() + " set " + column.column() + " = ? where " + column.idColumn()
                + " = ? and " + column.column() + " = ?";
        long count = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<Value> page = db.sql(select).params(after, vault.primaryPrefix()).query((rs, n) -> new Value(rs.getLong(1), rs.getBytes(2))).list();
            for (Value v : page) {
                byte[] resealed = vault.reseal(v.sealed, column.context(v.id));
                if (resealed != null) {
                    count += db.sql(update).params(resealed, v.id, v.sealed).update();
                }
            }
            if (page.size() < PAGE) {
                return count;
            }
            after = page.getLast().id;
        }
    }

    /** Re-encrypts what was sealed by an old key meanwhile, until nothing is; answers how many values are left. */
    private long finalPasses(JdbcClient db, Map<String, Long> counts) {
        for (int pass = 0; pass < FINAL_PASSES; pass++) {
            long remaining = sealedByOtherKeys(db);
            if (remaining == 0) {
                return 0;
            }
            for (SealedColumn column : columns) {
                counts.merge(column.table() + "." + column.column(), reseal(db, column), Long::sum);
            }
            for (SealedFiles f : files) {
                counts.merge(f.name(), f.resealAll(), Long::sum);
            }
        }
        return sealedByOtherKeys(db);
    }

    /** Counted in the database from each ciphertext's prefix, which names the key that sealed it. */
    private long sealedByOtherKeys(JdbcClient db) {
        long count = 0;
        for (SealedColumn column : columns) {
            count += db.sql("select count(*) from " + column.table() + " where " + column.column() + " is not null and "
                    + "substring(" + column.column() + " from 1 for 5) <> ?").param(vault.primaryPrefix())
                    .query(Long.class).single();
        }
        for (SealedFiles f : files) {
            count += f.sealedByOtherKeys();
        }
        return count;
    }

    private void removeKeysOtherThan(long primary) {
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(vault.keyset());
            List<Integer> old = new ArrayList<>();
            for (int i = 0; i < builder.size(); i++) {
                if (!builder.getAt(i).isPrimary()) {
                    old.add(i);
                }
            }
            for (int i = old.size() - 1; i >= 0; i--) {
                builder.deleteAt(old.get(i));
            }
            vault.replace(builder.build());
            if (vault.primaryKeyId() != primary || vault.keyIds().size() != 1) {
                throw new IllegalStateException("the keyset " + vault.keysetPath() + " changed during the rotation");
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot remove the old keys from the keyset", e);
        }
    }
}
