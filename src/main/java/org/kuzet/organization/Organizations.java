package org.kuzet.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.organization.OrganizationDocument.Name;
import org.kuzet.organization.OrganizationDocument.Status;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.Json;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.PartRows;
import org.kuzet.shared.RecordStore;
import org.kuzet.source.Citation;
import org.kuzet.source.Citations;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations of the record: movements, parties, NGOs, media, courts and state bodies. */
@Service
public class Organizations extends RecordStore<OrganizationDocument, Organizations.Valid, OrganizationFilter> {

    /** The kinds of an organisation's other names, in the order a form offers them. */
    public static final List<String> NAME_KINDS = List.of("name", "abbreviation", "alias", "translation", "former_name");
    /** The legal statuses an organisation's history records, in the order a form offers them. */
    public static final List<String> STATUSES = List.of("founded", "registered", "registration_denied", "suspended",
            "banned", "banned_extremist", "banned_terrorist", "dissolved", "liquidated", "renamed", "reactivated");
    /** How far up a chain of parents is followed: far beyond any real hierarchy. */
    private static final int PARENT_DEPTH = 50;
    static final int NAME_LENGTH = 300;
    static final int DESCRIPTION_LENGTH = 100_000;
    static final int NOTE_LENGTH = 20_000;

    private final Vocabularies vocabularies;
    private final Citations citations;

    public Organizations(JdbcClient db, Vocabularies vocabularies, Citations citations) {
        super(db, "organization", "o", "organization", "organization");
        this.vocabularies = vocabularies;
        this.citations = citations;
    }

    /** The names of the live organisations with these keys that the reader may see, by key. */
    @Transactional(readOnly = true)
    public Map<String, String> namesOf(Collection<String> keys) {
        return byKeys(keys, "name", (rs, n) -> rs.getString(2));
    }

    /** The live organisations the reader may see that are part of the organisation {@code key}, by key, by name. */
    @Transactional(readOnly = true)
    public Map<String, String> branchesOf(String key) {
        Map<String, String> branches = new LinkedHashMap<>();
        db.sql("""
                select b.key, b.name from organization b join organization o on o.id = b.parent_id
                where o.key = ? and b.deleted_at is null order by b.name, b.key""")
                .param(key).query((rs, n) -> branches.put(rs.getString(1), rs.getString(2))).list();
        shown(branches.keySet());
        return branches;
    }

    @Override
    protected long insert(OrganizationDocument doc, Valid v, Long userId) {
        long id = PartRows.insert(db, "organization",
                "key, name, kind_id, parent_id, place_id, description, confidentiality, created_by, updated_by",
                "?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?",
                keyFor(doc), doc.name(), v.kindId, v.parentId, v.placeId, Json.write(doc.description()),
                v.confidentiality, userId, userId);
        writeParts(id, v);
        return id;
    }

    /** Replaces the organisation's parent, names and statuses wholesale too. */
    @Override
    protected void overwrite(long id, OrganizationDocument doc, Valid v) {
        db.sql("""
                update organization set name = ?, kind_id = ?, parent_id = ?, place_id = ?, description = cast(? as jsonb),
                    confidentiality = ?
                where id = ?""")
                .params(doc.name(), v.kindId, v.parentId, v.placeId, Json.write(doc.description()), v.confidentiality, id)
                .update();
        List<Long> statusIds = db.sql("select id from organization_status where organization_id = ?").param(id)
                .query(Long.class).list();
        citations.deleteAll("organization_status", statusIds);
        db.sql("delete from organization_status where organization_id = ?").param(id).update();
        db.sql("delete from organization_name where organization_id = ?").param(id).update();
        writeParts(id, v);
    }


