package org.kuzet.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.names.NameKeys;
import org.kuzet.names.NameSimilarity;
import org.kuzet.shared.FullClearance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The blocking keys of every person and organisation ({@code identity_key}): two records are compared only when
 * they share a key, so finding duplicates among 100,000 persons costs an indexed self-join on the keys, not
 * 5·10⁹ comparisons. A name of several words gives, for each ordered pair of its words, the first word's
 * skeleton with the first three letters of the second ("zanbolat|mam"): names that agree on one word exactly and
 * begin another alike meet, in any order and whatever extra words (patronymics) they carry. A one-word name is
 * its own key; an organisation's names also give their acronym ("a:dvk"), which meets an abbreviation.
 *
 * <p>Triggers note records whose names changed in {@code identity_stale} (also for bundle imports and direct
 * writes); {@link #catchUp} recomputes their keys before any duplicate query. That bookkeeping reads names with
 * full clearance; the keys themselves are readable only with their record.
 */
@Component
class NameIndex {

    private static final int BATCH = 1000;

    private final JdbcClient db;

    NameIndex(JdbcClient db) {
        this.db = db;
    }

    /** The keys of a record with these names. */
    static Set<String> keys(Subject subject, List<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            List<String> words = NameKeys.tokens(name == null ? "" : name.replace('-', ' '));
            if (words.size() == 1) {
                keys.add("w:" + words.getFirst());
            }
            for (int i = 0; i < words.size(); i++) {
                for (int j = 0; j < words.size(); j++) {
                    if (i != j) {
                        String other = words.get(j);
                        keys.add(words.get(i) + "|" + other.substring(0, Math.min(3, other.length())));
                    }
                }
            }
            if (subject == Subject.ORGANIZATION) {
                String acronym = NameSimilarity.acronym(name);
                if (!acronym.isEmpty()) {
                    keys.add("a:" + acronym);
                }
                if (words.size() == 1) {
                    keys.add("a:" + words.getFirst());
                }
            }
        }
        return keys;
    }

    /** Recomputes the keys of every record noted stale; must run inside a read-write transaction. */
    void catchUp() {
        FullClearance.read(db, () -> {
            for (Subject subject : Subject.values()) {
                List<Long> stale = db.sql("delete from identity_stale where subject_type = ? returning subject_id")
                        .param(subject.table).query(Long.class).list();
                for (int from = 0; from < stale.size(); from += BATCH) {
                    reindex(subject, stale.subList(from, Math.min(stale.size(), from + BATCH)));
                }
            }
            return null;
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
