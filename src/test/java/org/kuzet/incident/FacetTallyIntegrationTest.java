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
 * The incident list's facets come from counts kept as records are written (V42) — the tally when the filter leaves
 * nothing chosen, the values kept per incident when something is — and for every kind of reader they must be exactly
 * the counts a live count gives ({@link LiveFacets}), with nothing chosen and with each kind of choice, through every
 * change that moves them — an
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

    /** Filters with nothing chosen, and with each kind of choice: the kept counts answer them all. */
    private List<IncidentFilter> filters() {
        return List.of(
                new IncidentFilter(null, null, null, null, null, null, null, null, null, null, null, null, null),
                new IncidentFilter(null, null, null, null, "detention", null, null, null, null, null, null, null, null),
                new IncidentFilter("2020-01-01", "2021-12-31", null, "kz-almaty-city", null, "assembly", null, p + "-open",
                        null, null, null, null, null),
                new IncidentFilter(null, null, true, null, null, null, null, null, "CC-405", "police", "published", null, null),
                new IncidentFilter(null, null, null, null, null, null, p + "-own", p + "-mine", null, null, null, p, "-date"));
    }

    private void keptCountsAreLiveCountsForEveryReader(String after) {
        LiveFacets live = new LiveFacets(db, catalog);
        for (Actor reader : readers) {
            for (IncidentFilter filter : filters()) {
                var read = new TransactionTemplate(transactions);
                read.setReadOnly(true);
                List<Map<String, Set<FacetCounts.Count>>> both = Actor.callAs(reader, () -> read.execute(status ->
                        List.of(asSets(catalog.facets(filter)), asSets(live.facets(filter)))));
                assertThat(both.get(0)).as("%s, %s, %s", after, reader.username(), filter).isEqualTo(both.get(1));
            }
            // the dashboard's headline counts come from the same tally
            var read = new TransactionTemplate(transactions);
            read.setReadOnly(true);
            List<Long> counts = Actor.callAs(reader, () -> read.execute(status -> {
                IncidentCatalog.Counts kept = catalog.counts();
                return List.of(kept.all(), kept.awaitingReview(), db.sql("select count(*) from incident where deleted_at is null")
                        .query(Long.class).single(), db.sql("select count(*) from incident where deleted_at is null and "
                        + "review_status in (:statuses)").param("statuses", ReviewStatus.awaitingReviewCodes()).query(Long.class).single());
            }));
            assertThat(counts.subList(0, 2)).as("%s, %s: all and awaiting review", after, reader.username())
                    .isEqualTo(counts.subList(2, 4));
        }
    }

    /** The organisation's count in its facet (chosen, so that it is there however it ranks; counted from the tally). */
    private long organizationCount(Actor reader, String organization) {
        IncidentFilter chosen = new IncidentFilter(null, null, null, null, null, null, null, p + "-" + organization, null,
                null, null, null, null);
        return Actor.callAs(reader, () -> new TransactionTemplate(transactions).execute(status -> catalog.facets(chosen).stream()
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

    @Test
    void aDeletionThatWaitsForAnotherTransactionRefreshingTheSameIncidentLeavesNothingOfItCounted() throws Exception {
        incident("raced", "public", "published", "2023-04-04", "consenting", "open", null);
        long raced = db.sql("select id from incident where key = ?").param(p + "-raced").query(Long.class).single();
        var refreshed = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // a write elsewhere (an organisation of the incident saved, say) refreshes its entries and is not yet committed
            var other = pool.submit(() -> Actor.runAs(Actor.COMMAND_LINE, () -> new TransactionTemplate(transactions)
                    .executeWithoutResult(status -> FullClearance.read(db, () -> {
                        facets.refresh(List.of(raced));
                        refreshed.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return null;
                    }))));
            refreshed.await();
            var deletion = pool.submit(() -> send("DELETE", "/api/v1/incidents/" + p + "-raced", json("{'reason': 'test'}"),
                    Role.ADMIN));
            // the deletion reaches the refreshed incident and waits for the other transaction
            for (int i = 0; i < 300 && db.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")
                    .query(Long.class).single() == 0; i++) {
                Thread.sleep(100);
            }
            assertThat(db.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'").query(Long.class).single())
                    .as("the deletion waits").isPositive();
            release.countDown();
            other.get();
            assertThat(deletion.get().status()).isEqualTo(204);
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertThat(db.sql("select count(*) from incident_facet_entry where incident_id = ?").param(raced).query(Long.class).single())
                .isZero();
        keptCountsAreLiveCountsForEveryReader("after a deletion that waited for another refresh of the incident");
    }
}
