package org.kuzet.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.security.Settings;
import org.kuzet.shared.Actor;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.ConfidentialReads;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.PageOf;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RecordRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible duplicates among persons and organisations: the review queue, the candidates for one record or for a
 * name about to be entered, and the "not the same" decisions.
 *
 * <p>Candidates come from the blocking keys ({@link NameIndex}); each candidate pair is scored
 * ({@link DuplicateScoring}) and proposed from the threshold of the setting {@code duplicate-threshold}. Everything
 * runs under the reader's clearance: a pair appears only when the reader may see both records, and its reasons
 * only count what the reader may see. Pairs decided "not the same" are never proposed again, whatever is edited
 * later (the decision is kept by record id).
 */
@Service
public class Duplicates {

    /** Keys shared by more records than this are too common to say anything (and would make blocks quadratic). */
    static final int LARGEST_BLOCK = 500;

    private final JdbcClient db;
    private final FactsReader facts;
    private final Settings settings;
    private final ApplicationEventPublisher events;

    Duplicates(JdbcClient db, FactsReader facts, Settings settings, ApplicationEventPublisher events) {
        this.db = db;
        this.facts = facts;
        this.settings = settings;
        this.events = events;
    }

    public double threshold() {
        return settings.duplicateThreshold();
    }

    /** The pairs at or above the threshold, best first, a page at a time. */
    @Transactional
    public PageOf<DuplicatePair> queue(Subject subject, int page, int size) {
        List<long[]> candidates = db.sql("""
                        with small as (select key from identity_key where subject_type = :type
                                       group by key having count(*) between 2 and :largest)
                        select distinct a.subject_id, b.subject_id
                        from identity_key a join identity_key b
                          on b.subject_type = a.subject_type and b.key = a.key and a.subject_id < b.subject_id
                        join %1$s r on r.id = a.subject_id and r.deleted_at is null
                        join %1$s s on s.id = b.subject_id and s.deleted_at is null
                        where a.subject_type = :type and a.key in (select key from small)
                          and not exists (select 1 from identity_distinct d where d.subject_type = :type
                                          and d.first_id = a.subject_id and d.second_id = b.subject_id)"""
                        .formatted(subject.table))
                .param("type", subject.table).param("largest", LARGEST_BLOCK)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        List<DuplicatePair> pairs = scored(subject, candidates);
        int from = Math.min(pairs.size(), page * size);
        List<DuplicatePair> shown = pairs.subList(from, Math.min(pairs.size(), from + size));
        audit(subject, shown);
        return new PageOf<>(shown, pairs.size(), page, size);
    }

    /** The confidential records a list of pairs shows, audited as read (one entry for the lot). */
    private void audit(Subject subject, List<DuplicatePair> pairs) {
        new ConfidentialReads().shown(subject.table, pairs.stream()
                .flatMap(p -> java.util.stream.Stream.of(p.first().key(), p.second().key())).toList()).audit(db, events);
    }

    /** The possible duplicates of the live record named by its key or id, best first. */
    @Transactional
    public List<DuplicatePair> of(Subject subject, String reference) {
        long id = RecordRows.idOf(db, subject.table, reference)
                .orElseThrow(() -> new RecordNotFoundException(subject.table, reference));
        return of(subject, id);
    }

    /** The possible duplicates of one live record, best first. */
    @Transactional
    public List<DuplicatePair> of(Subject subject, long id) {
        List<long[]> candidates = db.sql("""
                        select distinct least(:id, k.subject_id), greatest(:id, k.subject_id) from identity_key k
                        join %1$s r on r.id = k.subject_id and r.deleted_at is null
                        where k.subject_type = :type and k.subject_id <> :id
                          and k.key in (select key from identity_key where subject_type = :type and subject_id = :id)
                          and not exists (select 1 from identity_distinct d where d.subject_type = :type
                                          and d.first_id = least(:id, k.subject_id) and d.second_id = greatest(:id, k.subject_id))"""
                        .formatted(subject.table))
                .param("type", subject.table).param("id", id)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        List<DuplicatePair> pairs = scored(subject, candidates);
        audit(subject, pairs);
        return pairs;
    }

