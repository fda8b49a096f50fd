package org.kuzet.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kuzet.security.Settings;
import org.kuzet.shared.FullClearance;
import org.kuzet.shared.RecordsChanged;
import org.kuzet.shared.TransactionScoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The scored candidate pairs of persons and of organisations ({@code identity_pair}), kept current in the writing
 * transaction so that the duplicate queue reads them instead of comparing every candidate pair on each request.
 *
 * <p>A pair is two live records that share a blocking key ({@link NameIndex}) of a block of at most
 * {@link Duplicates#LARGEST_BLOCK} records, kept when its score with full clearance reaches the lowest threshold an
 * administrator may set. A record written (its names, birth year, roles, memberships…) has all its pairs scored
 * again; a record that links persons (an incident's victims, a case's parties, an organisation's members) has the
 * pairs scored again whose score rests on it or could now: those sharing it before, and those of the persons it
 * links now. The score with full clearance is an upper bound of every reader's score ({@link Duplicates} scores
 * the pairs resting on shared records again under the reader's clearance). This bookkeeping reads with full
 * clearance and never shows what it reads: only ids, scores and the keys of shared records are written.
 */
@Component
class DuplicatePairs {

    private static final int BATCH = 1000;
    private static final int REMEMBERED_COMPARISONS = 200_000;

    /** The records that link persons, and how to find the persons each links now (:ids are the linking records). */
    private static final Map<String, String> LINKED_PERSONS = Map.of(
            "incident", "select incident_id, person_id from incident_victim where incident_id = any (:ids)",
            "legal_case", """
                    select case_id, person_id from case_party where case_id = any (:ids) and person_id is not null
                    union select case_id, defendant_id from charge where case_id = any (:ids) and defendant_id is not null
                    union select case_id, person_id from case_stage where case_id = any (:ids) and person_id is not null""",
            "organization", "select organization_id, person_id from membership where organization_id = any (:ids)");

    /**
     * The one candidate rule: two records are compared when they share a key whose block (the records holding it)
     * has at most {@link Duplicates#LARGEST_BLOCK} records. %s is the key's column; :type and :largest are parameters.
     */
    private static final String SMALL_BLOCK = """
            (select count(*) from (select 1 from identity_key c where c.subject_type = :type and c.key = %s
                                   limit :largest + 1) c) <= :largest""";

    private final JdbcClient db;
    private final FactsReader facts;

    DuplicatePairs(JdbcClient db, FactsReader facts) {
        this.db = db;
        this.facts = facts;
    }

    /**
     * After the written records' keys are current: their pairs, and the pairs of persons they link, are scored
     * again before the transaction commits (or before a duplicate query in it: {@link #catchUp}), once for all the
     * writes of the transaction, so that a bundle file of 5,000 records reads each record's facts once, not once
     * per run of writes.
     */
    void recordsChanged(RecordsChanged written) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            Written now = new Written();
            now.add(written);
            score(now);
            return;
        }
        Written pending = TransactionScoped.get(this, () -> {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    catchUp();
                }
            });
            return new Written();
        });
        pending.add(written);
    }

    /** Scores the pairs of what this transaction wrote so far, if not yet: before a duplicate query reads them. */
    void catchUp() {
        Written pending = TransactionScoped.bound(this);
        if (pending != null && !pending.isEmpty()) {
            score(pending.drain());
        }
    }

    /**
     * Waits until no other transaction scores pairs, and keeps the others waiting until this one ends: one writer
     * scores at a time, so each sees the keys and links the others committed (and none deadlocks on the same pairs).
     */
    void scoreAlone() {
        db.sql("select 1 from pg_advisory_xact_lock(hashtext('kuzet.identity_pair'))").query(Integer.class).single();
    }

    private void score(Written written) {
        FullClearance.read(db, () -> {
            scoreAlone();
            written.records.forEach((subject, ids) -> refresh(subject, List.copyOf(ids)));
            written.linking.forEach((table, all) -> {
                List<Long> ids = List.copyOf(all);
                Set<Long> existed = written.existed.getOrDefault(table, Set.of());
                for (int from = 0; from < ids.size(); from += BATCH) {
                    List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                    linksChanged(table, LINKED_PERSONS.get(table), batch, batch.stream().filter(existed::contains).toList());
                }
            });
            return null;
        });
    }

    /** The records written and not yet scored: persons and organisations, and the records that link persons. */
    private static final class Written {

        final Map<Subject, Set<Long>> records = new java.util.EnumMap<>(Subject.class);
        final Map<String, Set<Long>> linking = new java.util.TreeMap<>();
        /**
         * The linking records among them that existed before this transaction wrote them. Only these can be among
         * the records a pair's score rests on: a key is never given again, not even a deleted record's (V25).
         */
        final Map<String, Set<Long>> existed = new java.util.HashMap<>();

        void add(RecordsChanged written) {
            for (Subject subject : Subject.values()) {
                List<Long> ids = written.idsOf(subject.table);
                if (!ids.isEmpty()) {
                    records.computeIfAbsent(subject, s -> new LinkedHashSet<>()).addAll(ids);
                }
            }
            for (String table : LINKED_PERSONS.keySet()) {
                List<Long> ids = written.idsOf(table);
                if (!ids.isEmpty()) {
                    linking.computeIfAbsent(table, t -> new LinkedHashSet<>()).addAll(ids);
                }
            }
            written.changes().stream().filter(c -> LINKED_PERSONS.containsKey(c.subjectType()) && !created(c))
                    .forEach(c -> existed.computeIfAbsent(c.subjectType(), t -> new HashSet<>()).add(c.subjectId()));
        }

        /** Whether the change made the record (its key new): not an update, deletion, revert or overwrite. */
        private static boolean created(RecordsChanged.Change change) {
            return change.action().equals(RecordsChanged.CREATED)
                    || change.action().equals(RecordsChanged.IMPORTED) && change.before() == null;
        }

        boolean isEmpty() {
            return records.isEmpty() && linking.isEmpty();
        }

        Written drain() {
            Written drained = new Written();
            drained.records.putAll(records);
            drained.linking.putAll(linking);
            drained.existed.putAll(existed);
            records.clear();
            linking.clear();
            existed.clear();
            return drained;
        }
    }

    /**
     * Scores every pair of these records again (a deleted record keeps none); with full clearance. Their pairs are
     * forgotten first, then scored batch by batch, each pair once: a pair of two of these records is scored with the
     * batch of the first of them, not again with the other's.
     */
    void refresh(Subject subject, List<Long> ids) {
        List<Long[]> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + BATCH)).toArray(Long[]::new));
        }
        for (Long[] batch : batches) {
            db.sql("delete from identity_pair where subject_type = :type and (first_id = any (:ids) or second_id = any (:ids))")
                    .param("type", subject.table).param("ids", batch).update();
        }
        Run run = new Run(subject);
        Set<Long> scoredAlready = new HashSet<>();
        for (Long[] batch : batches) {
            // The batch's keys whose blocks are small enough to compare (each block counted at most up to the limit),
            // then the records in those blocks. Two statements, so that neither is planned from estimates of the other;
            // the second looks each of the first's (record, key) pairs up in the key index. Asked as "key = any (…) and
            // record = any (…)", a generic plan PostgreSQL kept checked every holder of each key against the batch's
            // 500 ids one by one: 0.7 to 1.2 s a batch at 100k, against 0.25 to 0.35 s. Deleted records have no facts
            // and so no pairs (FactsReader). Namesakes share most of their keys: each pair is sent once, not per key.
            List<Long> keyOwners = new ArrayList<>();
            List<String> smallKeys = new ArrayList<>();
            db.sql("""
                            select m.subject_id, m.key from identity_key m
                            where m.subject_type = :type and m.subject_id = any (:ids) and %s"""
                            .formatted(SMALL_BLOCK.formatted("m.key")))
                    .param("type", subject.table).param("ids", batch).param("largest", Duplicates.LARGEST_BLOCK)
                    .query(rs -> {
                        keyOwners.add(rs.getLong(1));
                        smallKeys.add(rs.getString(2));
                    });
            Set<Long> inBatch = Set.of(batch);
            List<long[]> candidates = new ArrayList<>();
            db.sql("""
                            select distinct m.id, o.subject_id
                            from unnest(cast(:owners as bigint[]), cast(:keys as text[])) as m(id, key)
                            join identity_key o on o.subject_type = :type and o.key = m.key and o.subject_id <> m.id""")
                    .param("type", subject.table).param("owners", keyOwners.toArray(Long[]::new))
                    .param("keys", smallKeys.toArray(String[]::new))
                    .query(rs -> {
                        long one = rs.getLong(1);
                        long other = rs.getLong(2);
                        // a pair within the batch comes both ways: taken once, from its lower id
                        if (!scoredAlready.contains(other) && (one < other || !inBatch.contains(other))) {
                            candidates.add(new long[] {Math.min(one, other), Math.max(one, other)});
                        }
                    });
            run.store(candidates);
            scoredAlready.addAll(inBatch);
        }
    }

    /**
     * The pairs of persons whose score may have changed with the links of these records: those sharing one of them
     * until now ({@code existed}: a record created now was shared by no pair), and the candidate pairs among the
     * persons each links now. The keys of small blocks are found once for all the persons linked, not once per pair.
     */
    private void linksChanged(String table, String linked, List<Long> ids, List<Long> existed) {
        Long[] batch = ids.toArray(Long[]::new);
        List<String> keys = existed.isEmpty() ? List.of()
                : db.sql("select :table || ':' || key from " + table + " where id = any (:ids)")
                        .param("table", table).param("ids", existed.toArray(Long[]::new)).query(String.class).list();
        List<long[]> pairs = db.sql("""
                        -- Only index lookups, whatever the statistics say: an import runs this on tables that grew since
                        -- they were last analysed, where a list of the linked persons' small-block keys, estimated at a
                        -- few rows, was scanned once for every key of every pair (0.5 to 0.9 s a batch at 10k). A key's
                        -- block is counted only when the two persons share it, which is rare.
                        with linked as (%s),
                        together as (select distinct x.person_id as first_id, y.person_id as second_id
                                     from linked x join linked y on y.record_id = x.record_id and x.person_id < y.person_id)
                        select t.first_id, t.second_id from together t
                        where exists (select 1 from identity_key a join identity_key b
                                      on b.subject_type = a.subject_type and b.key = a.key and b.subject_id = t.second_id
                                      where a.subject_type = :type and a.subject_id = t.first_id
                                      and %s)
                        union
                        select first_id, second_id from identity_pair where subject_type = 'person' and shared && cast(:keys as text[])"""
                        .formatted(asLinked(linked), SMALL_BLOCK.formatted("a.key")))
                .param("ids", batch).param("keys", keys.toArray(String[]::new)).param("type", Subject.PERSON.table)
                .param("largest", Duplicates.LARGEST_BLOCK)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (!pairs.isEmpty()) {
            Long[] firsts = pairs.stream().map(p -> p[0]).toArray(Long[]::new);
            Long[] seconds = pairs.stream().map(p -> p[1]).toArray(Long[]::new);
            db.sql("""
                            delete from identity_pair p using unnest(:firsts, :seconds) as x(first_id, second_id)
                            where p.subject_type = 'person' and p.first_id = x.first_id and p.second_id = x.second_id""")
                    .param("firsts", firsts).param("seconds", seconds).update();
            new Run(Subject.PERSON).store(pairs);
        }
    }

    /** Names a linking query's two columns (record_id, person_id), whatever the linking record is. */
    private static String asLinked(String linked) {
        return "select record_id, person_id from (" + linked + ") as l (record_id, person_id)";
    }

    /**
     * One run of scoring pairs with full clearance: each record's facts are read once and each pair of name lists
     * compared once (names repeat: namesakes, one family's spellings), however many batches the run takes.
     */
    private final class Run {

        private final Subject subject;
        private final Map<Long, Facts> known = new HashMap<>();
        // Each distinct list of names once, by number: namesakes and one family's spellings share one, and a pair of
        // numbers is a cheap key where a pair of lists of names had to be hashed and compared for every candidate.
        private final Map<List<String>, Integer> nameLists = new HashMap<>();
        private final List<List<String>> listed = new ArrayList<>();
        private final Map<Long, Integer> namesOf = new HashMap<>();
        // written by the threads that score pairs at once (store): the best match of two lists, by their numbers
        private final Map<Long, NameMatch> names = new ConcurrentHashMap<>();
        private final Map<List<String>, NameMatch> compared = new ConcurrentHashMap<>();

        Run(Subject subject) {
            this.subject = subject;
        }

        /** Scores these candidate pairs (first id below second) and keeps those that may be proposed. */
        void store(List<long[]> candidates) {
            if (candidates.isEmpty()) {
                return;
            }
            Set<Long> unknown = new HashSet<>();
            candidates.forEach(c -> {
                if (!known.containsKey(c[0])) {
                    unknown.add(c[0]);
                }
                if (!known.containsKey(c[1])) {
                    unknown.add(c[1]);
                }
            });
            facts.read(subject, unknown).forEach((id, read) -> {
                known.put(id, read);
                namesOf.put(id, nameLists.computeIfAbsent(read.allNames(), list -> {
                    listed.add(list);
                    return listed.size() - 1;
                }));
            });
            if (compared.size() > REMEMBERED_COMPARISONS) {
                compared.clear(); // bounded: a file of thousands of records has millions of candidate name pairs
            }
            if (names.size() > REMEMBERED_COMPARISONS) {
                names.clear();
            }
            // Comparing names is pure computation, and the database waits meanwhile: the pairs are scored on every core.
            List<Scored> kept = candidates.parallelStream().map(c -> scored(c[0], c[1]))
                    .filter(p -> p != null && p.score >= Settings.LOWEST_DUPLICATE_THRESHOLD).toList();
            List<Long> firsts = new ArrayList<>(kept.size());
            List<Long> seconds = new ArrayList<>(kept.size());
            List<Double> scores = new ArrayList<>(kept.size());
            List<String> shared = new ArrayList<>(kept.size());
            for (Scored pair : kept) {
                firsts.add(pair.first);
                seconds.add(pair.second);
                scores.add(pair.score);
                shared.add(String.join(" ", sharedRecords(known.get(pair.first), known.get(pair.second))));
            }
            if (!firsts.isEmpty()) {
                // one statement for the lot; record keys ([A-Za-z0-9_.:-]) never hold the space that joins them
                db.sql("""
                                insert into identity_pair (subject_type, first_id, second_id, score, shared)
                                select :type, f, s, sc, string_to_array(sh, ' ')
                                from unnest(cast(:firsts as bigint[]), cast(:seconds as bigint[]), cast(:scores as numeric[]),
                                            cast(:shared as text[])) as x(f, s, sc, sh)
                                on conflict (subject_type, first_id, second_id) do update set score = excluded.score,
                                    shared = excluded.shared""")
                        .param("type", subject.table).param("firsts", firsts.toArray(Long[]::new))
                        .param("seconds", seconds.toArray(Long[]::new)).param("scores", scores.toArray(Double[]::new))
                        .param("shared", shared.toArray(String[]::new)).update();
            }
        }

        /** The pair's score, or null when the facts of either are not known (not readable, or gone). */
        private Scored scored(long first, long second) {
            Facts a = known.get(first);
            Facts b = known.get(second);
            if (a == null || b == null) {
                return null;
            }
            int x = namesOf.get(first);
            int y = namesOf.get(second);
            NameMatch match = names.computeIfAbsent((long) x << 32 | y,
                    both -> NameMatch.best(listed.get(x), listed.get(y), subject == Subject.ORGANIZATION, compared));
            return new Scored(first, second, DuplicateScoring.scoreOnly(subject, a, b, match));
        }
    }

    private record Scored(long first, long second, double score) {
    }

    /**
     * The records both are linked to, which a reader might not see, as table:key (incident:…, legal_case:…,
     * organization:…): what the pair's score rests on beyond the two records themselves.
     */
    private static Set<String> sharedRecords(Facts a, Facts b) {
        Set<String> shared = new LinkedHashSet<>();
        intersection(a.incidents(), b.incidents()).forEach(key -> shared.add("incident:" + key));
        intersection(a.cases(), b.cases()).forEach(key -> shared.add("legal_case:" + key));
        intersection(a.organizations(), b.organizations()).forEach(key -> shared.add("organization:" + key));
        return shared;
    }

    private static Set<String> intersection(Collection<String> a, Collection<String> b) {
        Set<String> both = new LinkedHashSet<>(a);
        both.retainAll(b);
        return both;
    }
}
