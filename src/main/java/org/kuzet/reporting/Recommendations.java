package org.kuzet.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.HiddenPartsException;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Json;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RecordRows;
import org.kuzet.shared.StaleVersionException;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendations: records like the others (confidentiality under row-level security, optimistic locking by
 * version, soft deletion with a reason), kept per freedom and reused by every report on it.
 */
@Service
public class Recommendations {

    private static final String SELECT = """
            select r.id, r.version, r.key, t.code as right_code, o.key as addressee, r.addressee_text, r.text::text as text,
                   r.position, r.confidentiality
            from recommendation r join vocabulary_term t on t.id = r.right_id
            left join organization o on o.id = r.addressee_id
            where r.deleted_at is null""";

    private final JdbcClient db;
    private final Vocabularies vocabularies;
    private final ApplicationEventPublisher events;

    Recommendations(JdbcClient db, Vocabularies vocabularies, ApplicationEventPublisher events) {
        this.db = db;
        this.vocabularies = vocabularies;
        this.events = events;
    }

    /** The live recommendations the reader may see, on {@code rights} (all when null), by freedom and position. */
    @Transactional(readOnly = true)
    public List<RecommendationDocument> list(Collection<String> rights) {
        String where = rights == null ? "" : " and t.code in (:rights)";
        var query = db.sql(SELECT + where + " order by t.sort_order, r.position, r.id");
        if (rights != null) {
            if (rights.isEmpty()) {
                return List.of();
            }
            query = query.param("rights", rights);
        }
        return query.query((rs, n) -> new RecommendationDocument(rs.getLong("id"), rs.getInt("version"), rs.getString("key"),
                rs.getString("right_code"), rs.getString("addressee"), rs.getString("addressee_text"),
                Json.localized(rs.getString("text")), rs.getInt("position"), rs.getString("confidentiality"))).list();
    }

    @Transactional(readOnly = true)
    public RecommendationDocument get(String key) {
        return db.sql(SELECT + " and r.key = ?").param(key)
                .query((rs, n) -> new RecommendationDocument(rs.getLong("id"), rs.getInt("version"), rs.getString("key"),
                        rs.getString("right_code"), rs.getString("addressee"), rs.getString("addressee_text"),
                        Json.localized(rs.getString("text")), rs.getInt("position"), rs.getString("confidentiality")))
                .optional().orElseThrow(() -> new RecordNotFoundException("recommendation", key));
    }

    @Transactional
    public RecommendationDocument create(RecommendationDocument doc, Long userId) {
        return create(doc, Checker.root(), userId);
    }

    /**
     * {@link #create(RecommendationDocument, Long)}, where {@code check} may already hold problems of the caller's own
     * (a form's fields that did not parse): then nothing is written either, and every problem comes back at once.
     */
    @Transactional
    public RecommendationDocument create(RecommendationDocument doc, Checker check, Long userId) {
        Valid v = check(check, doc);
        if (doc != null && doc.key() != null && check.at("key").key(doc.key()) != null
                && RecordRows.keyExists(db, "recommendation", doc.key())) {
            check.at("key").problem("'" + doc.key() + "' " + RecordRows.KEY_TAKEN);
        }
        check.throwIfProblems();
        String key = doc.key() != null ? doc.key() : RecordRows.newKey(db, "recommendation", "recommendation", Set.of());
        try {
            db.sql("""
                            insert into recommendation (key, right_id, addressee_id, addressee_text, text, position, confidentiality,
                                created_by, updated_by)
                            values (:key, :right, :addressee, :addresseeText, :text::jsonb, :position, :confidentiality, :user, :user)""")
                    .param("key", key).param("right", v.right).param("addressee", v.addressee)
                    .param("addresseeText", doc.addresseeText()).param("text", Json.write(doc.text()))
                    .param("position", doc.position() == null ? 0 : doc.position()).param("confidentiality", v.confidentiality)
                    .param("user", userId).update();
        } catch (DuplicateKeyException e) {
            if (RecordRows.isKeyTaken(e, "recommendation")) {
                throw InvalidInputException.of("$.key", "'" + key + "' " + RecordRows.KEY_TAKEN);
            }
            throw e;
        }
        events.publishEvent(AuditEvent.of("record_created", "recommendation", key));
        return get(key);
    }

