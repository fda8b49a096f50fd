package org.kuzet.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.Json;
import org.kuzet.shared.PageOf;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RecordRows;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sources of the record: articles, posts, reports, court documents, testimony. */
@Service
public class Sources {

    static final List<String> RELIABILITY = List.of("high", "medium", "low", "unknown");
    private static final String SELECT = """
            select s.id, s.version, s.key, s.url, s.title::text, s.outlet, s.language, k.code as kind,
                   s.published_on, s.published_on_precision, s.accessed_on, s.reliability, s.archive_url,
                   s.archive_sha256, s.confidentiality, s.created_at, s.updated_at
            from source s join vocabulary_term k on k.id = s.kind_id
            """;

    private final JdbcClient db;
    private final Vocabularies vocabularies;

    public Sources(JdbcClient db, Vocabularies vocabularies) {
        this.db = db;
        this.vocabularies = vocabularies;
    }

    public Optional<SourceDocument> find(String reference) {
        return RecordRows.idOf(db, "source", reference)
                .map(id -> db.sql(SELECT + " where s.id = ?").param(id).query(this::row).single());
    }

    public SourceDocument get(String reference) {
        return find(reference).orElseThrow(() -> new RecordNotFoundException("source", reference));
    }

    public PageOf<SourceDocument> list(String query, int page, int size) {
        String where = " where s.deleted_at is null"
                + (query == null ? "" : " and (s.url ilike :q or s.outlet ilike :q or s.title::text ilike :q)");
        var count = db.sql("select count(*) from source s" + where);
        var items = db.sql(SELECT + where + " order by s.key limit :limit offset :offset")
                .param("limit", size).param("offset", (long) page * size);
        if (query != null) {
            String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            count = count.param("q", like);
            items = items.param("q", like);
        }
        return new PageOf<>(items.query(this::row).list(), count.query(Long.class).single(), page, size);
    }

    /** Every live source, by key: what the bundle exports. */
    public List<SourceDocument> all() {
        return db.sql(SELECT + " where s.deleted_at is null order by s.key collate \"C\"").query(this::row).list()
                .stream().map(SourceDocument::content).toList();
    }

    @Transactional
    public SourceDocument create(SourceDocument doc, Long userId) {
        Checker check = Checker.root();
        Valid v = validate(check, doc, true);
        check.throwIfProblems();
        return get(Long.toString(insert(doc, v, userId)));
    }

