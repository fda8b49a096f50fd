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

    /**
     * Whether a stored pair rests on a record both are linked to that the reader does not see (its {@code shared},
     * table:key). Only those pairs may score otherwise for this reader; a pair whose shared records the reader all
     * sees scores as stored, with full clearance. (Pairs with shared records are found by the index
     * identity_pair_resting_on_shared: "cardinality(p.shared) > 0".)
     */
    private static final String SHARED_UNSEEN = """
            exists (select 1 from unnest(p.shared) s (ref) where not case split_part(s.ref, ':', 1)
                when 'incident' then exists (select 1 from incident r
                                             where r.key = substr(s.ref, strpos(s.ref, ':') + 1) and r.deleted_at is null)
                when 'legal_case' then exists (select 1 from legal_case r
                                               where r.key = substr(s.ref, strpos(s.ref, ':') + 1) and r.deleted_at is null)
                when 'organization' then exists (select 1 from organization r
                                                 where r.key = substr(s.ref, strpos(s.ref, ':') + 1) and r.deleted_at is null)
                else false end)""";

    /** Best first; among pairs of one score, the older records' first (as the queue's index reads them). */
    private static final Comparator<DuplicatePair> ORDER = Comparator.comparingDouble(DuplicatePair::score).reversed()
            .thenComparingLong(p -> p.first().id()).thenComparingLong(p -> p.second().id());

    private final JdbcClient db;
    private final FactsReader facts;
    private final DuplicatePairs pairs;
    private final Settings settings;
    private final ApplicationEventPublisher events;

    Duplicates(JdbcClient db, FactsReader facts, DuplicatePairs pairs, Settings settings, ApplicationEventPublisher events) {
        this.db = db;
        this.facts = facts;
        this.pairs = pairs;
        this.settings = settings;
        this.events = events;
    }

    public double threshold() {
        return settings.duplicateThreshold();
    }

    /**
     * The pairs at or above the threshold, best first, a page at a time: the stored pairs ({@link DuplicatePairs})
     * from the threshold up that the reader sees both records of. A pair resting on a record both are linked to that
     * the reader does not see is scored again under the reader's clearance (it may fall below the threshold); any
     * other scores the same for every reader. The page's pairs are scored again to give their reasons.
     */
    @Transactional
    public PageOf<DuplicatePair> queue(Subject subject, int page, int size) {
        pairs.catchUp();
        double threshold = threshold();
        // Who sees both records of a pair is the table's policy; a deleted record keeps no pairs (DuplicatePairs).
        String proposed = """
                from identity_pair p
                where p.subject_type = :type and p.score >= :threshold
                  and not exists (select 1 from identity_distinct d where d.subject_type = p.subject_type
                                  and d.first_id = p.first_id and d.second_id = p.second_id)""";
        // the few pairs resting on a record this reader may not see, scored again and kept if still proposed
        List<DuplicatePair> rescored = scored(subject, db.sql("select p.first_id, p.second_id " + proposed
                        + " and cardinality(p.shared) > 0 and " + SHARED_UNSEEN)
                .param("type", subject.table).param("threshold", threshold)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list());
        long settled = db.sql(PageOf.boundedCount(" " + proposed + " and not " + SHARED_UNSEEN))
                .param("type", subject.table).param("threshold", threshold).query(Long.class).single();
        int from = page * size;
        // the settled pairs that can be on this page, in the queue's order (read from its index), merged with the
        // rescored ones
        record Ranked(double score, long first, long second) {
        }
        List<Ranked> ranked = new ArrayList<>(db.sql("select p.score, p.first_id, p.second_id " + proposed
                        + " and not " + SHARED_UNSEEN + " order by p.score desc, p.first_id, p.second_id limit :upTo")
                .param("type", subject.table).param("threshold", threshold).param("upTo", from + size)
                .query((rs, n) -> new Ranked(rs.getDouble(1), rs.getLong(2), rs.getLong(3)))
                .list());
        rescored.forEach(p -> ranked.add(new Ranked(p.score(), p.first().id(), p.second().id())));
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparingLong(Ranked::first)
                .thenComparingLong(Ranked::second));
        List<long[]> window = ranked.subList(Math.min(ranked.size(), from), Math.min(ranked.size(), from + size)).stream()
                .map(r -> new long[] {r.first(), r.second()}).toList();
        List<DuplicatePair> shown = scored(subject, window, 0);
        audit(subject, shown);
        return PageOf.counted(shown, settled + rescored.size(), page, size);
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

    /** The possible duplicates of one live record, best first: its stored pairs, scored again for this reader. */
    @Transactional
    public List<DuplicatePair> of(Subject subject, long id) {
        List<DuplicatePair> pairs = ofIds(subject, List.of(id));
        audit(subject, pairs);
        return pairs;
    }

    /**
     * The possible duplicates of the live records with these keys (records just imported), each pair once, best
     * first; keys of no visible live record are passed over.
     */
    @Transactional
    public List<DuplicatePair> ofKeys(Subject subject, java.util.Collection<String> keys) {
        List<Long> ids = db.sql("select id from %s where key = any (:keys) and deleted_at is null".formatted(subject.table))
                .param("keys", keys.toArray(String[]::new)).query(Long.class).list();
        List<DuplicatePair> pairs = ofIds(subject, ids);
        audit(subject, pairs);
        return pairs;
    }

    /**
     * The stored pairs of these records from the threshold up, scored again under the reader's clearance (who sees
     * both records is the pairs' policy, as for the queue).
     */
    private List<DuplicatePair> ofIds(Subject subject, List<Long> ids) {
        pairs.catchUp();
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] all = ids.toArray(Long[]::new);
        List<long[]> candidates = db.sql("""
                        select p.first_id, p.second_id from identity_pair p
                        where p.subject_type = :type and (p.first_id = any (:ids) or p.second_id = any (:ids))
                          and p.score >= :threshold
                          and not exists (select 1 from identity_distinct d where d.subject_type = p.subject_type
                                          and d.first_id = p.first_id and d.second_id = p.second_id)""")
                .param("type", subject.table).param("ids", all).param("threshold", threshold())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        return scored(subject, candidates);
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
        facts.readNamed(subject, ids).values().forEach(f -> {
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

    /** These pairs scored under the reader's clearance, those at or above the threshold, best first. */
    private List<DuplicatePair> scored(Subject subject, List<long[]> candidates) {
        return scored(subject, candidates, threshold());
    }

    private List<DuplicatePair> scored(Subject subject, List<long[]> candidates, double threshold) {
        Set<Long> ids = new HashSet<>();
        candidates.forEach(c -> {
            ids.add(c[0]);
            ids.add(c[1]);
        });
        Map<Long, Facts> known = facts.read(subject, ids);
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
        pairs.sort(ORDER);
        return pairs;
    }
}
