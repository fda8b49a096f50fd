package org.kuzet.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The last entry of the audit trail: how far the record has gone. Every change appends an entry, so a record
 * whose head is later than another's has changes the other lacks; a backup keeps the head it saw, and a restore
 * compares it with the head of the record it would replace.
 *
 * @param position the entry's place in the chain, from 1
 * @param at       when it was appended
 * @param hash     its hash, which every later entry's chain depends on
 */
public record AuditHead(long position, Instant at, String hash) {

    /** The head that {@code connection} sees (it must see the whole trail: full clearance or the schema owner). */
    public static Optional<AuditHead> read(Connection connection) throws SQLException {
        try (var select = connection.prepareStatement(
                "select position, at, hash from audit_event order by position desc limit 1");
             var row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new AuditHead(row.getLong(1), row.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                    row.getString(3)));
        }
    }
}