    /** Writes a source that {@link #validate} accepted (also the bundle importer's path). */
    @Transactional
    public long insert(SourceDocument doc, Valid v, Long userId) {
        String key = doc.key() != null ? doc.key() : RecordRows.newKey(db, "source", "source");
        return db.sql("""
                insert into source (key, url, title, outlet, language, kind_id, published_on, published_on_precision,
                    accessed_on, reliability, archive_url, archive_sha256, confidentiality, created_by, updated_by)
                values (?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(key, doc.url(), Json.write(doc.title()), doc.outlet(), doc.language(), v.kindId,
                        v.published == null ? null : v.published.date(), v.published == null ? null : v.published.precision().code(),
                        v.accessed == null ? null : v.accessed.date(), v.reliability, doc.archiveUrl(), doc.archiveSha256(),
                        v.confidentiality, userId, userId)
                .query(Long.class).single();
    }

    @Transactional
    public SourceDocument update(String reference, SourceDocument doc, Long userId) {
        long id = RecordRows.idOf(db, "source", reference).orElseThrow(() -> new RecordNotFoundException("source", reference));
        Checker check = Checker.root();
        Valid v = validate(check, doc, false);
        check.throwIfProblems();
        RecordRows.bumpVersion(db, "source", "source", id, doc.version(), userId);
        overwrite(id, doc, v);
        return get(Long.toString(id));
    }

    /** Replaces the content of a stored source (no version check: the importer's path). */
    @Transactional
    public void overwrite(long id, SourceDocument doc, Valid v) {
        db.sql("""
                update source set url = ?, title = cast(? as jsonb), outlet = ?, language = ?, kind_id = ?, published_on = ?,
                    published_on_precision = ?, accessed_on = ?, reliability = ?, archive_url = ?, archive_sha256 = ?,
                    confidentiality = ? where id = ?""")
                .params(doc.url(), Json.write(doc.title()), doc.outlet(), doc.language(), v.kindId,
                        v.published == null ? null : v.published.date(), v.published == null ? null : v.published.precision().code(),
                        v.accessed == null ? null : v.accessed.date(), v.reliability, doc.archiveUrl(), doc.archiveSha256(),
                        v.confidentiality, id)
                .update();
    }

    @Transactional
    public void delete(String reference, String reason, Long userId) {
        long id = RecordRows.idOf(db, "source", reference).orElseThrow(() -> new RecordNotFoundException("source", reference));
        RecordRows.softDelete(db, "source", "source", id, reason, userId);
    }

    /** Checks a source, adding every problem to {@code at}; the bundle import shares one checker across records. */
    public Valid validate(Checker at, SourceDocument doc, boolean creating) {
        Checker local = at;
        Valid v = new Valid();
        if (doc == null) {
            at.problem("is required");
            return v;
        }
        String key = local.at("key").key(doc.key());
        if (creating && key != null && RecordRows.keyExists(db, "source", key)) {
            local.at("key").problem("a source with key '" + key + "' already exists");
        }
        local.at("url").text(doc.url(), 4000);
        if (doc.url() != null && !doc.url().matches("^https?://\\S+$")) {
            local.at("url").problem("must be an http(s) address without spaces");
        }
        local.at("title").localized(doc.title(), 2000, false);
        if (doc.url() == null && doc.title() == null) {
            local.at("url").problem("a source needs a url or a title");
        }
        local.at("outlet").text(doc.outlet(), 300);
        if (doc.language() != null && !doc.language().matches("^[a-z]{2}$")) {
            local.at("language").problem("must be a two-letter language code such as en, ru or kk");
        }
        String kind = doc.kind() == null ? "other" : doc.kind();
        v.kindId = vocabularies.termId("source_kind", kind).orElse(null);
        if (v.kindId == null) {
            local.at("kind").problem("'" + kind + "' is not a source kind (see GET /api/v1/vocabularies/source_kind)");
        }
        v.published = local.dateWithPrecision("publishedOn", doc.publishedOn(), "publishedOnPrecision",
                doc.publishedOnPrecision(), false);
        v.accessed = local.dateWithPrecision("accessedOn", doc.accessedOn(), "accessedOnPrecision", null, false);
        v.reliability = local.at("reliability").oneOf(doc.reliability() == null ? "unknown" : doc.reliability(), RELIABILITY);
        local.at("archiveUrl").text(doc.archiveUrl(), 4000);
        if (doc.archiveSha256() != null && !doc.archiveSha256().matches("^[0-9a-f]{64}$")) {
            local.at("archiveSha256").problem("must be 64 lower-case hexadecimal digits");
        }
        v.confidentiality = local.at("confidentiality").oneOf(
                doc.confidentiality() == null ? Confidentiality.DEFAULT : doc.confidentiality(), Confidentiality.LEVELS);
        return v;
    }

    /** A checked source with its codes resolved. */
    public static final class Valid {
        Long kindId;
        DateWithPrecision published;
        DateWithPrecision accessed;
        String reliability;
        String confidentiality;
    }

    private SourceDocument row(ResultSet rs, int n) throws SQLException {
        return new SourceDocument(rs.getLong("id"), rs.getInt("version"), rs.getString("key"), rs.getString("url"),
                Json.localized(rs.getString("title")), rs.getString("outlet"), rs.getString("language"), rs.getString("kind"),
                str(rs, "published_on"), rs.getString("published_on_precision"), str(rs, "accessed_on"),
                rs.getString("reliability"), rs.getString("archive_url"), rs.getString("archive_sha256"),
                rs.getString("confidentiality"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static String str(ResultSet rs, String column) throws SQLException {
        var d = rs.getDate(column);
        return d == null ? null : d.toLocalDate().toString();
    }
}
