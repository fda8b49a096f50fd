package org.kuzet.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.PageOf;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RecordRows;
import org.kuzet.source.Citation;
import org.kuzet.source.Citations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The addressees of interventions: UN bodies, ombudspersons, embassies, prosecutors' offices. */
@Service
public class Contacts {

    private static final int CHUNK = 1000;

    private final JdbcClient db;
    private final Citations citations;

    public Contacts(JdbcClient db, Citations citations) {
        this.db = db;
        this.citations = citations;
    }

    public Optional<ContactDocument> find(String reference) {
        return RecordRows.idOf(db, "contact", reference).map(id -> load(List.of(id)).getFirst());
    }

    public ContactDocument get(String reference) {
        return find(reference).orElseThrow(() -> new RecordNotFoundException("contact", reference));
    }

    public PageOf<ContactDocument> list(ContactFilter filter, int page, int size) {
        OrganizationFilter.Query q = filter.toQuery();
        long total = q.bind(db.sql("select count(*) from contact c where " + q.where())).query(Long.class).single();
        List<Long> ids = q.bind(db.sql("select c.id from contact c where " + q.where() + " order by " + q.orderBy()
                        + " limit :limit offset :offset"))
                .param("limit", size).param("offset", (long) page * size)
                .query(Long.class).list();
        return new PageOf<>(load(ids), total, page, size);
    }

    /** Every live contact, by key, as the bundle carries them. */
    public List<ContactDocument> all() {
        List<Long> ids = db.sql("select id from contact where deleted_at is null order by key collate \"C\"").query(Long.class).list();
        return load(ids).stream().map(ContactDocument::content).toList();
    }

    @Transactional
    public ContactDocument create(ContactDocument doc, Long userId) {
        Checker check = Checker.root();
        Valid v = validate(check, doc, true, KeyResolver.database(db));
        check.throwIfProblems();
        return get(Long.toString(insert(doc, v, userId)));
    }

