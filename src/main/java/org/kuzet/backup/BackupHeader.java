package org.kuzet.backup;

import java.time.Instant;
import java.util.List;

/**
 * The first entry of a backup, {@code backup.json}: what it holds, read before anything else so that a restore knows
 * the schema to build and the rows to expect.
 *
 * @param format        always {@code kuzet-backup}
 * @param formatVersion the layout's version, 1
 * @param kuzetVersion  the version of Kuzet that wrote it
 * @param schemaVersion the last database migration applied (Flyway's version)
 * @param takenAt       the moment of the database snapshot
 * @param auditHead     the last audit entry in the snapshot (null for a record without one): how far the record went
 * @param copyFormat    how the tables are written: PostgreSQL COPY text format, UTF-8, DateStyle ISO, TimeZone UTC
 * @param tables        every table in an order that satisfies the foreign keys, with its columns and row count
 * @param evidenceFiles how many sealed evidence files follow the tables
 * @param keysetIncluded whether {@code secrets/keyset.json} is inside
 */
record BackupHeader(String format, int formatVersion, String kuzetVersion, String schemaVersion, Instant takenAt,
                    Head auditHead, String copyFormat, List<Table> tables, int evidenceFiles, boolean keysetIncluded) {

    static final String ENTRY = "backup.json";
    static final String FORMAT = "kuzet-backup";
    static final int FORMAT_VERSION = 1;
    static final String COPY_FORMAT = "PostgreSQL COPY text format, UTF-8, DateStyle ISO, TimeZone UTC";

    record Head(long position, Instant at, String hash) {
    }

    record Table(String name, String entry, List<String> columns, long rows) {
    }
}
