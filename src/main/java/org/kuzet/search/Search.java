package org.kuzet.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kuzet.incident.IncidentOrganizationsSeen;
import org.kuzet.names.NameKeys;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.Json;
import org.kuzet.shared.LocalizedText;
import org.kuzet.vocabulary.Labels;
import org.kuzet.vocabulary.LegalArticle;
import org.kuzet.vocabulary.Place;
import org.kuzet.vocabulary.Regions;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * One search across incidents, persons, organisations, legal cases, sources and events: full text in English and
 * Russian with stemming, Kazakh and Russian folded to Latin, names matched across scripts, facets with counts.
 *
 * <p>Two statements per search, whatever the page size — three when the query may be a name: the names close to
 * it (read once, under the reader's row-level security), the page of results (with snippets, why each matched, and
 * the total) and every facet's counts. They read {@code search_document} and {@code name_key} under row-level
 * security, so results, totals and counts only ever include records the reader may see.
 */
@Service
public class Search {

    static final int LONG_FACET = 12;
    // the words of a query that may be a name: a hyphen joins two words of a name (Serikbaeva-Erbolqyzy)
    private static final Pattern NAME_WORDS = Pattern.compile("[\\s\\-‐]+");
    // ts_headline options: the two control characters mark a match (the index strips them from every text)
    private static final String HEADLINE = "StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2, "
            + "FragmentDelimiter=\" … \"";

    private final JdbcClient db;
    private final Vocabularies vocabularies;
    private final ApplicationEventPublisher events;

