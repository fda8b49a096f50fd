package org.kuzet.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The records a list, a page or an export shows by key — a picker's choices, the records behind a number of the
 * statistics, the political prisoners and their cases — audited as the record pages audit theirs: one
 * {@link AuditEvent#recordsRead} per kind of record, naming the confidential ones among those shown (the others
 * leave no entry). For the readers that have the keys but not the records' confidentiality at hand; a reader that
 * has it publishes {@link AuditEvent#recordsRead} itself.
 *
 * <p>The audit trail merges the lists of one kind published in one transaction into one entry, so a use case may
 * audit its parts as it reads them.
 */
public final class ConfidentialReads {

    private static final int BATCH = 1000;

    private final Map<String, Set<String>> shown = new LinkedHashMap<>();

    /** Notes records of {@code table} shown to the reader; null keys are ignored. */
    public ConfidentialReads shown(String table, Collection<String> keys) {
        if (RecordKind.ofTable(table).isEmpty()) {
            throw new IllegalArgumentException("no records in '" + table + "'");
        }
        Set<String> set = shown.computeIfAbsent(table, t -> new LinkedHashSet<>());
        keys.stream().filter(Objects::nonNull).forEach(set::add);
        return this;
    }

    /** Notes one record of {@code table} shown to the reader; a null key is ignored. */
    public ConfidentialReads shown(String table, String key) {
        return shown(table, key == null ? List.of() : List.of(key));
    }

    /**
     * Publishes one {@code record_read} per kind naming the confidential records among those noted, in key order;
     * nothing for a kind without any. Reads under the reader's clearance: a record the reader could not see was not
     * shown to them.
     */
    public void audit(JdbcClient db, ApplicationEventPublisher events) {
        shown.forEach((table, keys) -> {
            List<String> all = List.copyOf(keys);
            List<String> confidential = new ArrayList<>();
            for (int from = 0; from < all.size(); from += BATCH) {
                confidential.addAll(db.sql("select key from " + table + " where key in (:keys) and confidentiality = :level")
                        .param("keys", all.subList(from, Math.min(all.size(), from + BATCH)))
                        .param("level", Confidentiality.CONFIDENTIAL)
                        .query(String.class).list());
            }
            if (!confidential.isEmpty()) {
                confidential.sort(null);
                events.publishEvent(AuditEvent.recordsRead(table, confidential));
            }
        });
    }

    /**
     * For a reader that has the records themselves: publishes one {@code record_read} naming the confidential ones
     * among {@code docs}, in key order; nothing when there are none.
     */
    public static void auditDocuments(String table, Collection<? extends RecordDocument<?>> docs,
                                      ApplicationEventPublisher events) {
        List<String> confidential = docs.stream().filter(d -> Confidentiality.CONFIDENTIAL.equals(d.confidentiality()))
                .map(RecordDocument::key).sorted().toList();
        if (!confidential.isEmpty()) {
            events.publishEvent(AuditEvent.recordsRead(table, confidential));
        }
    }
}
