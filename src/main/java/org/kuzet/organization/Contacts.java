package org.kuzet.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.RecordStore;
import org.kuzet.source.Citation;
import org.kuzet.source.Citations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The addressees of interventions: UN bodies, ombudspersons, embassies, prosecutors' offices. */
@Service
public class Contacts extends RecordStore<ContactDocument, Contacts.Valid, ContactFilter> {

    private final Citations citations;

    public Contacts(JdbcClient db, Citations citations) {
        super(db, "contact", "c", "contact", "contact");
        this.citations = citations;
    }

    @Override
    protected long insert(ContactDocument doc, Valid v, Long userId) {
        long id = db.sql("""
                insert into contact (key, organization_id, name, position, address, email, phone, url, confidentiality,
                    created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(keyFor(doc), v.organizationId, doc.name(), doc.position(), doc.address(), doc.email(), doc.phone(),
                        doc.url(), v.confidentiality, userId, userId)
                .query(Long.class).single();
        citations.replace("contact", id, v.citations);
        return id;
    }

    @Override
    protected void overwrite(long id, ContactDocument doc, Valid v) {
        db.sql("""
                update contact set organization_id = ?, name = ?, position = ?, address = ?, email = ?, phone = ?, url = ?,
                    confidentiality = ?
                where id = ?""")
                .params(v.organizationId, doc.name(), doc.position(), doc.address(), doc.email(), doc.phone(), doc.url(),
                        v.confidentiality, id)
                .update();
        citations.replace("contact", id, v.citations);
    }

    /** Checks a contact beyond its key; {@code refs} resolves its organisation and sources. */
    @Override
    protected Valid check(Checker at, ContactDocument doc, String key, KeyResolver refs) {
        Valid v = new Valid();
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

    @Override
    protected List<ContactDocument> load(List<Long> ids) {
        Map<Long, List<Citation>> cited = citations.of("contact", ids);
        return db.sql("""
                select c.id, c.version, c.key, o.key as organization, c.name, c.position, c.address, c.email, c.phone,
                       c.url, c.confidentiality, c.created_at, c.updated_at
                from contact c left join organization o on o.id = c.organization_id where c.id in (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> row(rs, cited))
                .list();
    }

    private static ContactDocument row(ResultSet rs, Map<Long, List<Citation>> cited) throws SQLException {
        long id = rs.getLong("id");
        return new ContactDocument(id, rs.getInt("version"), rs.getString("key"), rs.getString("organization"),
                rs.getString("name"), rs.getString("position"), rs.getString("address"), rs.getString("email"),
                rs.getString("phone"), rs.getString("url"), rs.getString("confidentiality"), cited.getOrDefault(id, List.of()),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
