package org.kuzet.backup;

import java.util.List;

/**
 * The last entry of a backup, {@code manifest.json}: the size and SHA-256 of every entry before it, and the
 * sequences (identity columns and the record-key counters) as they stood after the tables were read.
 */
record BackupManifest(List<EncryptedArchive.Entry> entries, List<Sequence> sequences) {

    static final String ENTRY = "manifest.json";

    /** A sequence's state: {@code setval(name, lastValue, called)} puts it back. */
    record Sequence(String name, long lastValue, boolean called) {
    }
}
