package org.kuzet.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kuzet.shared.Checker;
import org.kuzet.shared.ConfidentialReads;
import org.kuzet.shared.Json;
import org.kuzet.shared.PartRows;
import org.kuzet.shared.RecordKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which sources support which records and claims. Any feature cites through this. */
@Service
public class Citations {

    private final JdbcClient db;
    private final ApplicationEventPublisher events;

    public Citations(JdbcClient db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    /**
     * Checks the citations under {@code at} and returns them with source ids resolved;
     * {@code pendingSources} resolves keys of sources that are being created in the same import.
     */
    public List<Resolved> validate(Checker at, List<Citation> citations, Function<String, Optional<Long>> pendingSources) {
        List<Resolved> resolved = new ArrayList<>();
        if (citations == null) {
            return resolved;
        }
        for (int i = 0; i < citations.size(); i++) {
            Checker c = at.at(i);
            Citation citation = citations.get(i);
            if (citation == null) {
                c.problem("must not be null");
                continue;
            }
            c.at("claim").text(citation.claim(), 2000);
            c.at("locator").text(citation.locator(), 500);
            if (!c.at("source").required(citation.source())) {
                continue;
            }
            // the caller's resolver first: each asks the database before the records pending (KeyResolver), and an
            // import's remembers what it found, so the source is looked up once, not once per citation
            Optional<Long> id = pendingSources.apply(citation.source()).or(() -> sourceId(citation.source()));
            if (id.isEmpty()) {
                c.at("source").problem("no source '" + citation.source() + "'");
            } else {
                resolved.add(new Resolved(id.get(), citation.claim(), citation.locator()));
            }
        }
        return resolved;
    }

    public List<Resolved> validate(Checker at, List<Citation> citations) {
        return validate(at, citations, key -> Optional.empty());
    }

    public Optional<Long> sourceId(String key) {
        return db.sql("select id from source where key = ? and deleted_at is null").param(key).query(Long.class).optional();
    }

    public void replace(String subjectType, long subjectId, List<Resolved> citations) {
        // held together in a run of writes (PartRows): every delete of the run before its inserts, which is the order of
        // each subject's own, since a run writes a record once
        PartRows.delete(db, "delete from citation where subject_type = ? and subject_id = any(cast(? as bigint[]))", subjectId,
                subjectType);
        for (int i = 0; i < citations.size(); i++) {
            Resolved c = citations.get(i);
            PartRows.write(db, "insert into citation (subject_type, subject_id, position, source_id, claim, locator) values (?, ?, ?, ?, ?, ?)",
                    subjectType, subjectId, i, c.sourceId(), c.claim(), c.locator());
        }
    }

    public void deleteAll(String subjectType, Collection<Long> subjectIds) {
        if (!subjectIds.isEmpty()) {
            db.sql("delete from citation where subject_type = :t and subject_id in (:ids)")
                    .param("t", subjectType).param("ids", subjectIds).update();
        }
    }

    public List<Citation> of(String subjectType, long subjectId) {
        return db.sql("""
                select s.key, c.claim, c.locator from citation c join source s on s.id = c.source_id
                where c.subject_type = ? and c.subject_id = ? order by c.position""")
                .params(subjectType, subjectId)
                .query((rs, n) -> new Citation(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * Citations of many subjects of one type at once, by subject id. The ids are joined ({@code unnest}) rather than
     * listed ({@code in}), so that each subject's citations are looked up by index and their row-level security checked
     * for those rows alone, not against every visible record of the subject's table.
     */
    public Map<Long, List<Citation>> of(String subjectType, Collection<Long> subjectIds) {
        Map<Long, List<Citation>> bySubject = new java.util.HashMap<>();
        if (subjectIds.isEmpty()) {
            return bySubject;
        }
        db.sql("""
                select c.subject_id, s.key, c.claim, c.locator from unnest(cast(:ids as bigint[])) as cited(id)
                join citation c on c.subject_type = :t and c.subject_id = cited.id join source s on s.id = c.source_id
                order by c.subject_id, c.position""")
                .param("t", subjectType).param("ids", subjectIds.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), new Citation(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list()
                .forEach(e -> bySubject.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return bySubject;
    }

    /** A citation whose source id is known. */
    public record Resolved(long sourceId, String claim, String locator) {
    }

    /** The records that cite the source and that the reader may see, incidents first. */
    @Transactional(readOnly = true)
    public List<CitingRecord> citing(String sourceKey) {
        Long sourceId = db.sql("select id from source where key = ? and deleted_at is null").param(sourceKey)
                .query(Long.class).optional().orElse(null);
        if (sourceId == null) {
            return List.of();
        }
        List<CitingRecord> citing = db.sql("""
                select 'incidents', i.key, i.title::text, null from citation c join incident i on i.id = c.subject_id
                    where c.subject_type = 'incident' and c.source_id = :source and i.deleted_at is null
                union all
                select 'persons', p.key, null, p.name from citation c join person p on p.id = c.subject_id
                    where c.subject_type = 'person' and c.source_id = :source and p.deleted_at is null
                union all
                select 'organizations', o.key, null, o.name from citation c join organization o on o.id = c.subject_id
                    where c.subject_type = 'organization' and c.source_id = :source and o.deleted_at is null
                union all
                select 'cases', l.key, l.title::text, null from citation c join legal_case l on l.id = c.subject_id
                    where c.subject_type = 'legal_case' and c.source_id = :source and l.deleted_at is null
                union all
                select 'events', e.key, e.title::text, null from citation c join event e on e.id = c.subject_id
                    where c.subject_type = 'event' and c.source_id = :source and e.deleted_at is null
                union all
                select 'interventions', v.key, v.title::text, null from citation c join intervention v on v.id = c.subject_id
                    where c.subject_type = 'intervention' and c.source_id = :source and v.deleted_at is null
                union all
                select 'reported-figures', f.key, f.description::text, null from citation c
                    join reported_figure f on f.id = c.subject_id
                    where c.subject_type = 'reported_figure' and c.source_id = :source and f.deleted_at is null
                order by 1, 2 limit 200""")
                .param("source", sourceId)
                .query((rs, n) -> new CitingRecord(rs.getString(1), rs.getString(2),
                        rs.getString(3) == null ? null : Json.localized(rs.getString(3)), rs.getString(4)))
                .list();
        // the confidential records among them are a read, one entry per kind
        ConfidentialReads shown = new ConfidentialReads();
        citing.forEach(r -> shown.shown(RecordKind.ofCollection(r.collection()).filter(RecordKind::citesSources)
                .orElseThrow().table(), r.key()));
        shown.audit(db, events);
        return citing;
    }
}