    Search(JdbcClient db, Vocabularies vocabularies, ApplicationEventPublisher events) {
        this.db = db;
        this.vocabularies = vocabularies;
        this.events = events;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public SearchResult search(SearchRequest request, String lang) {
        request.check();
        SearchQuery query = SearchQuery.parse(request.q());
        Statement statement = new Statement(query, request);
        if (statement.mayBeName()) {
            // the names close to the query, found once for the page, its total and the facets (each used to look
            // them up again through the trigram indexes)
            List<String> types = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            List<Double> similarities = new ArrayList<>();
            statement.bind(db.sql(statement.nameMatches())).query((rs, n) -> {
                types.add(rs.getString(1));
                ids.add(rs.getLong(2));
                return similarities.add(rs.getDouble(3));
            }).list();
            statement.namesFound(types, ids, similarities);
        }
        List<Row> rows = statement.bind(db.sql(statement.page())).param("limit", request.pageSize())
                .param("offset", (long) request.pageNumber() * request.pageSize())
                .param("headline", HEADLINE)
                .query((rs, n) -> new Row(rs.getString("subject_type"), rs.getString("key"), rs.getString("title"),
                        rs.getString("date"), rs.getBoolean("exact"), rs.getDouble("name_similarity"), rs.getString("variant"),
                        rs.getString("headline_en"), rs.getString("headline_ru"), rs.getBoolean("in_a"), rs.getBoolean("in_b"),
                        rs.getBoolean("in_c"), rs.getBoolean("in_d"), rs.getString("confidentiality"), rs.getLong("total")))
                .list();
        long total = !rows.isEmpty() ? rows.getFirst().total
                : statement.bind(db.sql(statement.count())).query(Long.class).single();
        List<SearchResult.Hit> hits = rows.stream().map(r -> hit(r, lang)).toList();
        auditConfidentialReads(rows);
        return new SearchResult(query.toString(), total, request.pageNumber(), request.pageSize(), hits,
                facets(statement, request, lang));
    }

    private SearchResult.Hit hit(Row r, String lang) {
        List<String> matched = new ArrayList<>();
        if (r.exact) {
            matched.add("exact_name");
        }
        boolean variant = !r.exact && r.nameSimilarity > 0 && r.variant != null;
        if (variant) {
            matched.add("name_variant");
        }
        if (r.inA) {
            matched.add("title");
        }
        if (r.inB) {
            matched.add("alias");
        }
        if (r.inC) {
            matched.add("text");
        }
        if (r.inD) {
            matched.add("other");
        }
        String headline = r.headlineEn != null && r.headlineEn.indexOf('\u0002') >= 0 ? r.headlineEn
                : r.headlineRu != null && r.headlineRu.indexOf('\u0002') >= 0 ? r.headlineRu : r.headlineEn;
        return new SearchResult.Hit(r.type, r.key, title(r.title, lang), r.date, parts(headline), matched,
                variant ? r.variant : null);
    }

    /**
     * The record's title in {@code lang}, else in its original language ({@link LocalizedText#in}, the one label
     * fallback), or the name of a person or organisation ({@code {"name": ...}}).
     */
    static String title(String json, String lang) {
        JsonNode node = Json.MAPPER.readTree(json);
        if (node.path("name").isString()) {
            return node.path("name").asString();
        }
        if (!node.path("original").isString()) {
            return "";
        }
        String text = Json.localized(json).in(lang).text();
        return text == null ? "" : text;
    }

    /** Splits a headline at its markers into plain-text parts. */
    static List<SearchResult.Part> parts(String headline) {
        List<SearchResult.Part> parts = new ArrayList<>();
        if (headline == null || headline.isBlank()) {
            return parts;
        }
        StringBuilder text = new StringBuilder();
        boolean highlighted = false;
        for (char c : headline.toCharArray()) {
            if (c == '\u0002' || c == '\u0003') {
                if (!text.isEmpty()) {
                    parts.add(new SearchResult.Part(text.toString(), highlighted));
                    text.setLength(0);
                }
                highlighted = c == '\u0002';
            } else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            parts.add(new SearchResult.Part(text.toString(), highlighted));
        }
        return parts;
    }

    /** Showing a confidential record, even as one line of results, is a read the audit trail records. */
    private void auditConfidentialReads(List<Row> rows) {
        Map<String, List<String>> keys = rows.stream().filter(r -> "confidential".equals(r.confidentiality))
                .collect(Collectors.groupingBy(r -> r.type, LinkedHashMap::new, Collectors.mapping(r -> r.key, Collectors.toList())));
        keys.forEach((type, list) -> events.publishEvent(AuditEvent.recordsRead(type, list)));
    }

    private List<SearchResult.Facet> facets(Statement statement, SearchRequest request, String lang) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        statement.bind(db.sql(statement.facets())).query((rs, n) -> {
            String f = rs.getString(1);
            int colon = f.indexOf(':');
            counts.computeIfAbsent(f.substring(0, colon), k -> new HashMap<>()).merge(f.substring(colon + 1), rs.getLong(2), Long::sum);
            return null;
        }).list();
        Map<String, String> filters = request.filters();
        List<SearchResult.Facet> facets = new ArrayList<>();
        Map<String, Place> places = vocabularies.places().stream().collect(Collectors.toMap(Place::code, p -> p));
        Map<String, Labels> terms = new HashMap<>();
        vocabularies.terms().forEach((vocabulary, list) -> list.forEach(t -> terms.put(vocabulary + ":" + t.code(), t.labels())));
        Map<String, Labels> articles = vocabularies.articles().stream()
                .collect(Collectors.toMap(a -> a.code() + "-" + a.article(), LegalArticle::labels));
        for (String facet : SearchRequest.FACETS) {
            Map<String, Long> values = new HashMap<>(counts.getOrDefault(facet, Map.of()));
            String selected = filters.get(facet);
            if (selected != null) {
                values.putIfAbsent(selected, 0L);
            }
            Map<String, String> labels = switch (facet) {
                case "incidentType" -> labelled(values, code -> terms.get("incident_type:" + code), lang);
                case "right" -> labelled(values, code -> terms.get("right:" + code), lang);
                case "perpetrator" -> labelled(values, code -> terms.get("perpetrator_kind:" + code), lang);
                case "article" -> labelled(values, code -> articles.get(code), lang).entrySet().stream().collect(
                        Collectors.toMap(Map.Entry::getKey, e -> e.getKey().replaceFirst("-", " ")
                                + (articles.containsKey(e.getKey()) ? " · " + e.getValue() : "")));
                case "region" -> regions(values, Regions.of(places.values()), places, selected, lang);
                case "organization" -> organizations(values.keySet());
                default -> values.keySet().stream().collect(Collectors.toMap(k -> k, k -> k));
            };
            List<SearchResult.FacetValue> all = new ArrayList<>();
            labels.forEach((value, label) -> all.add(new SearchResult.FacetValue(value, label, values.get(value),
                    value.equals(selected))));
            Comparator<SearchResult.FacetValue> order = facet.equals("year")
                    ? Comparator.comparing(SearchResult.FacetValue::value).reversed()
                    : Comparator.comparingLong(SearchResult.FacetValue::count).reversed()
                            .thenComparing(SearchResult.FacetValue::label, String.CASE_INSENSITIVE_ORDER);
            all.sort(order);
            List<SearchResult.FacetValue> list = all;
            if (list.size() > LONG_FACET && (facet.equals("organization") || facet.equals("article"))) {
                List<SearchResult.FacetValue> top = new ArrayList<>(list.subList(0, LONG_FACET));
                list.subList(LONG_FACET, list.size()).stream().filter(SearchResult.FacetValue::selected).forEach(top::add);
                list = top;
            }
            facets.add(new SearchResult.Facet(facet, list));
        }
        return facets;
    }

