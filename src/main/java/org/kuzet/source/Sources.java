package org.kuzet.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.crypto.PrivateFields;
import org.kuzet.crypto.SealedColumn;
import org.kuzet.crypto.Vault;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.Json;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.NewRecords;
import org.kuzet.shared.PartRows;
import org.kuzet.shared.RecordStore;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sources of the record: articles, posts, reports, court documents, testimony. */
@Service
public class Sources extends RecordStore<SourceDocument, Sources.Valid, SourceFilter> {

    public static final List<String> RELIABILITY = List.of("high", "medium", "low", "unknown");
    private static final String SELECT = """
            select s.id, s.version, s.key, s.url, s.title::text, s.outlet, s.language, k.code as kind,
                   s.published_on, s.published_on_precision, s.accessed_on, s.reliability, s.archive_url,
                   s.archive_sha256, s.confidentiality, s.created_by, s.created_at, s.updated_at
            from source s join vocabulary_term k on k.id = s.kind_id
            """;

    static final int INFORMANT_LENGTH = 4000;
    /** Who gave a confidential source, sealed in {@code source_private}. */
    static final List<SealedColumn> PRIVATE_COLUMNS = PrivateFields.columns("source_private", "source_id", "informant");

    private final Vocabularies vocabularies;
    private final PrivateFields privateFields;

    public Sources(JdbcClient db, Vocabularies vocabularies, Vault vault) {
        super(db, "source", "s", "source", "source");
        this.vocabularies = vocabularies;
        this.privateFields = new PrivateFields(db, vault, "source_private", "source_id", "informant");
    }

    /**
     * {@code citations} followed by a citation of each of {@code newSources}, which are added to {@code records} (to
     * be checked and created with the record that cites them; their problems under {@code at[i]}).
     */
    public List<Citation> citingNew(List<Citation> citations, List<SourceDocument> newSources, NewRecords records,
                                    Checker at) {
        List<Citation> all = new ArrayList<>(citations == null ? List.of() : citations);
        for (int i = 0; i < newSources.size(); i++) {
            all.add(new Citation(records.add(this, newSources.get(i), at.at(i)), null, null));
        }
        return all;
    }

    /**
     * Whether the reader may see and set the informant of the source {@code key}: reviewers, administrators and the
     * source's creator — for a new source (no such key yet), the one creating it. The one rule for the form, the check
     * and the read ({@link PrivateFields#visibleTo}).
     */
    @Transactional(readOnly = true)
    public boolean informantVisible(String key) {
        // 0 for a source recorded by no account (an import): nobody is its creator
        Long createdBy = key == null ? null : db.sql("select coalesce(created_by, 0) from source where key = ?")
                .param(key).query(Long.class).optional().orElse(null);
        return PrivateFields.visibleTo(Actor.current(), createdBy == null ? Actor.current().userId() : createdBy);
    }

    /** What a page shows of a cited source: its title, outlet and address. */
    public record Summary(LocalizedText title, String outlet, String url) {
    }

    /** The live sources with these keys that the reader may see, by key. */
    @Transactional(readOnly = true)
    public Map<String, Summary> summariesOf(Collection<String> keys) {
        return byKeys(keys, "title::text, outlet, url", (rs, n) -> new Summary(
                rs.getString(2) == null ? null : Json.localized(rs.getString(2)), rs.getString(3), rs.getString(4)));
    }

    /**
     * The keys of up to five live sources at this address that the reader may see: a sheet's row of a source
     * already recorded is warned of (the address is not unique: a page may be cited as two sources on purpose).
     */
    @Transactional(readOnly = true)
    public List<String> keysWithUrl(String url) {
        if (url == null || url.isBlank()) {
            return List.of();
        }
        List<String> keys = db.sql("select key from source where deleted_at is null and url = ? order by key limit 5")
                .param(url.strip()).query(String.class).list();
        // read again through byKeys, which audits the confidential ones the warning names
        return byKeys(keys, "1", (rs, n) -> Boolean.TRUE).keySet().stream().sorted().toList();
    }

    @Override
    protected long insert(SourceDocument doc, Valid v, Long userId) {
        long id = PartRows.insert(db, "source",
                "key, url, title, outlet, language, kind_id, published_on, published_on_precision, accessed_on, reliability, archive_url, archive_sha256, confidentiality, created_by, updated_by",
                "?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?",
                keyFor(doc), doc.url(), Json.write(doc.title()), doc.outlet(), doc.language(), v.kindId,
                v.published == null ? null : v.published.date(),
                v.published == null ? null : v.published.precision().code(),
                v.accessed == null ? null : v.accessed.date(), v.reliability, doc.archiveUrl(), doc.archiveSha256(),
                v.confidentiality, userId, userId);
        privateFields.write(id, informant(doc));
        return id;
    }

