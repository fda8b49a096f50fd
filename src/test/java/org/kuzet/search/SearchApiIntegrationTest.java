package org.kuzet.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search of the API over a small record of its own: every fixture's text carries one made-up word
 * ({@link #tag}), so that queries which add it find only this class's records in the shared database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiIntegrationTest extends ApiIntegrationTest {

    /** Letters only, so that every text-search parser keeps it one word. */
    private final String tag = letters("zq");
    private final String k = unique("s");

    @Autowired
    private SearchIndex index;
    @Autowired
    private JdbcClient db;
    @Autowired
    private PlatformTransactionManager transactions;

    @BeforeAll
    void aSmallRecordInThreeScripts() {
        create("/api/v1/persons", """
                {'key': '%s-mamay', 'name': 'Zhanbolat Mamay', 'place': 'kz-almaty-city', 'confidentiality': 'public',
                 'names': [{'name': 'Жанболат Мамай', 'script': 'Cyrl', 'lang': 'ru'}],
                 'description': {'original': 'en', 'en': 'Journalist and politician %s.'},
                 'sensitive': {'consentToPublish': 'yes'}}""".formatted(k, tag));
        create("/api/v1/persons", """
                {'key': '%s-abishev', 'name': 'Asset Abishev', 'confidentiality': 'public',
                 'description': {'original': 'en', 'en': 'Activist %s from Almaty.'},
                 'sensitive': {'consentToPublish': 'yes'}}""".formatted(k, tag));
        create("/api/v1/organizations", """
                {'key': '%s-dvk', 'name': 'Democratic Choice of Kazakhstan', 'kind': 'opposition_movement',
                 'confidentiality': 'public',
                 'names': [{'name': 'DVK', 'kind': 'abbreviation'}, {'name': 'DCK', 'kind': 'abbreviation'},
                           {'name': 'ДВК', 'kind': 'abbreviation', 'script': 'Cyrl'}],
                 'description': {'original': 'en', 'en': 'Opposition movement %s banned as extremist.'}}""".formatted(k, tag));
        create("/api/v1/incidents", """
                {'key': '%s-aktau', 'title': {'original': 'en', 'en': 'Detention of two activists in Aktau %s'},
                 'narrative': {'original': 'en', 'en': 'Police took two activists %s to the station.',
                     'ru': 'Задержания активистов %s в Актау.',
                     'kk': 'Жаңаөзен ауданынан келген белсенділер %s ұсталды.'},
                 'date': '2018-03-13', 'place': 'kz-aktau', 'types': ['detention'], 'rights': ['assembly'],
                 'perpetrators': [{'kind': 'police'}], 'articles': [{'code': 'CC', 'article': '405'}],
                 'victims': [{'organization': '%s-dvk'}],
                 'confidentiality': 'public', 'reviewStatus': 'published'}""".formatted(k, tag, tag, tag, tag, k));
        create("/api/v1/incidents", """
                {'key': '%s-almaty', 'title': {'original': 'en', 'en': 'Search of the flat of a blogger %s'},
                 'narrative': {'original': 'en', 'en': 'Officers searched the flat of a blogger %s and seized phones. Zhanbolat Mamay was not present.'},
                 'date': '2019-05-01', 'place': 'kz-almaty-city', 'types': ['search'], 'rights': ['expression'],
                 'articles': [{'code': 'CC', 'article': '174'}],
                 'confidentiality': 'public', 'reviewStatus': 'published'}""".formatted(k, tag, tag));
        create("/api/v1/incidents", """
                {'key': '%s-draft', 'title': {'original': 'en', 'en': 'Threat against a blogger %s'},
                 'date': '2019-06-01', 'place': 'kz-almaty-city', 'types': ['threat'], 'rights': ['expression'],
                 'confidentiality': 'internal', 'reviewStatus': 'draft'}""".formatted(k, tag));
        create("/api/v1/sources", """
                {'key': '%s-src', 'title': {'original': 'en', 'en': 'Freedom House report %s'}, 'kind': 'media',
                 'url': 'https://example.org/%s', 'publishedOn': '2018-04-01', 'confidentiality': 'public'}""".formatted(k, tag, k));
    }

    @Test
    void englishAndRussianWordsAreStemmed() {
        assertThat(keys(search("detained " + tag, null))).contains(k + "-aktau");
        assertThat(keys(search("задержание " + tag, null))).contains(k + "-aktau");
        assertThat(keys(search("searching " + tag, null))).contains(k + "-almaty");
    }

    @Test
    void kazakhLettersFoldToLatin() {
        assertThat(keys(search("Zhanaozen " + tag, null))).containsExactly(k + "-aktau");
        assertThat(keys(search("Жанаозен " + tag, null))).containsExactly(k + "-aktau");
    }

    @Test
    void phrasesOrNotAndPrefixesCombine() {
        assertThat(keys(search("\"flat of a blogger\" " + tag, null))).containsExactly(k + "-almaty");
        assertThat(keys(search("\"blogger of a flat\" " + tag, null))).isEmpty();
        assertThat(keys(search("(Aktau OR seized) " + tag, null))).contains(k + "-aktau", k + "-almaty");
        assertThat(keys(search("Aktau OR seized " + tag, null))).contains(k + "-aktau", k + "-almaty");
        assertThat(keys(search("blogger -seized " + tag, null))).containsExactly(k + "-draft");
        assertThat(keys(search("blogger NOT seized " + tag, null))).containsExactly(k + "-draft");
        assertThat(keys(search("blog* " + tag, null))).containsExactlyInAnyOrder(k + "-almaty", k + "-draft");
        assertThat(keys(search("Акта* " + tag, null))).containsExactly(k + "-aktau");
    }

    @Test
    void aNameIsFoundInEveryScriptAndSpelling() {
        for (String spelling : List.of("Мамай", "Mamaj", "Mamay", "Zhambolat Mamaj", "Жанболат Мамай", "Žanbolat Mamaı")) {
            assertThat(keys(search(spelling, "person"))).as(spelling).contains(k + "-mamay");
        }
        for (String spelling : List.of("ДВК", "DCK", "DVK")) {
            assertThat(keys(search(spelling, "organization"))).as(spelling).contains(k + "-dvk");
        }
        for (String spelling : List.of("Aset Abishev", "Asset Abishev", "Асет Абишев")) {
            assertThat(keys(search(spelling, "person"))).as(spelling).contains(k + "-abishev");
        }
        JsonNode hit = hit(search("Mamaj", "person"), k + "-mamay");
        assertThat(hit.get("matched").toString()).contains("name_variant");
        assertThat(hit.get("variant").asString()).isIn("Zhanbolat Mamay", "Жанболат Мамай");
    }

    @Test
    void anExactNameComesBeforeTextThatMentionsIt() {
        JsonNode result = search("Zhanbolat Mamay", null);
        List<String> keys = keys(result);
        assertThat(keys).contains(k + "-mamay", k + "-almaty");
        assertThat(keys.indexOf(k + "-mamay")).isLessThan(keys.indexOf(k + "-almaty"));
        assertThat(hit(result, k + "-mamay").get("matched").get(0).asString()).isEqualTo("exact_name");
        assertThat(hit(result, k + "-almaty").get("matched").toString()).contains("text");
    }

    @Test
    void resultsCarryTypeTitleDateAndAHighlightedSnippetAsPlainParts() {
        JsonNode hit = hit(search("seized " + tag, null), k + "-almaty");
        assertThat(hit.get("type").asString()).isEqualTo("incident");
        assertThat(hit.get("title").asString()).isEqualTo("Search of the flat of a blogger " + tag);
        assertThat(hit.get("date").asString()).isEqualTo("2019-05-01");
        List<String> highlighted = new ArrayList<>();
        hit.get("snippet").forEach(p -> {
            if (p.get("highlighted").asBoolean()) {
                highlighted.add(p.get("text").asString());
            }
        });
        assertThat(highlighted).contains("seized", tag);
        assertThat(hit.get("snippet").toString()).doesNotContain("<b>").doesNotContain("\\u0002");
    }

    @Test
    void sortByDateAndPages() {
        List<String> byDate = keys(get("/api/v1/search?q=" + tag + "&sort=date&type=incident", Role.VIEWER));
        assertThat(byDate).containsExactly(k + "-draft", k + "-almaty", k + "-aktau");
        JsonNode second = get("/api/v1/search?q=" + tag + "&sort=date&type=incident&size=2&page=1", Role.VIEWER);
        assertThat(keys(second)).containsExactly(k + "-aktau");
        assertThat(second.get("total").asLong()).isEqualTo(3);
    }

    @Test
    void facetsCountTheMatchesUnderEveryOtherFilter() {
        JsonNode all = get("/api/v1/search?q=" + tag, Role.VIEWER);
        assertThat(count(all, "type", "incident")).isEqualTo(3);
        assertThat(count(all, "type", "person")).isEqualTo(2);
        assertThat(count(all, "type", "organization")).isEqualTo(1);
        assertThat(count(all, "type", "source")).isEqualTo(1);
        assertThat(count(all, "right", "expression")).isEqualTo(2);
        assertThat(count(all, "year", "2018")).isEqualTo(2);
        assertThat(count(all, "region", "kz-mangystau-region")).isEqualTo(1);
        assertThat(count(all, "reviewStatus", "draft")).isEqualTo(1);
        assertThat(count(all, "article", "CC-405")).isEqualTo(1);
        assertThat(count(all, "perpetrator", "police")).isEqualTo(1);
        assertThat(count(all, "organization", k + "-dvk")).isEqualTo(1);
        assertThat(count(all, "incidentType", "search")).isEqualTo(1);

        JsonNode expression = get("/api/v1/search?q=" + tag + "&right=expression", Role.VIEWER);
        assertThat(expression.get("total").asLong()).isEqualTo(2);
        assertThat(count(expression, "type", "incident")).isEqualTo(2);
        assertThat(count(expression, "type", "person")).isZero();
        // the facet of the filter itself still counts under the other filters only
        assertThat(count(expression, "right", "assembly")).isEqualTo(1);
        assertThat(selected(expression, "right")).isEqualTo("expression");
        assertThat(count(expression, "year", "2019")).isEqualTo(2);

        JsonNode region = get("/api/v1/search?q=" + tag + "&region=kz-mangystau-region", Role.VIEWER);
        assertThat(keys(region)).containsExactly(k + "-aktau");
        JsonNode combined = get("/api/v1/search?q=" + tag + "&type=incident&year=2019&reviewStatus=published", Role.VIEWER);
        assertThat(keys(combined)).containsExactly(k + "-almaty");
        assertThat(count(combined, "reviewStatus", "draft")).isEqualTo(1);
    }

    @Test
    void recordsChangedOrDeletedAreFoundAsTheyNowAre() {
        String key = k + "-change";
        String tag = letters("zw");
        create("/api/v1/persons", """
                {'key': '%s', 'name': 'Yerlan Qaliev', 'confidentiality': 'public', 'description': {'original': 'en', 'en': 'Lawyer %s'},
                 'sensitive': {'consentToPublish': 'yes'}}""".formatted(key, tag));
        assertThat(keys(search("Qaliev " + tag, null))).containsExactly(key);
        JsonNode person = get("/api/v1/persons/" + key, Role.ADMIN);
        var renamed = send("PUT", "/api/v1/persons/" + key, json("""
                {'name': 'Yerlan Tokhtarov', 'confidentiality': 'public', 'description': {'original': 'en', 'en': 'Lawyer %s'},
                 'sensitive': {'consentToPublish': 'yes'}, 'version': %d}""".formatted(tag, person.get("version").asInt())), Role.ADMIN);
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(keys(search("Qaliev " + tag, null))).isEmpty();
        assertThat(keys(search("Тохтаров " + tag, null))).containsExactly(key);
        assertThat(send("DELETE", "/api/v1/persons/" + key, json("{'reason': 'test'}"), Role.ADMIN).status()).isEqualTo(204);
        assertThat(keys(search("Tokhtarov " + tag, null))).isEmpty();
    }

    @Test
    void recordsWithoutAnIndexRowAreIndexedAtStartAndRowsOfOlderRevisionsRebuilt() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            db.sql("delete from search_document where key = ?").param(k + "-abishev").update();
            db.sql("update search_document set revision = 0, document = to_tsvector('simple', 'stale') where key = ?")
                    .param(k + "-src").update();
        });
        assertThat(keys(search("Abishev " + tag, null))).isEmpty();
        int rebuilt = new TransactionTemplate(transactions).execute(status -> index.rebuildStale());
        assertThat(rebuilt).isGreaterThanOrEqualTo(2);
        assertThat(keys(search("Abishev " + tag, null))).containsExactly(k + "-abishev");
        assertThat(keys(search("Freedom House " + tag, null))).containsExactly(k + "-src");
        int again = new TransactionTemplate(transactions).execute(status -> index.rebuildStale());
        assertThat(again).isZero();
    }

    @Test
    void aStartChecksTheIndexInFullOnlyWhenSomethingSaysItMayBeStale() {
        // records other tests wrote straight into the tables (not through the application) are indexed by one start;
        // the next finds nothing to do
        index.catchUp();
        assertThat(index.catchUp()).isZero();
        // a document lost: the counts no longer add up
        db.sql("delete from search_document where key = ?").param(k + "-abishev").update();
        assertThat(index.catchUp()).isPositive();
        assertThat(keys(search("Abishev " + tag, null))).containsExactly(k + "-abishev");
        // a document written by another version (an instance not yet upgraded)
        db.sql("update search_document set revision = 0, document = to_tsvector('simple', 'stale') where key = ?")
                .param(k + "-src").update();
        assertThat(index.catchUp()).isPositive();
        assertThat(keys(search("Freedom House " + tag, null))).containsExactly(k + "-src");
        // an upgrade, or a migration that changed records, leaves no state: the next start checks in full
        db.sql("delete from search_index_state").update();
        index.catchUp();
        assertThat(db.sql("select revision from search_index_state").query(Integer.class).single())
                .isEqualTo(SearchIndex.REVISION);
        assertThat(index.catchUp()).isZero();
    }

    @Test
    void malformedParametersAreProblemsNamingTheParameter() {
        for (String query : List.of("type=nonsense", "year=20x8", "sort=rank", "size=101", "size=0", "page=-1",
                "reviewStatus=secret", "region=" + enc("kz' or 1=1--"), "q=" + "x".repeat(501))) {
            Response response = send("GET", "/api/v1/search?" + query, null, Role.VIEWER);
            String parameter = query.substring(0, query.indexOf('='));
            assertThat(response.status()).as(query).isEqualTo(422);
            assertThat(response.errorFields()).as(query).containsExactly("$." + parameter);
        }
    }

    @Test
    void injectionPayloadsAreWordsLikeAnyOther() {
        for (String payload : List.of("'); drop table person; --", "\\' OR 1=1 --", "a & | ! <-> :* b", "!!!", "\"", "\"\"",
                "((()))", "-", "OR", "NOT", "*", "x:*A", "' || pg_sleep(5) || '", "$$; select 1; $$", "%_\\",
                "<script>alert(1)</script>", "\u0002mark\u0003", "Robert'); DROP TABLE search_document;--")) {
            Response response = send("GET", "/api/v1/search?q=" + enc(payload), null, Role.VIEWER);
            assertThat(response.status()).as(payload).isEqualTo(200);
        }
        for (String filter : List.of("type", "incidentType", "right", "region", "year", "organization", "article",
                "perpetrator", "reviewStatus", "status")) {
            Response response = send("GET", "/api/v1/search?" + filter + "=" + enc("x' or '1'='1"), null, Role.VIEWER);
            assertThat(response.status()).as(filter).isEqualTo(422);
            Response wellFormed = send("GET", "/api/v1/search?q=" + tag + "&" + filter + "=" + enc("zz:x"), null, Role.VIEWER);
            assertThat(wellFormed.status()).as(filter + ": " + wellFormed.body()).isIn(200, 422);
        }
        assertThat(get("/api/v1/search?q=" + tag, Role.VIEWER).get("total").asLong()).isEqualTo(7);
    }

    private JsonNode search(String q, String type) {
        Response response = send("GET", "/api/v1/search?size=100&q=" + enc(q) + (type == null ? "" : "&type=" + type), null,
                Role.VIEWER);
        assertThat(response.status()).as(q + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode get(String path, Role role) {
        Response response = send("GET", path, null, role);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    static List<String> keys(JsonNode result) {
        List<String> keys = new ArrayList<>();
        // empty lists are left out of the JSON
        result.path("hits").forEach(h -> keys.add(h.get("key").asString()));
        return keys;
    }

    private static JsonNode hit(JsonNode result, String key) {
        for (JsonNode h : result.get("hits")) {
            if (h.get("key").asString().equals(key)) {
                return h;
            }
        }
        throw new AssertionError(key + " not among " + keys(result));
    }

    static long count(JsonNode result, String facet, String value) {
        for (JsonNode f : result.path("facets")) {
            if (f.get("name").asString().equals(facet)) {
                for (JsonNode v : f.path("values")) {
                    if (v.get("value").asString().equals(value)) {
                        return v.get("count").asLong();
                    }
                }
            }
        }
        return 0;
    }

    private static String selected(JsonNode result, String facet) {
        for (JsonNode f : result.path("facets")) {
            if (f.get("name").asString().equals(facet)) {
                for (JsonNode v : f.get("values")) {
                    if (v.get("selected").asBoolean()) {
                        return v.get("value").asString();
                    }
                }
            }
        }
        return null;
    }

    private void create(String path, String template) {
        var created = send("POST", path, json(template), Role.ADMIN);
        assertThat(created.status()).as(path + ": " + created.body()).isEqualTo(201);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A made-up word of lower-case letters, unique to the test run. */
    static String letters(String prefix) {
        Random random = new Random();
        StringBuilder word = new StringBuilder(prefix);
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