    private static Map<String, String> labelled(Map<String, Long> values, java.util.function.Function<String, Labels> labels,
                                                String lang) {
        Map<String, String> out = new HashMap<>();
        values.keySet().forEach(code -> {
            Labels l = labels.apply(code);
            out.put(code, l == null ? code : l.in(lang));
        });
        return out;
    }

    /**
     * The groups of the region roll-up ({@link Regions}) whose count is their records' count: regions, and countries
     * abroad. A document is counted under each place it lies in, so the count of Kazakhstan itself would be all of
     * it, not the records that roll up to it; that value is shown only when selected.
     */
    private static Map<String, String> regions(Map<String, Long> values, Regions regions, Map<String, Place> places,
                                               String selected, String lang) {
        Map<String, String> out = new HashMap<>();
        values.keySet().forEach(code -> {
            Place p = places.get(code);
            if (regions.isWholeGroup(code) || code.equals(selected)) {
                out.put(code, p == null ? code : p.names().in(lang));
            }
        });
        return out;
    }

    /** The names of the organisations the reader may see; a hidden one is no facet value at all. */
    private Map<String, String> organizations(Set<String> keys) {
        Map<String, String> names = new HashMap<>();
        if (!keys.isEmpty()) {
            db.sql("select key, name from organization where deleted_at is null and key in (:keys)").param("keys", keys)
                    .query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        }
        return names;
    }

    private record Row(String type, String key, String title, String date, boolean exact, double nameSimilarity,
                       String variant, String headlineEn, String headlineRu, boolean inA, boolean inB, boolean inC,
                       boolean inD, String confidentiality, long total) {
    }

    /**
     * The SQL of one search. Built only from fixed fragments and parameter names: the words are bound (see
     * {@link SearchQuery}), as are the filter values.
     */
    static final class Statement {

        private final SearchRequest request;
        private final String tsquery;
        private final String name;
        private final Map<String, Object> params = new LinkedHashMap<>();
        // the readings of each word of a query that may be a name (NameKeys.readings)
        private final List<List<String>> nameWords = new ArrayList<>();
        // whether the name matches were found already and are bound as arrays (namesFound)
        private boolean namesFound;

        Statement(SearchQuery query, SearchRequest request) {
            this.request = request;
            this.tsquery = query.tsquery();
            this.name = query.plainName();
            params.putAll(query.params());
            params.put("exact", query.exactForms().toArray(String[]::new));
            if (name != null) {
                params.put("nameLatin", NameKeys.latin(name));
                params.put("nameSkeleton", NameKeys.skeleton(name));
                for (String word : NAME_WORDS.split(name)) {
                    List<String> readings = new ArrayList<>();
                    NameKeys.readings(word).forEach(readings::addAll);
                    if (!readings.isEmpty()) {
                        int i = nameWords.size();
                        nameWords.add(readings);
                        params.put("nl" + i, NameKeys.latin(word));
                        for (int j = 0; j < readings.size(); j++) {
                            params.put("ns" + i + "_" + j, readings.get(j));
                        }
                        params.put("nd" + i, NameKeys.slipKeys(word).toArray(String[]::new));
                    }
                }
            }
            request.filters().forEach((facet, value) -> params.put("f_" + facet, facet + ":" + value));
            if (request.organization() != null) {
                params.put("organizationKey", request.organization());
            }
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            for (var e : params.entrySet()) {
                spec = spec.param(e.getKey(), e.getValue());
            }
            return spec;
        }