    /**
     * The possible duplicates of the live records with these keys (records just imported), each pair once, best
     * first; keys of no visible live record are passed over.
     */
    @Transactional
    public List<DuplicatePair> ofKeys(Subject subject, java.util.Collection<String> keys) {
        Map<String, DuplicatePair> pairs = new LinkedHashMap<>();
        for (String key : keys) {
            RecordRows.idOf(db, subject.table, key).ifPresent(id -> of(subject, id)
                    .forEach(p -> pairs.putIfAbsent(p.first().key() + "~" + p.second().key(), p)));
        }
        return pairs.values().stream().sorted(Comparator.comparingDouble(DuplicatePair::score).reversed()
                .thenComparing(p -> p.first().key()).thenComparing(p -> p.second().key())).toList();
    }

    /**
     * The live records whose names are likely the same as {@code name} (before anything is saved: the entry
     * form's warning), best first, on names alone.
     */
    @Transactional
    public List<DuplicatePair.Party> similarTo(Subject subject, String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Set<String> keys = NameIndex.keys(subject, List.of(name));
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Long> ids = db.sql("""
                        select distinct k.subject_id from identity_key k join %s r on r.id = k.subject_id and r.deleted_at is null
                        where k.subject_type = :type and k.key in (:keys) limit 200""".formatted(subject.table))
                .param("type", subject.table).param("keys", List.copyOf(keys)).query(Long.class).list();
        double threshold = threshold();
        record Match(Facts facts, double score) {
        }
        List<Match> matches = new ArrayList<>();
        facts.read(subject, ids).values().forEach(f -> {
            double score = NameMatch.best(List.of(name), f.allNames(), subject == Subject.ORGANIZATION).score();
            if (score >= threshold) {
                matches.add(new Match(f, score));
            }
        });
        List<DuplicatePair.Party> similar = matches.stream().sorted(Comparator.comparingDouble(Match::score).reversed()
                        .thenComparing(m -> m.facts().key()))
                .map(m -> DuplicatePair.Party.of(m.facts())).toList();
        new ConfidentialReads().shown(subject.table, similar.stream().map(DuplicatePair.Party::key).toList())
                .audit(db, events);
        return similar;
    }

    /** Remembers that two records are not the same: the pair is never proposed again. */
    @Transactional
    public void distinct(Subject subject, String reference, String other) {
        if (other == null || other.isBlank()) {
            throw InvalidInputException.of("$.other", "is required: the key of the " + subject.table + " that is not the same");
        }
        long id = RecordRows.idOf(db, subject.table, reference)
                .orElseThrow(() -> new RecordNotFoundException(subject.table, reference));
        long otherId = RecordRows.idOf(db, subject.table, other)
                .orElseThrow(() -> InvalidInputException.of("$.other", "no " + subject.table + " '" + other + "'"));
        if (id == otherId) {
            throw InvalidInputException.of("$.other", "is the same record");
        }
        db.sql("""
                        insert into identity_distinct (subject_type, first_id, second_id, decided_by) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(subject.table, Math.min(id, otherId), Math.max(id, otherId), Actor.current().userId()).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("other", RecordRows.keyOf(db, subject.table, otherId).orElseThrow());
        events.publishEvent(new AuditEvent("duplicate_dismissed", subject.table,
                RecordRows.keyOf(db, subject.table, id).orElseThrow(), details));
    }

    private List<DuplicatePair> scored(Subject subject, List<long[]> candidates) {
        Set<Long> ids = new HashSet<>();
        candidates.forEach(c -> {
            ids.add(c[0]);
            ids.add(c[1]);
        });
        Map<Long, Facts> known = facts.read(subject, ids);
        double threshold = threshold();
        List<DuplicatePair> pairs = new ArrayList<>();
        for (long[] c : candidates) {
            Facts a = known.get(c[0]);
            Facts b = known.get(c[1]);
            if (a == null || b == null) {
                continue;
            }
            DuplicateScoring.Scored s = DuplicateScoring.score(subject, a, b);
            if (s.score() >= threshold) {
                pairs.add(new DuplicatePair(subject.table, DuplicatePair.Party.of(a), DuplicatePair.Party.of(b), s.score(),
                        s.reasons()));
            }
        }
        pairs.sort(Comparator.comparingDouble(DuplicatePair::score).reversed()
                .thenComparing(p -> p.first().key()).thenComparing(p -> p.second().key()));
        return pairs;
    }
}
