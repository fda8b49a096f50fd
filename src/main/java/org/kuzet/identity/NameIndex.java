package org.kuzet.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.names.NameKeys;
import org.kuzet.names.NameSimilarity;
import org.kuzet.names.OrganizationWords;
import org.kuzet.shared.Actor;
import org.kuzet.shared.FullClearance;
import org.kuzet.shared.RecordsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The blocking keys of every person and organisation ({@code identity_key}): two records are compared only when
 * they share a key, so finding duplicates among 100,000 persons costs an indexed self-join on the keys, not
 * 5·10⁹ comparisons. A name of several words gives, for each ordered pair of its words, the first word's
 * reading with the first and with the second letter of the other's ("zhanbolat|m", "zhanbolat|a"): names that
 * agree on one word exactly and begin another alike meet, in any order and whatever extra words (patronymics) they carry. A one-word name is
 * its own key; an organisation's names also give their acronym ("a:dvk"), which meets an abbreviation.
 *
 * <p>The keys of the persons and organisations in a {@link RecordsChanged} — written by a form, the API, an import
 * or a merge — are recomputed in the writing transaction, so a duplicate query right after sees them. At start,
 * {@link #catchUp} computes the keys of the records noted in {@code identity_stale}: those whose names changed
 * before migration V17 (when triggers noted them and the keys were caught up lazily), and every record that a
 * later migration notes there when the way keys are made changes. This bookkeeping reads names with full
 * clearance; the keys themselves are readable only with their record.
 */
@Component
class NameIndex {

    private static final Logger LOG = LoggerFactory.getLogger(NameIndex.class);
    private static final int BATCH = 1000;

    private final JdbcClient db;
    private final TransactionTemplate transactions;
    private final DuplicatePairs pairs;

    NameIndex(JdbcClient db, TransactionTemplate transactions, DuplicatePairs pairs) {
        this.db = db;
        this.transactions = transactions;
        this.pairs = pairs;
    }

    /**
     * Recomputes the keys of the persons and organisations written (a deleted one keeps its keys, as its names),
     * then the scored pairs that rest on what was written ({@link DuplicatePairs}), which need the keys.
     */
    @EventListener
    void recordsChanged(RecordsChanged written) {
        for (Subject subject : Subject.values()) {
            List<Long> ids = written.idsOf(subject.table);
            if (!ids.isEmpty()) {
                FullClearance.read(db, () -> {
                    for (int from = 0; from < ids.size(); from += BATCH) {
                        reindex(subject, ids.subList(from, Math.min(ids.size(), from + BATCH)));
                    }
                    return null;
                });
            }
        }
        pairs.recordsChanged(written);
    }

    /**
     * At start: the keys and pairs of records noted stale, a batch per transaction, so that a migration noting every
     * record stale (V29, V36) holds neither the pairs' lock nor one transaction's work for the whole record while
     * monitors write; several instances starting at once take the batches in turn.
     */
    @EventListener(ApplicationReadyEvent.class)
    void catchUpAtStart() {
        int caught = 0;
        int batch;
        do {
            batch = Actor.callAs(Actor.COMMAND_LINE, () -> transactions.execute(status -> catchUp(BATCH)));
            caught += batch;
            if (batch > 0 && caught % (10 * BATCH) == 0) {
                LOG.info("Identity keys and duplicate pairs: {} records caught up so far", caught);
            }
        } while (batch > 0);
        if (caught > 0) {
            LOG.info("Identity keys and duplicate pairs: {} records caught up", caught);
        }
    }

    /**
     * The first three letters of a word, and each of them with one letter left out: two words whose starts differ by
     * one slip or one letter (Nurbekov, Nrubekov, Urbekov, Murbekov) share one of these, while a block holds only the
     * names whose other word starts alike — not every name whose other word has a letter in common at the start, as
     * the keys of one letter did (V50: at 100,000 incidents a block of every "Kairat N…" or "Kairat …u…").
     */
    static Set<String> startsWithinASlip(String word) {
        String start = word.substring(0, Math.min(3, word.length()));
        Set<String> starts = new LinkedHashSet<>();
        starts.add(start);
        for (int k = 0; k < start.length(); k++) {
            String without = start.substring(0, k) + start.substring(k + 1);
            if (!without.isEmpty()) {
                starts.add(without);
            }
        }
        return starts;
    }

    /**
     * The keys of a record with these names: for each ordered pair of words, every reading of the first with the
     * start of every reading of the second within a slip ({@link #startsWithinASlip}), so that a slip in the second
     * word's first letters (a swap, a drop) still leaves a key in common.
     */
    static Set<String> keys(Subject subject, List<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            List<Set<String>> words = NameKeys.readings(name == null ? "" : name.replace('-', ' '));
            if (words.size() == 1) {
                words.getFirst().forEach(reading -> keys.add("w:" + reading));
            }
            for (int i = 0; i < words.size(); i++) {
                for (int j = 0; j < words.size(); j++) {
                    if (i != j) {
                        for (String word : words.get(i)) {
                            for (String other : words.get(j)) {
                                for (String start : startsWithinASlip(other)) {
                                    keys.add(word + "|" + start);
                                }
                            }
                        }
                    }
                }
            }
            if (subject == Subject.ORGANIZATION) {
                String acronym = NameSimilarity.acronym(name);
                if (!acronym.isEmpty()) {
                    keys.add("a:" + acronym);
                }
                // the initials in every language the name's words translate into, and in any order when all are known
                boolean known = OrganizationWords.allKnown(name);
                for (String initials : OrganizationWords.acronyms(name)) {
                    keys.add("a:" + initials);
                    if (known) {
                        keys.add("s:" + OrganizationWords.sortedLetters(initials));
                    }
                }
                if (words.size() == 1) {
                    keys.add("a:" + NameKeys.tokens(name).getFirst());
                    String latin = NameKeys.latin(name).replace(" ", "");
                    keys.add("a:" + latin);
                    keys.add("s:" + OrganizationWords.sortedLetters(latin));
                } else if (OrganizationWords.anyKnown(name)) {
                    // the same words in another language: one key for the words whatever their language and order
                    keys.add("c:" + String.join(" ", OrganizationWords.concepts(name).stream().sorted().toList()));
                }
            }
        }
        return keys;
    }

    /**
     * Recomputes the keys and the scored pairs of at most {@code atMost} records noted stale, and forgets them as stale;
     * must run inside a read-write transaction. Answers how many. Pairs between two stale records come right once the
     * later of the two is caught up: it scores all its pairs again against the other's current keys.
     */
    int catchUp(int atMost) {
        return FullClearance.read(db, () -> {
            // alone: the keys of a batch another instance catches up at the same time are not ours to see until it
            // commits, and pairs between the two batches would be scored on the old ones
            pairs.scoreAlone();
            int count = 0;
            for (Subject subject : Subject.values()) {
                List<Long> stale = db.sql("""
                                delete from identity_stale where subject_type = :type and subject_id in (
                                    select subject_id from identity_stale where subject_type = :type
                                    order by subject_id limit :n for update skip locked)
                                returning subject_id""")
                        .param("type", subject.table).param("n", atMost - count).query(Long.class).list();
                if (!stale.isEmpty()) {
                    reindex(subject, stale);
                    pairs.refresh(subject, stale);
                    count += stale.size();
                }
            }
            return count;
        });
    }

    private void reindex(Subject subject, List<Long> ids) {
        db.sql("delete from identity_key where subject_type = :type and subject_id in (:ids)")
                .param("type", subject.table).param("ids", ids).update();
        Map<Long, List<String>> names = new HashMap<>();
        db.sql("select id, name from " + subject.table + " where id in (:ids) union all select " + subject.nameOwner
                        + ", name from " + subject.nameTable + " where " + subject.nameOwner + " in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list().forEach(e -> names.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<String> subjectIds = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        names.forEach((id, written) -> keys(subject, written).forEach(key -> {
            subjectIds.add(Long.toString(id));
            keys.add(key);
        }));
        if (!keys.isEmpty()) {
            // Keys are made of [a-z0-9|:] only, so they can be given as one array literal each.
            db.sql("""
                            insert into identity_key (subject_type, subject_id, key)
                            select ?, unnest(cast(? as bigint[])), unnest(cast(? as text[])) on conflict do nothing""")
                    .params(subject.table, "{" + String.join(",", subjectIds) + "}", "{" + String.join(",", keys) + "}")
                    .update();
        }
    }
}