        /**
         * Names close to the query: a word of the query is close to a name when a reading of it ({@code NameKeys}) is
         * close by trigram word similarity to the name's readings (indexed), or its Latin form to the name's, or
         * it shares a slip key with the name (a dropped, doubled or swapped letter: indexed, counted as 0.8). Every
         * word must be close to the name, so that "Mamaj" finds "Zhanbolat Mamay" and "Mamaj Abishev" finds
         * neither of two people each sharing one of the words; but of a query of three words or more one may be
         * missing from the name (a patronymic the record does not hold: "Almat Erlanuly Zhumagulov" finds Almat
         * Zhumagulov, ranked by the share of the words found).
         */
        private String names() {
            if (namesFound) {
                return "names (subject_type, subject_id, similarity) as (select cast(f.t as search_subject), f.i, f.s"
                        + " from unnest(cast(:nameTypes as text[]), cast(:nameIds as bigint[]), cast(:nameSimilarities as float8[]))"
                        + " as f(t, i, s))";
            }
            if (nameWords.isEmpty()) {
                return "names (subject_type, subject_id, similarity) as (select null::text, null::bigint, 0::real where false)";
            }
            List<String> each = new ArrayList<>();
            List<String> similarity = new ArrayList<>();
            for (int i = 0; i < nameWords.size(); i++) {
                List<String> close = new ArrayList<>();
                List<String> similar = new ArrayList<>();
                for (int j = 0; j < nameWords.get(i).size(); j++) {
                    close.add(":ns%d_%d <%% k.skeleton".formatted(i, j));
                    similar.add("word_similarity(:ns%d_%d, k.skeleton)".formatted(i, j));
                }
                close.add(":nl%d <%% k.latin".formatted(i));
                similar.add("word_similarity(:nl%d, k.latin)".formatted(i));
                close.add("k.slips && cast(:nd%d as text[])".formatted(i));
                similar.add("case when k.slips && cast(:nd%d as text[]) then 0.8 else 0 end".formatted(i));
                each.add("(" + String.join(" or ", close) + ")");
                similarity.add("(case when " + each.getLast() + " then greatest(" + String.join(", ", similar)
                        + ") else 0 end)");
            }
            int required = nameWords.size() >= 3 ? nameWords.size() - 1 : nameWords.size();
            String found = each.stream().map(c -> "(case when " + c + " then 1 else 0 end)").collect(Collectors.joining(" + "));
            // When every word must be close, saying so lets PostgreSQL intersect the words' index scans (a word that
            // is no name, as "detained", ends the search) where an "or" reads every name close to any one word
            String close = required == nameWords.size() ? String.join(" and ", each)
                    : "(" + String.join(" or ", each) + ") and " + found + " >= " + required;
            return """
                    names (subject_type, subject_id, similarity) as (
                        select k.subject_type, k.subject_id, max((%s) / %d)
                        from name_key k where %s
                        group by k.subject_type, k.subject_id)""".formatted(String.join(" + ", similarity), nameWords.size(),
                    close);
        }

        /**
         * The query as one value of the statement: a scalar subquery, which PostgreSQL computes once (an InitPlan)
         * rather than parsing and unaccenting every word again for each row it ranks, filters or cuts a headline
         * from, and which still serves as the condition of the text index.
         */
        private String queryOnce() {
            return tsquery == null ? "null::tsquery" : "(select " + tsquery + ")";
        }

        /** The records that match: the words (or a name), and every filter except {@code except}'s own. */
        private String matching(String except) {
            StringBuilder where = new StringBuilder(tsquery == null || name != null ? "true" : "d.document @@ q.query");
            for (String facet : request.filters().keySet()) {
                String condition = "d.facets @> array[cast(:f_" + facet + " as text)]";
                if (facet.equals("organization")) {
                    // an incident's organisations are not in its document but read here, under the reader's row-level
                    // security: a victim's membership is part of a person the reader may not see (V16)
                    condition = "(" + condition + " or (d.subject_type = 'incident' and d.subject_id in ("
                            + "select x.incident_id from incident_organization x where x.organization_id = "
                            + "(select o.id from organization o where o.key = :organizationKey))))";
                    // a filter on an organisation the reader may not see finds nothing
                    condition += " and exists (select 1 from organization o where o.key = :organizationKey and o.deleted_at is null)";
                }
                where.append(" and ").append(except == null ? "(" + condition + ")"
                        : "(split_part(" + except + ", ':', 1) = '" + facet + "' or (" + condition + "))");
            }
            return where.toString();
        }

        /**
         * The documents to consider, the query, and the name matches. When the query may also be a name, the
         * documents that match the text (through its index) and those of the names that do not are put together,
         * whole: an {@code or} across the two would keep the text index unused, and uniting only their keys made
         * PostgreSQL join them back to every document of the record.
         */
        private String from() {
            String documents = tsquery == null || name == null ? "search_document d"
                    : "(select t.* from search_document t where t.document @@ " + tsquery
                    + " union all select t.* from names m join search_document t"
                    + " on t.subject_type = m.subject_type and t.subject_id = m.subject_id"
                    + " where not (t.document @@ " + queryOnce() + ")) d";
            return " from " + documents + " cross join (select " + queryOnce() + " as query) q"
                    + " left join names n on n.subject_type = d.subject_type and n.subject_id = d.subject_id";
        }