    /** Checks an organisation beyond its key; {@code refs} resolves the organisations and sources it refers to. */
    @Override
    protected Valid check(Checker at, OrganizationDocument doc, String key, KeyResolver refs) {
        Valid v = new Valid();
        at.at("name").requiredText(doc.name(), NAME_LENGTH);
        String kind = doc.kind() == null ? "other" : doc.kind();
        v.kindId = vocabularies.termId("organization_kind", kind).orElse(null);
        if (v.kindId == null) {
            at.at("kind").problem("'" + kind + "' is not an organization kind (see GET /api/v1/vocabularies/organization_kind)");
        }
        v.parentId = parent(at.at("parent"), doc.parent(), key, refs);
        v.names = names(at.at("names"), doc.names());
        if (doc.place() != null) {
            v.placeId = vocabularies.placeId(doc.place()).orElse(null);
            if (v.placeId == null) {
                at.at("place").problem("'" + doc.place() + "' is not a known place code (see GET /api/v1/vocabularies/places)");
            }
        }
        at.at("description").localized(doc.description(), DESCRIPTION_LENGTH, false);
        List<Status> statuses = doc.statuses() == null ? List.of() : doc.statuses();
        for (int i = 0; i < statuses.size(); i++) {
            v.statuses.add(status(at.at("statuses").at(i), statuses.get(i), key, refs));
        }
        v.confidentiality = at.at("confidentiality").oneOf(
                doc.confidentiality() == null ? Confidentiality.DEFAULT : doc.confidentiality(), Confidentiality.LEVELS);
        v.citations = citations.validate(at.at("sources"), doc.sources(), source -> refs.id("source", source));
        return v;
    }

    /**
     * The organisation {@code parent} names, which must exist and may not be the organisation itself nor one of its
     * own branches, however deep (the chain of parents stays free of cycles).
     */
    private Long parent(Checker at, String parent, String ownKey, KeyResolver refs) {
        if (at.key(parent) == null) {
            return null;
        }
        if (parent.equals(ownKey)) {
            at.problem("an organization cannot be part of itself");
            return null;
        }
        Long parentId = refs.id("organization", parent).orElse(null);
        if (parentId == null) {
            at.problem("no organization '" + parent + "'");
            return null;
        }
        boolean cycle = ownKey != null && parentId > 0 && db.sql("""
                with recursive up (id, parent_id, depth) as (
                    select id, parent_id, 0 from organization where id = :parent
                    union all
                    select o.id, o.parent_id, up.depth + 1 from organization o join up on o.id = up.parent_id
                    where up.depth < :depth)
                select exists (select 1 from up join organization o on o.id = up.id where o.key = :own)""")
                .param("parent", parentId).param("own", ownKey).param("depth", PARENT_DEPTH)
                .query(Boolean.class).single();
        if (cycle) {
            at.problem("'" + parent + "' is part of this organization: an organization cannot be part of its own branch");
            return null;
        }
        return parentId;
    }

    private List<Name> names(Checker at, List<Name> names) {
        List<Name> checked = new ArrayList<>();
        if (names == null) {
            return checked;
        }
        for (int i = 0; i < names.size(); i++) {
            Checker c = at.at(i);
            Name n = names.get(i);
            if (n == null) {
                c.problem("must not be null");
                continue;
            }
            c.at("name").requiredText(n.name(), NAME_LENGTH);
            c.at("script").script(n.script());
            c.at("lang").languageCode(n.lang());
            String kind = c.at("kind").oneOf(n.kind() == null ? "alias" : n.kind(), NAME_KINDS);
            checked.add(new Name(n.name(), n.script(), n.lang(), kind));
        }
        return checked;
    }

    private ValidStatus status(Checker c, Status s, String ownKey, KeyResolver refs) {
        ValidStatus v = new ValidStatus();
        if (s == null) {
            c.problem("must not be null");
            return v;
        }
        if (c.at("status").required(s.status())) {
            v.status = c.at("status").oneOf(s.status(), STATUSES);
        }
        v.date = c.dateWithPrecision("date", s.date(), "datePrecision", s.datePrecision(), true);
        if (s.decidedBy() != null && s.decidedByText() != null) {
            c.at("decidedByText").problem("give decidedBy (an organization key) or decidedByText, not both");
        }
        if (c.at("decidedBy").key(s.decidedBy()) != null) {
            if (s.decidedBy().equals(ownKey)) {
                c.at("decidedBy").problem("an organization cannot decide its own status");
            } else {
                v.decidedById = refs.id("organization", s.decidedBy()).orElse(null);
                if (v.decidedById == null) {
                    c.at("decidedBy").problem("no organization '" + s.decidedBy() + "'");
                }
            }
        }
        v.decidedByText = c.at("decidedByText").text(s.decidedByText(), NAME_LENGTH);
        v.note = c.at("note").localized(s.note(), NOTE_LENGTH, false);
        v.citations = citations.validate(c.at("sources"), s.sources(), source -> refs.id("source", source));
        return v;
    }

