package org.kuzet.crypto;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 10.2: stores the vault's check value and the primary key in the tables V10 made, so that from now on
 * a start with another keyset is refused ({@link VaultCheck}).
 */
@Component
class SealVaultCheck implements JavaMigration {

    private final Vault vault;

    SealVaultCheck(Vault vault) {
        this.vault = vault;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10.2");
    }

    @Override
    public String getDescription() {
        return "seal vault check";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        VaultCheck.write(db, vault.seal(VaultCheck.VALUE, VaultCheck.COLUMN.context(VaultCheck.ID)));
        VaultCheck.recordKey(db, vault.primaryKeyId());
    }
}
