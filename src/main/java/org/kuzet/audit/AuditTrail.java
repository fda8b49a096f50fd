package org.kuzet.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kuzet.shared.Actor;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.FullClearance;
import org.kuzet.shared.PageOf;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The append-only, hash-chained audit trail. Every {@link AuditEvent} published in the application becomes an
 * entry, authored by the {@link Actor} acting when it was published.
 *
 * <p>An event published in a read-write transaction is appended in that transaction, just before it commits:
 * a change that rolls back leaves no entry, and the lock that serialises the chain is held only for the moment
 * of the commit (all the transaction's row locks are taken by then, so the chain cannot deadlock with them).
 * An event published in a read-only transaction (a read of a confidential record) is appended in a transaction of its
 * own when that transaction commits, and one published outside any transaction (a failed login) at once.
 *
 * <p>The lists of confidential records read ({@link AuditEvent#recordsRead}) that one transaction publishes are
 * merged into one entry per kind of record, listing every key once: a use case that shows persons from two queries
 * leaves one entry for the persons it showed, not one per query or per row.
 */
@Service
public class AuditTrail {

    /** The advisory lock that serialises appends: read the head, link, insert. */
    static final long CHAIN_LOCK = 0x4b757a6574415544L;

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    AuditTrail(JdbcClient db, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.db = db;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** An event that happened, waiting to be linked into the chain. */
    private record Pending(Instant at, Actor actor, AuditEvent event) {
    }

    @EventListener
    public void record(AuditEvent event) {
        Pending pending = new Pending(ChainLink.truncate(Instant.now()), Actor.current(), event);
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            queueOf().pending.add(pending);
        } else {
            ownTransaction.executeWithoutResult(status -> append(List.of(pending)));
        }
    }

    /** The events of the current transaction, appended before it commits. */
    private final class Queue implements TransactionSynchronization {
        final List<Pending> pending = new ArrayList<>();

        AuditTrail trail() {
            return AuditTrail.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            List<Pending> entries = merged(pending);
            pending.clear();
            if (readOnly) {
                // a read-only transaction cannot write: the entries go in a transaction of their own, before the
                // reader's ends, so that a read whose entry cannot be written fails
                ownTransaction.executeWithoutResult(status -> append(entries));
            } else {
                append(entries);
            }
        }
    }

    /** The events in order, the lists of records read merged into the first list of their kind. */
    private static List<Pending> merged(List<Pending> events) {
        List<Pending> merged = new ArrayList<>(events.size());
        Map<String, Integer> listOf = new HashMap<>();
        Map<Integer, LinkedHashSet<Object>> keysAt = new HashMap<>();
        for (Pending p : events) {
            AuditEvent e = p.event;
            boolean list = AuditEvent.RECORD_READ.equals(e.action()) && e.subjectKey() == null
                    && e.details().keySet().equals(Set.of("keys")) && e.details().get("keys") instanceof List<?>;
            if (!list) {
                merged.add(p);
                continue;
            }
            Integer at = listOf.get(e.subjectType());
            if (at == null) {
                at = merged.size();
                listOf.put(e.subjectType(), at);
                keysAt.put(at, new LinkedHashSet<>());
                merged.add(p);
            }
            keysAt.get(at).addAll((List<?>) e.details().get("keys"));
        }
        keysAt.forEach((at, keys) -> {
            Pending first = merged.get(at);
            merged.set(at, new Pending(first.at, first.actor, new AuditEvent(AuditEvent.RECORD_READ,
                    first.event.subjectType(), null, Map.of("keys", List.copyOf(keys)))));
        });
        return merged;
    }

    private Queue queueOf() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Queue q && q.trail() == this) {
                return q;
            }
        }
        Queue q = new Queue();
        TransactionSynchronizationManager.registerSynchronization(q);
        return q;
    }

    /** Links the entries to the head of the chain, in the current transaction. */
    private void append(List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        db.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
        // Only full clearance reads the trail, but every writer must link to its head.
        record Head(long position, String hash) {
        }
        Head head = FullClearance.read(db, () -> db.sql("select position, hash from audit_event order by position desc limit 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional())
                .orElse(new Head(0, ChainLink.GENESIS));
        long position = head.position;
        String previous = head.hash;
        // linked one after another here, inserted in one round trip (an import audits every record it writes)
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (Pending p : entries) {
            position++;
            AuditEvent e = p.event;
            JsonNode details = ChainLink.CANONICAL.valueToTree(e.details());
            String payload = ChainLink.payload(position, p.at, p.actor.userId(), p.actor.username(), p.actor.role(),
                    e.action(), e.subjectType(), e.subjectKey(), details);
            String hash = ChainLink.hash(previous, payload);
            rows.add(new Object[] {position, OffsetDateTime.ofInstant(p.at, java.time.ZoneOffset.UTC), p.actor.userId(),
                    p.actor.username(), p.actor.role(), e.action(), e.subjectType(), e.subjectKey(),
                    ChainLink.canonical(details), payload, previous, hash});
            previous = hash;
        }
        jdbc.batchUpdate("""
                insert into audit_event (position, at, actor_id, actor_name, actor_role, action, subject_type, subject_key,
                    details, payload, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""", rows);
    }

    /** A page of entries matching {@code query}, newest first. Needs full clearance (row-level security). */
    @Transactional(readOnly = true)
    public PageOf<AuditEntry> find(AuditQuery query, int page, int size) {
        StringBuilder where = new StringBuilder(" from audit_event where true");
        List<Object> params = new ArrayList<>();
        condition(where, params, " and at >= ?", query.from() == null ? null : OffsetDateTime.ofInstant(query.from(), java.time.ZoneOffset.UTC));
        condition(where, params, " and at < ?", query.to() == null ? null : OffsetDateTime.ofInstant(query.to(), java.time.ZoneOffset.UTC));
        condition(where, params, " and actor_name = ?", query.actor());
        condition(where, params, " and action = ?", query.action());
        condition(where, params, " and subject_type = ?", query.subjectType());
        condition(where, params, " and subject_key = ?", query.subject());
        long total = db.sql("select count(*)" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) page * size);
        List<AuditEntry> items = db.sql("select *" + where + " order by position desc limit ? offset ?")
                .params(paged).query(AuditTrail::entry).list();
        return new PageOf<>(items, total, page, size);
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, Object value) {
        if (value != null) {
            where.append(sql);
            params.add(value);
        }
    }

    /**
     * Walks the whole chain in order and checks every entry: positions follow each other from 1, each links to
     * the hash before it, its payload matches its columns and its hash is right. Stops at the first broken entry.
     */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        long expected = 1;
        String previous = ChainLink.GENESIS;
        while (true) {
            List<StoredEntry> batch = db.sql("select * from audit_event where position >= ? order by position limit 1000")
                    .param(expected).query(StoredEntry::of).list();
            if (batch.isEmpty()) {
                return AuditVerification.intact(expected - 1, previous);
            }
            for (StoredEntry e : batch) {
                Optional<String> problem = e.problem(expected, previous);
                if (problem.isPresent()) {
                    return AuditVerification.broken(expected - 1, e.entry.position(), problem.get());
                }
                previous = e.entry.hash();
                expected++;
            }
        }
    }

    static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getLong("position"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", Long.class), rs.getString("actor_name"), rs.getString("actor_role"),
                rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_key"),
                ChainLink.CANONICAL.readTree(rs.getString("details")), rs.getString("previous_hash"), rs.getString("hash"));
    }

    /** An entry as stored, with the payload its hash covers. */
    private record StoredEntry(AuditEntry entry, String payload) {

        static StoredEntry of(ResultSet rs, int n) throws SQLException {
            return new StoredEntry(AuditTrail.entry(rs, n), rs.getString("payload"));
        }

        /** What is wrong with this entry, if it should be the {@code position}th, after {@code previousHash}. */
        Optional<String> problem(long position, String previousHash) {
            AuditEntry e = entry;
            if (e.position() != position) {
                return Optional.of("expected entry " + position + " here, found entry " + e.position()
                        + " (entries are missing)");
            }
            if (!e.previousHash().equals(previousHash)) {
                return Optional.of("previous_hash does not match the hash of entry " + (position - 1)
                        + " (an entry was removed, reordered or rewritten)");
            }
            String recomputed = ChainLink.hash(previousHash, payload);
            if (!recomputed.equals(e.hash())) {
                return Optional.of("hash does not match the payload (the payload or the hash was changed)");
            }
            String fromColumns = ChainLink.payload(e.position(), e.at(), e.actorId(), e.actorName(), e.actorRole(),
                    e.action(), e.subjectType(), e.subjectKey(), e.details());
            JsonNode stored;
            try {
                stored = ChainLink.CANONICAL.readTree(payload);
            } catch (RuntimeException ex) {
                return Optional.of("payload is not JSON");
            }
            if (!stored.equals(ChainLink.CANONICAL.readTree(fromColumns))) {
                return Optional.of("columns do not match the payload: " + differing(stored, ChainLink.CANONICAL.readTree(fromColumns)));
            }
            return Optional.empty();
        }

        private static String differing(JsonNode payload, JsonNode columns) {
            List<String> names = new ArrayList<>();
            for (String name : payload.propertyNames()) {
                if (!payload.get(name).equals(columns.get(name))) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? "(structure)" : String.join(", ", names);
        }
    }
}