        /** Whether the query may be a name, whose matches {@link #nameMatches} finds. */
        boolean mayBeName() {
            return !nameWords.isEmpty();
        }

        /** The records whose names are close to the query: type, id and similarity. */
        String nameMatches() {
            return "with " + names() + " select subject_type::text, subject_id, similarity from names";
        }

        /** The statements that follow use these matches of {@link #nameMatches} instead of finding them again. */
        void namesFound(List<String> types, List<Long> ids, List<Double> similarities) {
            params.put("nameTypes", types.toArray(String[]::new));
            params.put("nameIds", ids.toArray(Long[]::new));
            params.put("nameSimilarities", similarities.toArray(Double[]::new));
            namesFound = true;
        }

        String count() {
            return "with " + names() + " select count(*)" + from() + " where " + matching(null);
        }

        /**
         * Every facet's counts. An incident's organisations are not in its document: they are counted from the
         * values kept per incident ({@link IncidentOrganizationsSeen}: the organisations the reader sees, one index
         * read per matching incident), under every filter but the organisation's own, and added to the organisations
         * other records' documents name; the organisations are named after counting.
         */
        String facets() {
            return "with " + names() + ", " + IncidentOrganizationsSeen.OWN
                    + " select f, count(*)" + from() + " cross join unnest(d.facets) f where "
                    + matching("f") + " group by f"
                    + " union all select 'organization:' || o.key, c.n from (select x.organization_id, count(distinct d.subject_id) as n"
                    + from() + " cross join lateral " + IncidentOrganizationsSeen.of("d.subject_id") + " x"
                    + " where d.subject_type = 'incident' and " + matching("'organization:'") + " group by x.organization_id) c"
                    + " join organization o on o.id = c.organization_id and o.deleted_at is null";
        }

        /**
         * The page of results with the total, their snippets and why each matched. Only keys and ranks are sorted;
         * the texts are read for the page's rows alone.
         */
        String page() {
            String order = request.byDate()
                    ? "h.date desc nulls last, h.exact desc, h.name_similarity desc, h.rank desc, h.key"
                    : "h.exact desc, h.name_similarity desc, h.rank desc, h.date desc nulls last, h.key";
            return "with " + names() + """
                    , hits as (
                        select d.subject_type, d.subject_id, d.key, d.date, d.exact && cast(:exact as text[]) as exact, coalesce(n.similarity, 0) as name_similarity,
                            coalesce(ts_rank_cd(d.document, q.query), 0) as rank
                        """ + from() + " where " + matching(null) + """
                    ), ranked as (
                        select h.*, count(*) over () as total from hits h order by %s limit :limit offset :offset
                    )
                    select h.subject_type, h.key, d.title::text as title, h.date::text as date, h.exact, h.name_similarity, h.total,
                        (select k.variant from name_key k where h.name_similarity > 0 and k.subject_type = h.subject_type
                            and k.subject_id = h.subject_id order by greatest(word_similarity(%s, k.skeleton),
                            word_similarity(%s, k.latin)) desc, k.id limit 1) as variant,
                        case when q.query is null then left(d.body, 240) else ts_headline('english', d.body, q.query, :headline) end
                            as headline_en,
                        case when q.query is null then null else ts_headline('russian', d.body, q.query, :headline) end
                            as headline_ru,
                        coalesce(ts_filter(d.document, '{a}') @@ q.query, false) as in_a,
                        coalesce(ts_filter(d.document, '{b}') @@ q.query, false) as in_b,
                        coalesce(ts_filter(d.document, '{c}') @@ q.query, false) as in_c,
                        coalesce(ts_filter(d.document, '{d}') @@ q.query, false) as in_d,
                        d.confidentiality -- the record's own, which SearchIndex copies with every change (V15)
                    from ranked h join search_document d on d.subject_type = h.subject_type and d.subject_id = h.subject_id
                    cross join (select %s as query) q
                    order by %s""".formatted(order, name == null ? "''" : ":nameSkeleton", name == null ? "''" : ":nameLatin",
                    queryOnce(), order);
        }
    }
}
