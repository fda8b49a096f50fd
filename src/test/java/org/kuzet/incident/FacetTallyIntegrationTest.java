package org.kuzet.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Clearance;
import org.kuzet.shared.FullClearance;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The incident list's facets with nothing chosen come from counts kept as records are written (V42): for every kind
 * of reader they must be exactly the counts a live count gives, through every change that moves them — an
 * incident's confidentiality or review, a victim's confidentiality, consent or memberships, an organisation's
 * confidentiality, a deletion — and after the kept changes are folded together. The record mixes every level the
 * clearances tell apart, and confidential records an internal editor created, which only that editor sees.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetTallyIntegrationTest extends ApiIntegrationTest {

    @Autowired
    private IncidentCatalog catalog;
    @Autowired
    private IncidentFacets facets;
    @Autowired
    private JdbcClient db;
    @Autowired
    private PlatformTransactionManager transactions;

    private final String p = unique("tally");
    private String editorToken;
    private List<Actor> readers;

    @BeforeAll
    void record() {
        String editor = account(Role.EDITOR);
        editorToken = apiTokens.create(editor, "test", null);
        String viewer = account(Role.VIEWER);
        readers = List.of(Actor.PUBLIC,
                new Actor(users.find(editor).orElseThrow().id(), editor, "editor", Clearance.INTERNAL),
                new Actor(users.find(viewer).orElseThrow().id(), viewer, "viewer", Clearance.INTERNAL),
                Actor.COMMAND_LINE);

        organization("open", "public", null);
        organization("inner", "internal", null);
        organization("secret", "confidential", null);
        organization("mine", "confidential", editorToken);
        person("consenting", "public", "yes", "open", null);
        person("unconsenting", "public", "no", "inner", null);
        person("staff", "internal", "unknown", "secret", null);
        person("hidden", "confidential", "yes", "open", null);
        person("own", "confidential", "yes", "inner", editorToken);

        incident("a", "public", "published", "2019-05-01', 'datePrecision': 'month", "consenting", "open", null);
        incident("b", "public", "draft", "2020-02-01', 'datePrecision': 'month', 'endDate': '2021-03-01", "unconsenting", "inner", null);
        incident("c", "internal", "verified", "2021-07-15", "staff", "secret", null);
        incident("d", "confidential", "published", "2018-01-01", "hidden", "mine", null);
        incident("e", "confidential", "draft", null, "own", "open", editorToken);
        incident("f", "public", "published", null, "hidden", "mine", null);
        incident("g", "internal", "published", "2022-03-03", "own", "secret", null);
    }

    private void organization(String name, String confidentiality, String token) {
        created("/api/v1/organizations", "{'key': '%1$s-%2$s', 'name': '%2$s %1$s', 'kind': 'ngo', 'confidentiality': '%3$s'}"
                .formatted(p, name, confidentiality), token);
    }

    private void person(String name, String confidentiality, String consent, String organization, String token) {
        created("/api/v1/persons", """
                {'key': '%1$s-%2$s', 'name': '%2$s %1$s', 'confidentiality': '%3$s', 'sensitive': {'consentToPublish': '%4$s'},
                 'memberships': [{'organization': '%1$s-%5$s', 'kind': 'member'}]}"""
                .formatted(p, name, confidentiality, consent, organization), token);
    }

    private void incident(String name, String confidentiality, String review, String date, String victim,
                          String perpetrator, String token) {
        created("/api/v1/incidents", """
                {'key': '%1$s-%2$s', 'title': {'original': 'en', 'en': 'Incident %2$s %1$s'}, %3$s
                 'place': 'kz-almaty-city', 'types': ['detention', 'search'], 'rights': ['assembly'],
                 'victims': [{'person': '%1$s-%4$s'}, {'organization': '%1$s-open'}],
                 'perpetrators': [{'kind': 'police', 'organization': '%1$s-%5$s'}, {'kind': 'police'}],
                 'articles': [{'code': 'CC', 'article': '405', 'part': '1'}, {'code': 'CC', 'article': '405', 'part': '2'}],
                 'confidentiality': '%6$s', 'reviewStatus': '%7$s'}"""
                .formatted(p, name, date == null ? "'datePrecision': 'unknown'," : "'date': '" + date + "',", victim, perpetrator, confidentiality,
                        review), token);
    }

    private void created(String path, String body, String token) {
        Response response = send("POST", path, json(body), token == null ? token(Role.ADMIN) : token, "application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private void update(String path, String patch) {
        Response current = send("GET", path, null, token(Role.ADMIN), "application/json");
        var doc = (tools.jackson.databind.node.ObjectNode) current.json();
        json(patch).properties().forEach(e -> doc.set(e.getKey(), e.getValue()));
        Response response = send("PUT", path, doc, token(Role.ADMIN), "application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** Each facet's counts as a set (the order of a facet's values is the page's business), by facet. */
    private Map<String, Set<FacetCounts.Count>> asSets(List<FacetCounts> counts) {
        Map<String, Set<FacetCounts.Count>> sets = new TreeMap<>();
        counts.forEach(f -> sets.put(f.parameter(), new HashSet<>(f.counts())));
        return sets;
    }

    private void keptCountsAreLiveCountsForEveryReader(String after) {
        IncidentFilter nothing = new IncidentFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
        for (Actor reader : readers) {
            var read = new TransactionTemplate(transactions);
            read.setReadOnly(true);
            Map<String, Set<FacetCounts.Count>>[] both = Actor.callAs(reader, () -> read.execute(status ->
                    new Map[] {asSets(catalog.tallied()), asSets(catalog.counted(nothing))}));
            assertThat(both[0]).as("%s, %s", after, reader.username()).isEqualTo(both[1]);
        }
    }

    private long organizationCount(Actor reader, String organization) {
        return Actor.callAs(reader, () -> new TransactionTemplate(transactions).execute(status -> catalog.tallied().stream()
                .filter(f -> f.parameter().equals("organization")).flatMap(f -> f.counts().stream())
                .filter(c -> c.value().equals(p + "-" + organization)).mapToLong(FacetCounts.Count::count).sum()));
    }

    @Test
    void keptCountsAreTheLiveCountsOfEveryReaderThroughEveryChange() {
        keptCountsAreLiveCountsForEveryReader("as written");
        // the editor's own confidential organisation is in their counts only: f names it (d too, which they do not see)
        assertThat(organizationCount(readers.get(1), "mine")).isEqualTo(1);
        assertThat(organizationCount(readers.get(2), "mine")).isZero();

        update("/api/v1/incidents/" + p + "-b", "{'reviewStatus': 'published'}");
        update("/api/v1/incidents/" + p + "-c", "{'confidentiality': 'confidential'}");
        keptCountsAreLiveCountsForEveryReader("after an incident's review and confidentiality changed");

        update("/api/v1/persons/" + p + "-hidden", "{'confidentiality': 'public', 'memberships': [{'organization': '"
                + p + "-inner', 'kind': 'member'}]}");
        update("/api/v1/persons/" + p + "-unconsenting", "{'sensitive': {'consentToPublish': 'yes'}}");
        keptCountsAreLiveCountsForEveryReader("after a victim's confidentiality, memberships and consent changed");

        update("/api/v1/organizations/" + p + "-secret", "{'confidentiality': 'public'}");
        assertThat(send("DELETE", "/api/v1/incidents/" + p + "-a", json("{'reason': 'test'}"), Role.ADMIN).status())
                .isEqualTo(204);
        keptCountsAreLiveCountsForEveryReader("after an organisation became public and an incident was deleted");

        new TransactionTemplate(transactions).executeWithoutResult(status -> FullClearance.read(db, () -> {
            facets.fold();
            return null;
        }));
        keptCountsAreLiveCountsForEveryReader("after the kept changes were folded");
        assertThat(db.sql("select count(*) from (select 1 from incident_facet_tally group by facet, value, level having count(*) > 1) twice")
                .query(Long.class).single()).as("one row per value after a fold").isZero();
    }
}