    @Transactional
    public RecommendationDocument update(String key, RecommendationDocument doc, Long userId) {
        return update(key, doc, Checker.root(), userId);
    }

    /**
     * Replaces the recommendation with {@code doc}, which names the version it replaces, with the caller's own problems
     * in {@code check} (see {@link #create(RecommendationDocument, Checker, Long)}).
     *
     * @throws StaleVersionException when someone saved the recommendation since that version
     * @throws HiddenPartsException  when it is addressed to an organisation the writer may not see, which a save of
     *                               what they see would remove
     */
    @Transactional
    public RecommendationDocument update(String key, RecommendationDocument doc, Checker check, Long userId) {
        RecommendationDocument current = get(key);
        if (current.addressee() == null && db.sql("""
                select count(*) from recommendation r where r.key = ? and r.addressee_id is not null
                    and not exists (select 1 from organization o where o.id = r.addressee_id)""")
                .param(key).query(Long.class).single() > 0) {
            throw new HiddenPartsException("recommendation", key);
        }
        check.at("version").required(doc == null ? null : doc.version());
        Valid v = check(check, doc);
        if (doc != null && doc.key() != null && !doc.key().equals(key)) {
            check.at("key").problem("the key of a recommendation cannot change");
        }
        check.throwIfProblems();
        if (!current.version().equals(doc.version())) {
            throw new StaleVersionException("recommendation", key, doc.version(), current.version());
        }
        db.sql("""
                        update recommendation set right_id = :right, addressee_id = :addressee, addressee_text = :addresseeText,
                            text = :text::jsonb, position = :position, confidentiality = :confidentiality, version = version + 1,
                            updated_at = now(), updated_by = :user
                        where key = :key and version = :version""")
                .param("right", v.right).param("addressee", v.addressee).param("addresseeText", doc.addresseeText())
                .param("text", Json.write(doc.text())).param("position", doc.position() == null ? 0 : doc.position())
                .param("confidentiality", v.confidentiality).param("user", userId).param("key", key)
                .param("version", doc.version()).update();
        events.publishEvent(AuditEvent.of("record_updated", "recommendation", key));
        return get(key);
    }

    @Transactional
    public void delete(String key, String reason, Long userId) {
        get(key);
        Checker check = Checker.root();
        check.at("reason").requiredText(reason, 1000);
        check.throwIfProblems();
        db.sql("update recommendation set deleted_at = now(), deleted_by = ?, deleted_reason = ? where key = ? and deleted_at is null")
                .params(userId, reason, key).update();
        events.publishEvent(new AuditEvent("record_deleted", "recommendation", key, Map.of("reason", reason)));
    }

    private record Valid(Long right, Long addressee, String confidentiality) {
    }

    private Valid check(Checker check, RecommendationDocument doc) {
        if (!check.required(doc)) {
            return new Valid(null, null, null);
        }
        Long right = null;
        if (check.at("right").required(doc.right())) {
            right = vocabularies.termId("right", doc.right()).orElse(null);
            if (right == null) {
                check.at("right").problem("'" + doc.right() + "' is not a right of the vocabulary");
            }
        }
        Long addressee = null;
        if (doc.addressee() != null) {
            addressee = db.sql("select id from organization where key = ? and deleted_at is null").param(doc.addressee())
                    .query(Long.class).optional().orElse(null);
            if (addressee == null) {
                check.at("addressee").problem("no organisation '" + doc.addressee() + "'");
            }
        } else if (doc.addresseeText() == null || doc.addresseeText().isBlank()) {
            check.at("addressee").problem("name the body addressed: an organisation's key, or addresseeText");
        }
        check.at("addresseeText").text(doc.addresseeText(), 300);
        check.at("text").localized(doc.text(), 5000, true);
        String confidentiality = doc.confidentiality() == null ? Confidentiality.DEFAULT
                : check.at("confidentiality").oneOf(doc.confidentiality(), Confidentiality.LEVELS);
        return new Valid(right, addressee, confidentiality);
    }
}
