package org.kuzet.vocabulary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.Checker;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.TransactionScoped;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The controlled vocabularies: terms, legal articles and places. Other features resolve codes through this. */
@Service
public class Vocabularies {

    public static final Set<String> NAMES = Set.of("incident_type", "right", "role", "perpetrator_kind",
            "organization_kind", "source_kind", "vulnerability");
    public static final List<String> LEGAL_CODES = List.of("CC", "AC", "CPC", "CONST");

    private final JdbcClient db;
    private final ApplicationEventPublisher events;

    public Vocabularies(JdbcClient db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    public Optional<Long> termId(String vocabulary, String code) {
        return remembered("term", vocabulary + "/" + code, () -> db.sql(
                "select id from vocabulary_term where vocabulary = ? and code = ?")
                .params(vocabulary, code).query(Long.class).optional());
    }

    /**
     * The ids of a list of codes of one vocabulary, adding a problem under {@code at} for each missing, unknown or
     * repeated code (the same check for incident types, rights, roles and vulnerabilities).
     */
    public List<Long> termIds(Checker at, String vocabulary, List<String> codes) {
        List<Long> ids = new java.util.ArrayList<>();
        if (codes == null) {
            return ids;
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Checker c = at.at(i);
            if (!c.required(code)) {
                continue;
            }
            Optional<Long> id = termId(vocabulary, code);
            if (id.isEmpty()) {
                c.problem("'" + (code.length() <= 60 ? code : code.substring(0, 57) + "...") + "' is not a known "
                        + vocabulary.replace('_', ' ') + " (see GET /api/v1/vocabularies/" + vocabulary + ")");
            } else if (ids.contains(id.get())) {
                c.problem("'" + code + "' is listed twice");
            } else {
                ids.add(id.get());
            }
        }
        return ids;
    }

    public Optional<Long> articleId(String code, String article) {
        return remembered("article", code + "-" + article, () -> db.sql(
                "select id from legal_article where code = ? and article = ?")
                .params(code, article).query(Long.class).optional());
    }

    public Optional<Long> placeId(String code) {
        return remembered("place", code, () -> db.sql("select id from place where code = ?").param(code)
                .query(Long.class).optional());
    }

    /**
     * The id a lookup found, remembered until the transaction ends: a term, article or place keeps its id once it
     * exists (saving one again updates it in place, and none is deleted), so an import of thousands of records asks
     * once per code. What is not found is asked again, since it may be added in the same transaction.
     */
    private Optional<Long> remembered(String kind, String code, Supplier<Optional<Long>> lookup) {
        Map<String, Long> found = TransactionScoped.get(this, HashMap::new);
        String key = kind + ":" + code;
        Long id = found.get(key);
        if (id != null) {
            return Optional.of(id);
        }
        Optional<Long> looked = lookup.get();
        looked.ifPresent(value -> found.put(key, value));
        return looked;
    }

    public Map<String, List<Term>> terms() {
        Map<String, List<Term>> byVocabulary = new TreeMap<>();
        db.sql("select vocabulary, code, label_en, label_ru, label_kk, active from vocabulary_term order by vocabulary, sort_order, code")
                .query((rs, n) -> new Object[] {rs.getString(1), new Term(rs.getString(1), rs.getString(2),
                        new Labels(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getBoolean(6))})
                .list()
                .forEach(row -> byVocabulary.computeIfAbsent((String) row[0], k -> new java.util.ArrayList<>()).add((Term) row[1]));
        return byVocabulary;
    }

    public List<Term> terms(String vocabulary) {
        return db.sql("select vocabulary, code, label_en, label_ru, label_kk, active from vocabulary_term where vocabulary = ? order by sort_order, code")
                .param(vocabulary)
                .query((rs, n) -> new Term(rs.getString(1), rs.getString(2),
                        new Labels(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getBoolean(6)))
                .list();
    }

    /** Terms of one group of a vocabulary, as a picker offers them ("liberty": detention, house arrest…). */
    public record TermGroup(String category, List<Term> terms) {
    }

    /**
     * The active terms of a vocabulary in their groups, groups in the order of their first term, each in sort order;
     * the terms of no group (added since) last, under {@code other}.
     */
    public List<TermGroup> activeTermsInGroups(String vocabulary) {
        Map<String, List<Term>> groups = new java.util.LinkedHashMap<>();
        db.sql("""
                select vocabulary, code, label_en, label_ru, label_kk, active, coalesce(category, 'other') from vocabulary_term
                where vocabulary = ? and active order by category is null, sort_order, code""")
                .param(vocabulary)
                .query((rs, n) -> Map.entry(rs.getString(7), new Term(rs.getString(1), rs.getString(2),
                        new Labels(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getBoolean(6))))
                .list()
                .forEach(e -> groups.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return groups.entrySet().stream().map(e -> new TermGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    public List<LegalArticle> articles() {
        return db.sql("select code, article, label_en, label_ru, label_kk from legal_article order by code, article")
                .query((rs, n) -> new LegalArticle(rs.getString(1), rs.getString(2),
                        new Labels(rs.getString(3), rs.getString(4), rs.getString(5))))
                .list()
                .stream().sorted(LegalArticle.ORDER).toList();
    }

    public List<Place> places() {
        return db.sql("""
                select p.code, p.kind, parent.code, p.name_en, p.name_ru, p.name_kk, p.former_names::text, p.latitude, p.longitude
                from place p left join place parent on parent.id = p.parent_id order by p.code""")
                .query((rs, n) -> new Place(rs.getString(1), rs.getString(2), rs.getString(3),
                        new Labels(rs.getString(4), rs.getString(5), rs.getString(6)),
                        FormerName.parseList(rs.getString(7)), rs.getBigDecimal(8), rs.getBigDecimal(9)))
                .list();
    }

    /**
     * Adds or relabels a term as an administrator asked (API or page): checks the vocabulary, the code and the labels
     * (English and Russian required), saves, and records the change in the audit trail.
     */
    @Transactional
    public Term saveChecked(String vocabulary, String code, Labels labels, boolean active) {
        Checker check = Checker.root();
        check.at("vocabulary").oneOf(vocabulary, NAMES.stream().sorted().toList());
        if (code == null || !code.matches("^[a-z][a-z0-9_]{0,62}$")) {
            check.at("code").problem("must be lower-case letters, digits and _, starting with a letter");
        }
        if (check.at("labels").required(labels)) {
            check.at("labels").at("en").requiredText(labels.en(), 300);
            check.at("labels").at("ru").requiredText(labels.ru(), 300);
            check.at("labels").at("kk").text(labels.kk(), 300);
        }
        check.throwIfProblems();
        Labels trimmed = new Labels(labels.en().strip(), labels.ru().strip(),
                labels.kk() == null || labels.kk().isBlank() ? null : labels.kk().strip());
        Term term = new Term(vocabulary, code, trimmed, active);
        boolean existed = termId(vocabulary, code).isPresent();
        saveTerm(term);
        events.publishEvent(new AuditEvent(existed ? "vocabulary_term_changed" : "vocabulary_term_added", "vocabulary",
                vocabulary + "/" + code, Map.of("en", trimmed.en(), "ru", trimmed.ru(), "active", active)));
        return term;
    }

    /** Adds the term, or relabels it when it exists. */
    @Transactional
    public void saveTerm(Term term) {
        save(term, "excluded.label_kk");
    }

    /**
     * Adds the term, or relabels it when it exists, as an imported bundle says: a Kazakh label the bundle does not
     * give (it is optional there) is kept rather than erased.
     */
    @Transactional
    public void importTerm(Term term) {
        save(term, "coalesce(excluded.label_kk, vocabulary_term.label_kk)");
    }

    private void save(Term term, String kazakhLabel) {
        db.sql("""
                insert into vocabulary_term (vocabulary, code, label_en, label_ru, label_kk, active,
                    sort_order) values (:v, :c, :en, :ru, :kk, :active,
                    coalesce((select max(sort_order) + 10 from vocabulary_term where vocabulary = :v), 0))
                on conflict (vocabulary, code) do update set label_en = excluded.label_en, label_ru = excluded.label_ru,
                    label_kk = %s, active = excluded.active""".formatted(kazakhLabel))
                .param("v", term.vocabulary()).param("c", term.code())
                .param("en", term.labels().en()).param("ru", term.labels().ru()).param("kk", term.labels().kk())
                .param("active", term.active())
                .update();
    }

    /** An article a writer proposed and no administrator has confirmed yet. */
    public record ProposedArticle(LegalArticle article, String proposedBy, java.time.OffsetDateTime proposedAt) {
    }

    /**
     * Proposes an article the vocabulary does not have, with the offence as the source writes it (used as its label in
     * every language until an administrator confirms it): usable at once, listed for confirmation. Problems go to
     * {@code at} and nothing is written then; an article that exists already is left as it is.
     */
    @Transactional
    public void proposeArticle(Checker at, String code, String article, String asWritten, Long userId) {
        at.at("code").oneOf(code, LEGAL_CODES);
        if (article == null || !article.matches("^[0-9]+(-[0-9]+)?$")) {
            at.at("article").problem("'" + article + "' is not an article number such as 405 or 73-3");
        }
        if (asWritten == null || asWritten.isBlank()) {
            at.at("label").problem("is required to propose a new article: the offence as the source writes it");
        } else {
            at.at("label").text(asWritten, 300);
        }
        if (at.hasProblems() || articleId(code, article).isPresent()) {
            return;
        }
        String label = asWritten.strip();
        db.sql("""
                insert into legal_article (code, article, label_en, label_ru, label_kk, proposed_by, proposed_at)
                values (?, ?, ?, ?, ?, ?, now()) on conflict (code, article) do nothing""")
                .params(code, article, label, label, label, userId).update();
        events.publishEvent(new AuditEvent("legal_article_proposed", "vocabulary", "legal_article/" + code + "-" + article,
                Map.of("label", label)));
    }

    /** The articles proposed and not yet confirmed, oldest first. */
    public List<ProposedArticle> proposedArticles() {
        return db.sql("""
                select a.code, a.article, a.label_en, a.label_ru, a.label_kk, u.username, a.proposed_at
                from legal_article a left join app_user u on u.id = a.proposed_by
                where a.proposed_at is not null order by a.proposed_at, a.code, a.article""")
                .query((rs, n) -> new ProposedArticle(new LegalArticle(rs.getString(1), rs.getString(2),
                        new Labels(rs.getString(3), rs.getString(4), rs.getString(5))), rs.getString(6),
                        rs.getObject(7, java.time.OffsetDateTime.class)))
                .list();
    }

    /** An administrator confirms a proposed article with its labels (English and Russian required); audited. */
    @Transactional
    public void confirmArticle(String code, String article, Labels labels) {
        Checker check = Checker.root();
        if (check.at("labels").required(labels)) {
            check.at("labels").at("en").requiredText(labels.en(), 300);
            check.at("labels").at("ru").requiredText(labels.ru(), 300);
            check.at("labels").at("kk").text(labels.kk(), 300);
        }
        check.throwIfProblems();
        int updated = db.sql("""
                update legal_article set label_en = ?, label_ru = ?, label_kk = ?, proposed_by = null, proposed_at = null
                where code = ? and article = ? and proposed_at is not null""")
                .params(labels.en().strip(), labels.ru().strip(), labels.kk() == null || labels.kk().isBlank() ? null
                        : labels.kk().strip(), code, article).update();
        if (updated == 0) {
            throw new RecordNotFoundException("proposed legal article", code + "-" + article);
        }
        events.publishEvent(new AuditEvent("legal_article_confirmed", "vocabulary", "legal_article/" + code + "-" + article,
                Map.of("en", labels.en().strip(), "ru", labels.ru().strip())));
    }

    @Transactional
    public void saveArticle(LegalArticle article) {
        db.sql("""
                insert into legal_article (code, article, label_en, label_ru, label_kk) values (?, ?, ?, ?, ?)
                on conflict (code, article) do update set label_en = excluded.label_en, label_ru = excluded.label_ru,
                    label_kk = excluded.label_kk""")
                .params(article.code(), article.article(), article.labels().en(), article.labels().ru(), article.labels().kk())
                .update();
    }

    /** Adds or updates a place; its parent must exist already. */
    @Transactional
    public void savePlace(Place place) {
        db.sql("""
                insert into place (code, kind, parent_id, name_en, name_ru, name_kk, former_names, latitude, longitude)
                values (:code, :kind, (select id from place where code = :parent), :en, :ru, :kk, cast(:former as jsonb), :lat, :lon)
                on conflict (code) do update set kind = excluded.kind, parent_id = excluded.parent_id,
                    name_en = excluded.name_en, name_ru = excluded.name_ru, name_kk = excluded.name_kk,
                    former_names = excluded.former_names, latitude = excluded.latitude, longitude = excluded.longitude""")
                .param("code", place.code()).param("kind", place.kind()).param("parent", place.parent())
                .param("en", place.names().en()).param("ru", place.names().ru()).param("kk", place.names().kk())
                .param("former", FormerName.toJson(place.formerNames()))
                .param("lat", place.latitude()).param("lon", place.longitude())
                .update();
    }
}