    private void writeParts(long id, Valid v) {
        for (int i = 0; i < v.names.size(); i++) {
            Name n = v.names.get(i);
            PartRows.write(db, "insert into organization_name (organization_id, position, name, script, lang, kind) values (?, ?, ?, ?, ?, ?)",
                    id, i, n.name(), n.script(), n.lang(), n.kind());
        }
        for (int i = 0; i < v.statuses.size(); i++) {
            ValidStatus s = v.statuses.get(i);
            long statusId = PartRows.insert(db, "organization_status",
                    "organization_id, position, status, date, date_precision, decided_by_id, decided_by_text, note",
                    "?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)",
                    id, i, s.status, s.date.date(), s.date.precision().code(), s.decidedById, s.decidedByText,
                    Json.write(s.note));
            citations.replace("organization_status", statusId, s.citations);
        }
        citations.replace("organization", id, v.citations);
    }

    /** A checked organisation with its codes and references resolved. */
    public static final class Valid {
        Long kindId;
        Long parentId;
        Long placeId;
        List<Name> names = new ArrayList<>();
        List<ValidStatus> statuses = new ArrayList<>();
        String confidentiality;
        List<Citations.Resolved> citations = List.of();
    }

    static final class ValidStatus {
        String status;
        DateWithPrecision date;
        Long decidedById;
        String decidedByText;
        LocalizedText note;
        List<Citations.Resolved> citations = List.of();
    }

    /** Reads organisations with their names, statuses and citations. */
    @Override
    protected List<OrganizationDocument> load(List<Long> ids) {
        Map<Long, Row> rows = new HashMap<>();
        db.sql("""
                select o.id, o.version, o.key, o.name, k.code as kind, u.key as parent, p.code as place,
                       o.description::text as description, o.confidentiality, o.created_at, o.updated_at
                from organization o join vocabulary_term k on k.id = o.kind_id left join place p on p.id = o.place_id
                left join organization u on u.id = o.parent_id
                where o.id in (:ids)""")
                .param("ids", ids).query(this::row).list().forEach(r -> rows.put(r.id, r));
        Map<Long, List<Name>> names = new HashMap<>();
        db.sql("""
                select organization_id, name, script, lang, kind from organization_name
                where organization_id in (:ids) order by organization_id, position""")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Name(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))))
                .list().forEach(e -> names.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<StatusRow> statusRows = db.sql("""
                select s.id, s.organization_id, s.status, s.date, s.date_precision, d.key as decided_by, s.decided_by_text,
                       s.note::text as note
                from organization_status s left join organization d on d.id = s.decided_by_id
                where s.organization_id in (:ids) order by s.organization_id, s.position""")
                .param("ids", ids)
                .query((rs, n) -> new StatusRow(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("status"),
                        rs.getObject("date", LocalDate.class).toString(), rs.getString("date_precision"),
                        rs.getString("decided_by"), rs.getString("decided_by_text"), Json.localized(rs.getString("note"))))
                .list();
        Map<Long, List<Citation>> statusCitations = citations.of("organization_status",
                statusRows.stream().map(StatusRow::id).toList());
        Map<Long, List<Status>> statuses = new HashMap<>();
        for (StatusRow s : statusRows) {
            statuses.computeIfAbsent(s.organizationId, k -> new ArrayList<>()).add(new Status(s.status, s.date,
                    s.datePrecision, s.decidedBy, s.decidedByText, s.note, statusCitations.getOrDefault(s.id, List.of())));
        }
        Map<Long, List<Citation>> cited = citations.of("organization", ids);
        List<OrganizationDocument> docs = new ArrayList<>();
        for (long id : ids) {
            Row r = rows.get(id);
            if (r != null) {
                docs.add(new OrganizationDocument(r.id, r.version, r.key, r.name, r.kind, r.parent,
                        names.getOrDefault(id, List.of()), r.place, r.description, statuses.getOrDefault(id, List.of()),
                        r.confidentiality, cited.getOrDefault(id, List.of()), r.createdAt, r.updatedAt));
            }
        }
        return docs;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getInt("version"), rs.getString("key"), rs.getString("name"),
                rs.getString("kind"), rs.getString("parent"), rs.getString("place"), Json.localized(rs.getString("description")),
                rs.getString("confidentiality"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private record Row(long id, int version, String key, String name, String kind, String parent, String place,
                       LocalizedText description, String confidentiality, OffsetDateTime createdAt,
                       OffsetDateTime updatedAt) {
    }

    private record StatusRow(long id, long organizationId, String status, String date, String datePrecision,
                             String decidedBy, String decidedByText, LocalizedText note) {
    }
}
