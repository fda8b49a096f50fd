package org.kuzet.person;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.kuzet.crypto.SealingMigration;
import org.kuzet.crypto.Vault;
import org.springframework.stereotype.Component;

/**
 * Migration 10.1: seals the contacts, address, date of birth and consent notes that earlier versions kept in
 * plain text on {@code person} into {@code person_private}, then drops the plain columns, in one transaction.
 * A Java migration because only the application holds the key (Spring Boot hands {@link JavaMigration} beans
 * to Flyway).
 */
@Component
class SealPersonFields extends SealingMigration {

    private final Vault vault;

    SealPersonFields(Vault vault) {
        super("10.1", "seal person fields");
        this.vault = vault;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            // When the schema owner is the application role, the forced row-level security applies to it too.
            s.execute("select set_config('kuzet.clearance', 'confidential', true)");
        }
        try (PreparedStatement read = c.prepareStatement("""
                select id, contacts, address, date_of_birth::text, consent_notes from person
                where contacts is not null or address is not null or date_of_birth is not null or consent_notes is not null""");
             PreparedStatement write = c.prepareStatement("""
                insert into person_private (person_id, contacts, address, date_of_birth, consent_notes) values (?, ?, ?, ?, ?)""");
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                write.setLong(1, id);
                for (int i = 0; i < Persons.PRIVATE_COLUMNS.size(); i++) {
                    write.setBytes(i + 2, vault.sealText(rows.getString(i + 2), Persons.PRIVATE_COLUMNS.get(i).context(id)));
                }
                write.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("alter table person drop column contacts, drop column address, drop column date_of_birth, "
                    + "drop column consent_notes");
        }
    }
}
