package org.kuzet.audit;

/**
 * What {@code kuzet audit verify} found: how many entries form an intact chain from the start, and either the
 * head hash or the first broken entry and what is wrong with it.
 */
public record AuditVerification(long intactEntries, String headHash, Long brokenPosition, String problem) {

    static AuditVerification intact(long entries, String headHash) {
        return new AuditVerification(entries, headHash, null, null);
    }

    static AuditVerification broken(long intactEntries, long position, String problem) {
        return new AuditVerification(intactEntries, null, position, problem);
    }

    public boolean isIntact() {
        return brokenPosition == null;
    }
}