    /** Writes a contact that {@link #validate} accepted with real ids (also the bundle importer's path). */
    @Transactional
    public long insert(ContactDocument doc, Valid v, Long userId) {
        String key = doc.key() != null ? doc.key() : RecordRows.newKey(db, "contact", "contact");
        long id = db.sql("""
                insert into contact (key, organization_id, name, position, address, email, phone, url, confidentiality,
                    created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(key, v.organizationId, doc.name(), doc.position(), doc.address(), doc.email(), doc.phone(), doc.url(),
                        v.confidentiality, userId, userId)
                .query(Long.class).single();
        citations.replace("contact", id, v.citations);
        return id;
    }

    @Transactional
    public ContactDocument update(String reference, ContactDocument doc, Long userId) {
        long id = RecordRows.idOf(db, "contact", reference).orElseThrow(() -> new RecordNotFoundException("contact", reference));
        String key = RecordRows.keyOf(db, "contact", id).orElseThrow();
        Checker check = Checker.root();
        if (doc != null && doc.key() != null && !doc.key().equals(key)) {
            check.at("key").problem("cannot be changed (it is '" + key + "')");
        }
        if (doc != null && doc.version() == null) {
            check.at("version").problem("is required for an update (the version you read)");
        }
        Valid v = validate(check, doc, false, KeyResolver.database(db));
        check.throwIfProblems();
        RecordRows.bumpVersion(db, "contact", "contact", id, doc.version(), userId);
        overwrite(id, doc, v);
        return get(Long.toString(id));
    }

    /** Replaces the content of a stored contact (no version check: the bundle importer's path). */
    @Transactional
    public void overwrite(long id, ContactDocument doc, Valid v) {
        db.sql("""
                update contact set organization_id = ?, name = ?, position = ?, address = ?, email = ?, phone = ?, url = ?,
                    confidentiality = ?
                where id = ?""")
                .params(v.organizationId, doc.name(), doc.position(), doc.address(), doc.email(), doc.phone(), doc.url(),
                        v.confidentiality, id)
                .update();
        citations.replace("contact", id, v.citations);
    }

    /** Hides the contact; it stays in the database with the reason. */
    @Transactional
    public void delete(String reference, String reason, Long userId) {
        long id = RecordRows.idOf(db, "contact", reference).orElseThrow(() -> new RecordNotFoundException("contact", reference));
        RecordRows.softDelete(db, "contact", "contact", id, reason, userId);
    }

    /** Checks a contact against the records in the database. */
    public Valid validate(Checker at, ContactDocument doc, boolean creating) {
        return validate(at, doc, creating, KeyResolver.database(db));
    }

    /**
     * Checks a contact, adding every problem to {@code at}; references are resolved through {@code refs}, which in
     * a bundle import also knows the records about to be created. Writes nothing.
     */
    public Valid validate(Checker at, ContactDocument doc, boolean creating, KeyResolver refs) {
        Valid v = new Valid();
        if (doc == null) {
            at.problem("is required");
            return v;
        }
        String key = at.at("key").key(doc.key());
        if (creating && key != null && RecordRows.keyExists(db, "contact", key)) {
            at.at("key").problem("a contact with key '" + key + "' already exists");
        }
        if (at.at("organization").key(doc.organization()) != null) {
            v.organizationId = refs.id("organization", doc.organization()).orElse(null);
            if (v.organizationId == null) {
                at.at("organization").problem("no organization '" + doc.organization() + "'");
            }
        }
        at.at("name").requiredText(doc.name(), Organizations.NAME_LENGTH);
        at.at("position").text(doc.position(), Organizations.NAME_LENGTH);
        at.at("address").text(doc.address(), 2000);
        at.at("email").text(doc.email(), 320);
        if (doc.email() != null && doc.email().length() <= 320 && !doc.email().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            at.at("email").problem("is not an e-mail address");
        }
        at.at("phone").text(doc.phone(), 100);
        at.at("url").text(doc.url(), 4000);
        if (doc.url() != null && doc.url().length() <= 4000 && !doc.url().matches("^https?://\\S+$")) {
            at.at("url").problem("must be an http(s) address without spaces");
        }
        v.confidentiality = at.at("confidentiality").oneOf(
                doc.confidentiality() == null ? Confidentiality.DEFAULT : doc.confidentiality(), Confidentiality.LEVELS);
        v.citations = citations.validate(at.at("sources"), doc.sources(), source -> refs.id("source", source));
        return v;
    }

    /** A checked contact with its references resolved. */
    public static final class Valid {
        Long organizationId;
        String confidentiality;
        List<Citations.Resolved> citations = List.of();
    }

    private List<ContactDocument> load(List<Long> ids) {
        List<ContactDocument> docs = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, ContactDocument> rows = new HashMap<>();
            Map<Long, List<Citation>> cited = citations.of("contact", chunk);
            db.sql("""
                    select c.id, c.version, c.key, o.key as organization, c.name, c.position, c.address, c.email, c.phone,
                           c.url, c.confidentiality, c.created_at, c.updated_at
                    from contact c left join organization o on o.id = c.organization_id where c.id in (:ids)""")
                    .param("ids", chunk)
                    .query((rs, n) -> row(rs, cited))
                    .list().forEach(d -> rows.put(d.id(), d));
            chunk.stream().map(rows::get).filter(d -> d != null).forEach(docs::add);
        }
        return docs;
    }

    private static ContactDocument row(ResultSet rs, Map<Long, List<Citation>> cited) throws SQLException {
        long id = rs.getLong("id");
        return new ContactDocument(id, rs.getInt("version"), rs.getString("key"), rs.getString("organization"),
                rs.getString("name"), rs.getString("position"), rs.getString("address"), rs.getString("email"),
                rs.getString("phone"), rs.getString("url"), rs.getString("confidentiality"), cited.getOrDefault(id, List.of()),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
