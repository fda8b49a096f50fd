package org.kuzet.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Statistics on a fixture of their own, scoped by an organisation only it uses: the numbers equal direct SQL counts,
 * every number's records link lists exactly what was counted, victim counts aggregate honestly, one query answers
 * "arrested, convicted, in pre-trial detention", bad parameters are refused by name, and confidential records are
 * neither listed nor counted for those who may not see them. Fixtures are made by an administrator; everything
 * confidential carries one marker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsApiIntegrationTest extends ApiIntegrationTest {

    private final String p = unique("st");
    private final String mark = unique("zqst");
    private String otherEditor;
    private String scope;

    @Autowired
    private JdbcClient db;

    @BeforeAll
    void fixtures() {
        scope = "&organization=" + p + "-movement&from=2021-01-01&to=2021-12-31";
        create("/api/v1/organizations", "{'key': '%s-movement', 'name': 'Movement %s', 'kind': 'opposition_movement', 'confidentiality': 'public'}", p, p);
        person("aigerim", "Aigerim " + p, "public");
        person("bakhyt", "Bakhyt " + p, "public");
        person(mark, "Hidden " + mark, "confidential");
        // named victims A and B among "more than 200"
        incident("rally", "2021-03-10", "day", "kz-almaty-city", "detention", "public", "published",
                "[{'person': '%1$s-aigerim'}, {'person': '%1$s-bakhyt'}]".formatted(p), "{'qualifier': 'more_than', 'value': 200}");
        // A again, alone, counted exactly
        incident("picket", "2021-05-01", "month", "kz-astana-city", "detention", "public", "published",
                "[{'person': '%s-aigerim'}]".formatted(p), "{'qualifier': 'exact', 'value': 1}");
        // a search in Semey (Abai Region): no victim count, B named
        incident("search", "2021-08-15", "day", "kz-semey", "search", "public", "verified",
                "[{'person': '%s-bakhyt'}]".formatted(p), null);
        // confidential incident with the hidden person
        incident(mark, "2021-06-02", "day", "kz-shymkent-city", "torture", "confidential", "published",
                "[{'person': '%s-%s'}]".formatted(p, mark), "{'qualifier': 'about', 'value': 5}");
        // A: detained, remanded, charged and convicted in 2021; B: detained and remanded, still in custody at the end
        legalCase("a", "aigerim", "public", """
                {'kind': 'detained', 'date': '2021-03-10'},
                {'kind': 'measure_of_restraint', 'date': '2021-03-12', 'measure': 'pre_trial_detention'},
                {'kind': 'charged', 'date': '2021-03-15'},
                {'kind': 'verdict', 'date': '2021-09-01', 'outcome': 'convicted', 'sentence': [{'kind': 'imprisonment', 'duration': 'P5Y'}]}""");
        legalCase("b", "bakhyt", "public", """
                {'kind': 'detained', 'date': '2021-04-01'},
                {'kind': 'measure_of_restraint', 'date': '2021-04-03', 'measure': 'pre_trial_detention'}""");
        legalCase(mark, mark, "confidential", """
                {'kind': 'detained', 'date': '2021-06-01'},
                {'kind': 'measure_of_restraint', 'date': '2021-06-03', 'measure': 'pre_trial_detention'}""");
        String name = "editor2-" + mark;
        users.create(name, Role.EDITOR, PASSWORD, false);
        otherEditor = apiTokens.create(name, "test", null);
    }

    private void person(String suffix, String name, String confidentiality) {
        create("/api/v1/persons", """
                {'key': '%s-%s', 'name': '%s', 'confidentiality': '%s', 'sensitive': {'consentToPublish': 'yes'},
                 'memberships': [{'organization': '%s-movement', 'kind': 'member'}]}""",
                p, suffix, name, confidentiality, p);
    }

    private void incident(String suffix, String date, String precision, String place, String type,
                          String confidentiality, String review, String victims, String count) {
        create("/api/v1/incidents", """
                {'key': '%s-%s', 'title': {'original': 'en', 'en': 'Incident %s %s'}, 'date': '%s', 'datePrecision': '%s',
                 'place': '%s', 'types': ['%s'], 'rights': ['assembly'], 'victims': %s, %s
                 'perpetrators': [{'kind': 'police'}], 'articles': [{'code': 'CC', 'article': '405', 'part': '1'}],
                 'reviewStatus': '%s', 'confidentiality': '%s'}""",
                p, suffix, suffix, p, date, precision, place, type, victims,
                count == null ? "" : "'victimCount': " + count + ",", review, confidentiality);
    }

    private void legalCase(String suffix, String defendant, String confidentiality, String stages) {
        create("/api/v1/cases", """
                {'key': '%1$s-%2$s-case', 'kind': 'criminal', 'title': {'original': 'en', 'en': 'Case %2$s'},
                 'place': 'kz-almaty-city', 'confidentiality': '%4$s',
                 'parties': [{'person': '%1$s-%3$s', 'role': 'defendant'}],
                 'charges': [{'defendant': '%1$s-%3$s', 'code': 'CC', 'article': '405', 'part': '1'}],
                 'stages': [{'kind': 'opened', 'date': '2021-03-01'}, %5$s]}""", p, suffix, defendant, confidentiality, stages);
    }

    private void create(String path, String template, Object... args) {
        var created = send("POST", path, json(template.formatted(args)), Role.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private JsonNode stats(String query, String token) {
        var response = send("GET", "/api/v1/stats?" + query, null, token, "application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, Long> counts(JsonNode result) {
        Map<String, Long> counts = new TreeMap<>();
        result.get("groups").forEach(g -> counts.put(g.get("key").asString(), g.get("counts").get(0).get("value").asLong()));
        return counts;
    }

    private static List<JsonNode> everyCount(JsonNode result) {
        List<JsonNode> all = new ArrayList<>();
        result.get("groups").forEach(g -> g.get("counts").forEach(all::add));
        result.get("totals").forEach(all::add);
        return all;
    }

    @Test
    void incidentCountsByTypeAndMonthEqualADirectSqlCount() {
        JsonNode byType = stats("unit=incidents&by=type" + scope, token(Role.ADMIN));
        JsonNode byMonth = stats("unit=incidents&by=month" + scope, token(Role.ADMIN));

        Map<String, Long> sql = new TreeMap<>();
        db.sql("""
                select t.code, count(distinct i.id) from incident i
                join incident_type x on x.incident_id = i.id join vocabulary_term t on t.id = x.term_id
                where i.deleted_at is null and i.date between '2021-01-01' and '2021-12-31'
                  and exists (select 1 from incident_victim v join membership m on m.person_id = v.person_id
                              join organization o on o.id = m.organization_id where v.incident_id = i.id and o.key = ?)
                group by t.code""").param(p + "-movement")
                .query((rs, n) -> sql.put(rs.getString(1), rs.getLong(2))).list();
        assertThat(counts(byType)).isEqualTo(sql).containsEntry("detention", 2L).containsEntry("torture", 1L);
        assertThat(counts(byMonth)).isEqualTo(Map.of("2021-03", 1L, "2021-05", 1L, "2021-06", 1L, "2021-08", 1L));
        assertThat(byType.get("totals").get(0).get("value").asLong()).isEqualTo(4);
    }

    @Test
    void everyNumbersRecordsLinkListsExactlyTheRecordsCounted() {
        for (String query : List.of("unit=incidents&by=type", "unit=incidents&by=region", "unit=persons&by=month",
                "unit=cases&by=sanction", "unit=persons&by=year&stage=arrested&stage=convicted&stage=pre_trial_detention")) {
            JsonNode result = stats(query + scope, token(Role.VIEWER));
            for (JsonNode count : everyCount(result)) {
                var records = get(count.get("records").asString());
                assertThat(records.status()).as(records.body()).isEqualTo(200);
                long sum = 0;
                for (JsonNode r : records.json().get("records")) {
                    sum += r.get("contributes").asLong();
                }
                assertThat(sum).as(query + " " + count).isEqualTo(count.get("value").asLong());
                assertThat(records.json().get("value").asLong()).isEqualTo(count.get("value").asLong());
                assertThat(count.get("link").asString()).startsWith("/stats/records?");
            }
        }
        JsonNode detention = stats("unit=incidents&by=type" + scope, token(Role.VIEWER));
        JsonNode group = null;
        for (JsonNode g : detention.get("groups")) {
            if (g.get("key").asString().equals("detention")) {
                group = g;
            }
        }
        TreeSet<String> keys = new TreeSet<>();
        get(group.get("counts").get(0).get("records").asString()).json().get("records")
                .forEach(r -> keys.add(r.get("key").asString()));
        assertThat(keys).containsExactly(p + "-picket", p + "-rally");
    }

    @Test
    void namedVictimsAreCountedOnceAndWithinTheirCrowdAndAQualifiedCountMakesALowerBound() {
        JsonNode persons = stats("unit=persons&by=year" + scope, token(Role.VIEWER));
        JsonNode total = persons.get("totals").get(0);

        // "more than 200" = at least 201 people, Aigerim and Bakhyt among them; Aigerim's picket and Bakhyt's search
        // add no one new
        assertThat(total.get("value").asLong()).isEqualTo(201);
        assertThat(total.get("atLeast").asBoolean()).isTrue();
        assertThat(total.get("text").asString()).isEqualTo("at least 201");
        JsonNode exactOnly = stats("unit=persons&by=year&organization=" + p + "-movement&from=2021-05-01&to=2021-12-31",
                token(Role.VIEWER)).get("totals").get(0);
        assertThat(exactOnly.get("value").asLong()).isEqualTo(2);
        assertThat(exactOnly.get("atLeast").asBoolean()).isFalse();
        assertThat(exactOnly.get("text").asString()).isEqualTo("2");
    }

    @Test
    void oneQueryAnswersHowManyWereArrestedConvictedAndAreInPreTrialDetention() {
        String query = "unit=persons&by=year&article=CC-405&stage=arrested&stage=convicted&stage=pre_trial_detention" + scope;
        JsonNode viewer = stats(query, token(Role.VIEWER));
        JsonNode admin = stats(query, token(Role.ADMIN));

        assertThat(viewer.get("measures").toString()).isEqualTo("[\"arrested\",\"convicted\",\"pre_trial_detention\"]");
        assertThat(viewer.get("on").asString()).isEqualTo("2021-12-31");
        List<Long> values = new ArrayList<>();
        viewer.get("totals").forEach(c -> values.add(c.get("value").asLong()));
        assertThat(values).containsExactly(2L, 1L, 1L);
        List<Long> all = new ArrayList<>();
        admin.get("totals").forEach(c -> all.add(c.get("value").asLong()));
        assertThat(all).containsExactly(3L, 1L, 2L);
        JsonNode cases = stats("unit=cases&by=year&stage=charged" + scope, token(Role.VIEWER));
        assertThat(cases.get("totals").get(0).get("value").asLong()).isEqualTo(1);
    }

    @Test
    void regionsGroupThePlacesWithinThem() {
        Map<String, Long> byRegion = counts(stats("unit=incidents&by=region" + scope, token(Role.VIEWER)));

        assertThat(byRegion).isEqualTo(Map.of("kz-almaty-city", 1L, "kz-astana-city", 1L, "kz-abai-region", 1L));
        assertThat(counts(stats("unit=incidents&by=year&region=kz-abai-region" + scope, token(Role.VIEWER))))
                .isEqualTo(Map.of("2021", 1L));
    }

    @Test
    void unknownUnitsGroupingsAndFilterValuesAreRefusedNamingTheParameter() {
        Map<String, String> bad = Map.of("unit=victims", "query.unit", "by=colour", "query.by",
                "type=nonsense", "query.type", "region=kz-atlantis", "query.region", "article=CC-99999",
                "query.article", "from=2021-02-30", "query.from", "unit=incidents&stage=arrested", "query.stage",
                "unit=cases&stage=sentenced", "query.stage", "reviewStatus=final", "query.reviewStatus",
                "perpetrator=aliens", "query.perpetrator");
        bad.forEach((query, field) -> {
            var response = get("/api/v1/stats?" + query);
            assertThat(response.status()).as(query).isEqualTo(422);
            assertThat(response.errorFields()).as(query).containsExactly(field);
        });
        var records = get("/api/v1/stats/records?unit=cases&stage=charged&measure=convicted");
        assertThat(records.status()).isEqualTo(422);
        assertThat(records.errorFields()).containsExactly("query.measure");
    }

    @Test
    void confidentialRecordsAreNeitherListedNorCountedForThoseWhoMayNotSeeThem() {
        List<String> queries = List.of("unit=incidents&by=type", "unit=incidents&by=region", "unit=persons&by=year",
                "unit=persons&by=organization", "unit=cases&by=year",
                "unit=persons&by=year&stage=arrested&stage=pre_trial_detention", "unit=cases&by=article");
        for (String who : List.of("anonymous", "viewer", "other editor")) {
            String token = switch (who) {
                case "anonymous" -> null;
                case "viewer" -> token(Role.VIEWER);
                default -> otherEditor;
            };
            for (String query : queries) {
                var response = send("GET", "/api/v1/stats?" + query + scope, null, token, "application/json");
                assertThat(response.status()).as(who + " " + query).isEqualTo(200);
                assertThat(response.body()).as(who + " " + query).doesNotContain(mark);
                for (JsonNode count : everyCount(response.json())) {
                    var records = send("GET", count.get("records").asString(), null, token, "application/json");
                    assertThat(records.body()).as(who + " " + query).doesNotContain(mark);
                }
            }
            Map<String, Long> byRegion = counts(stats("unit=incidents&by=region" + scope, token));
            assertThat(byRegion).as(who).doesNotContainKey("kz-shymkent-city");
            assertThat(counts(stats("unit=incidents&by=type" + scope, token))).as(who).doesNotContainKey("torture");
        }
        assertThat(counts(stats("unit=incidents&by=region" + scope, token(Role.ADMIN)))).containsEntry("kz-shymkent-city", 1L);
        // anonymous visitors count published records only: the verified search is not among them
        assertThat(stats("unit=incidents&by=year" + scope, null).get("totals").get(0).get("value").asLong()).isEqualTo(2);
    }
}
