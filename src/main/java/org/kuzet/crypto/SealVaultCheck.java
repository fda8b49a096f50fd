package org.kuzet.crypto;

import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 10.2: stores the vault's check value and the primary key in the tables V10 made, so that from now on
 * a start with another keyset is refused ({@link VaultCheck}).
 */
@Component
class SealVaultCheck extends SealingMigration {

    private final Vault vault;

    SealVaultCheck(Vault vault) {
        super("10.2", "seal vault check");
        this.vault = vault;
    }

    @Override
    public void migrate(Context context) {
        JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        VaultCheck.write(db, vault.seal(VaultCheck.VALUE, VaultCheck.COLUMN.context(VaultCheck.ID)));
        VaultCheck.recordKey(db, vault.primaryKeyId());
    }
}