    @Override
    protected void overwrite(long id, SourceDocument doc, Valid v) {
        db.sql("""
                update source set url = ?, title = cast(? as jsonb), outlet = ?, language = ?, kind_id = ?, published_on = ?,
                    published_on_precision = ?, accessed_on = ?, reliability = ?, archive_url = ?, archive_sha256 = ?,
                    confidentiality = ? where id = ?""")
                .params(doc.url(), Json.write(doc.title()), doc.outlet(), doc.language(), v.kindId,
                        v.published == null ? null : v.published.date(), v.published == null ? null : v.published.precision().code(),
                        v.accessed == null ? null : v.accessed.date(), v.reliability, doc.archiveUrl(), doc.archiveSha256(),
                        v.confidentiality, id)
                .update();
        // A reader who cannot see the informant sent none: keep what is stored.
        if (PrivateFields.visibleTo(Actor.current(), createdBy(id))) {
            privateFields.write(id, informant(doc));
        }
    }

    private static Map<String, String> informant(SourceDocument doc) {
        Map<String, String> values = new HashMap<>();
        values.put("informant", doc.informant());
        return values;
    }

    private Long createdBy(long id) {
        return db.sql("select created_by from source where id = ?").param(id).query(Long.class).optional().orElse(null);
    }

    /** The protected fields are kept on update for a writer who cannot see them, so they are not compared. */
    @Override
    protected SourceDocument comparable(SourceDocument doc) {
        return doc.withoutProtectedFields();
    }


    /** Checks a source beyond its key; a source refers to no other record. */
    @Override
    protected Valid check(Checker at, SourceDocument doc, String key, KeyResolver refs) {
        Valid v = new Valid();
        at.at("url").text(doc.url(), 4000);
        if (doc.url() != null && !doc.url().matches("^https?://\\S+$")) {
            at.at("url").problem("must be an http(s) address without spaces");
        }
        at.at("title").localized(doc.title(), 2000, false);
        if (doc.url() == null && doc.title() == null) {
            at.at("url").problem("a source needs a url or a title");
        }
        at.at("outlet").text(doc.outlet(), 300);
        at.at("language").languageCode(doc.language());
        String kind = doc.kind() == null ? "other" : doc.kind();
        v.kindId = vocabularies.termId("source_kind", kind).orElse(null);
        if (v.kindId == null) {
            at.at("kind").problem("'" + kind + "' is not a source kind (see GET /api/v1/vocabularies/source_kind)");
        }
        v.published = at.dateWithPrecision("publishedOn", doc.publishedOn(), "publishedOnPrecision",
                doc.publishedOnPrecision(), false);
        v.accessed = at.dateWithPrecision("accessedOn", doc.accessedOn(), "accessedOnPrecision", null, false);
        v.reliability = at.at("reliability").oneOf(doc.reliability() == null ? "unknown" : doc.reliability(), RELIABILITY);
        at.at("archiveUrl").text(doc.archiveUrl(), 4000);
        if (doc.archiveSha256() != null && !doc.archiveSha256().matches("^[0-9a-f]{64}$")) {
            at.at("archiveSha256").problem("must be 64 lower-case hexadecimal digits");
        }
        at.at("informant").text(doc.informant(), INFORMANT_LENGTH);
        if (doc.informant() != null && !informantVisible(key)) {
            at.at("informant").problem("only reviewers, administrators and the source's creator may set it");
        }
        v.confidentiality = at.at("confidentiality").oneOf(
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

    @Override
    protected List<SourceDocument> load(List<Long> ids) {
        record Row(SourceDocument doc, Long createdBy) {
        }
        List<Row> rows = db.sql(SELECT + " where s.id in (:ids)").param("ids", ids)
                .query((rs, n) -> new Row(row(rs, n), rs.getObject("created_by", Long.class))).list();
        Map<Long, Map<String, String>> sealed = privateFields.read(rows.stream()
                .filter(r -> PrivateFields.visibleTo(Actor.current(), r.createdBy)).map(r -> r.doc.id()).toList());
        return rows.stream().map(r -> withInformant(r.doc, sealed.getOrDefault(r.doc.id(), Map.of()).get("informant")))
                .toList();
    }

    private static SourceDocument withInformant(SourceDocument d, String informant) {
        return new SourceDocument(d.id(), d.version(), d.key(), d.url(), d.title(), d.outlet(), d.language(), d.kind(),
                d.publishedOn(), d.publishedOnPrecision(), d.accessedOn(), d.reliability(), d.archiveUrl(),
                d.archiveSha256(), informant, d.confidentiality(), d.createdAt(), d.updatedAt());
    }

    private SourceDocument row(ResultSet rs, int n) throws SQLException {
        return new SourceDocument(rs.getLong("id"), rs.getInt("version"), rs.getString("key"), rs.getString("url"),
                Json.localized(rs.getString("title")), rs.getString("outlet"), rs.getString("language"), rs.getString("kind"),
                str(rs, "published_on"), rs.getString("published_on_precision"), str(rs, "accessed_on"),
                rs.getString("reliability"), rs.getString("archive_url"), rs.getString("archive_sha256"),
                null, rs.getString("confidentiality"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static String str(ResultSet rs, String column) throws SQLException {
        var d = rs.getDate(column);
        return d == null ? null : d.toLocalDate().toString();
    }
}
