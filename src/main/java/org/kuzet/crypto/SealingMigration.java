package org.kuzet.crypto;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration that needs the {@link Vault}, which only the application holds: a Spring bean that Spring
 * Boot hands to Flyway, run in the migration's transaction. Subclasses give their version and write
 * {@code migrate}.
 */
public abstract class SealingMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected SealingMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** No checksum: the code may be tidied later without Flyway calling the applied migration changed. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
