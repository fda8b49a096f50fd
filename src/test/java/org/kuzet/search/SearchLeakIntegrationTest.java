package org.kuzet.search;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.search.SearchApiIntegrationTest.count;
import static org.kuzet.search.SearchApiIntegrationTest.enc;
import static org.kuzet.search.SearchApiIntegrationTest.keys;
import static org.kuzet.search.SearchApiIntegrationTest.letters;

/**
 * Search shows nothing beyond the reader's clearance: not in results, snippets, totals or facet counts. Confidential
 * fixtures carry {@link #mark}, unpublished ones {@link #draft}; all share {@link #tag} with one published public
 * incident, so that a count that included a hidden record would be off by one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchLeakIntegrationTest extends ApiIntegrationTest {

    private final String tag = letters("zl");
    private final String mark = letters("zm");
    private final String draft = letters("zd");
    private final String k = unique("leak");
    private String otherEditor;

    @BeforeAll
    void hiddenRecordsBesideAPublicOne() {
        create("""
                /api/v1/organizations|{'key': '%s-org', 'name': 'Cell %s', 'kind': 'opposition_movement',
                 'names': [{'name': 'Ячейка %s', 'kind': 'alias'}], 'place': 'kz-aktau',
                 'description': {'original': 'en', 'en': 'Secret cell %s %s'}, 'confidentiality': 'confidential'}"""
                .formatted(k, mark, mark, tag, mark));
        create("""
                /api/v1/persons|{'key': '%s-person', 'name': 'Zhanbolat Mamay %s', 'place': 'kz-aktau',
                 'names': [{'name': 'Жанболат Мамай %s'}], 'description': {'original': 'en', 'en': 'Witness %s %s'},
                 'memberships': [{'organization': '%s-org', 'kind': 'member'}], 'confidentiality': 'confidential'}"""
                .formatted(k, mark, mark, tag, mark, k));
        create("""
                /api/v1/incidents|{'key': '%s-secret', 'title': {'original': 'en', 'en': 'Detention %s %s'},
                 'narrative': {'original': 'en', 'en': 'Detained at night %s %s'}, 'date': '2017-01-01',
                 'place': 'kz-aktau', 'types': ['abduction'], 'rights': ['life'], 'perpetrators': [{'kind': 'knb'}],
                 'articles': [{'code': 'CC', 'article': '174'}], 'victims': [{'organization': '%s-org'}],
                 'confidentiality': 'confidential', 'reviewStatus': 'published'}"""
                .formatted(k, tag, mark, tag, mark, k));
        create("""
                /api/v1/cases|{'key': '%s-case', 'kind': 'criminal', 'number': '%s', 'title': {'original': 'en', 'en': 'Case %s'},
                 'charges': [{'code': 'CC', 'article': '174', 'label': {'original': 'en', 'en': 'Charge %s %s'}}],
                 'stages': [{'kind': 'opened', 'date': '2017-02-01', 'note': {'original': 'en', 'en': 'Opened %s'}}],
                 'confidentiality': 'confidential'}""".formatted(k, mark, tag, tag, mark, mark));
        create("""
                /api/v1/sources|{'key': '%s-src', 'title': {'original': 'en', 'en': 'Informant %s %s'}, 'kind': 'testimony',
                 'publishedOn': '2017-03-01', 'confidentiality': 'confidential'}""".formatted(k, tag, mark));
        create("""
                /api/v1/events|{'key': '%s-event', 'title': {'original': 'en', 'en': 'Gathering %s %s'}, 'date': '2017-04-01',
                 'place': 'kz-aktau', 'confidentiality': 'confidential'}""".formatted(k, tag, mark));
        create("""
                /api/v1/incidents|{'key': '%s-draft', 'title': {'original': 'en', 'en': 'Detention %s %s'},
                 'date': '2016-01-01', 'place': 'kz-oral', 'types': ['torture'], 'rights': ['privacy'],
                 'perpetrators': [{'kind': 'prison_administration'}], 'articles': [{'code': 'CC', 'article': '179'}],
                 'confidentiality': 'public', 'reviewStatus': 'draft'}""".formatted(k, tag, draft));
        create("""
                /api/v1/incidents|{'key': '%s-public', 'title': {'original': 'en', 'en': 'Detention at a rally %s'},
                 'narrative': {'original': 'en', 'en': 'Detained in daylight %s'}, 'date': '2020-01-01',
                 'place': 'kz-almaty-city', 'types': ['detention'], 'rights': ['assembly'], 'perpetrators': [{'kind': 'police'}],
                 'articles': [{'code': 'CC', 'article': '405'}], 'confidentiality': 'public', 'reviewStatus': 'published'}"""
                .formatted(k, tag, tag));
        String name = "editor2-" + mark;
        users.create(name, Role.EDITOR, PASSWORD, false);
        otherEditor = apiTokens.create(name, "test", null);
    }

    /** Every search that could show a hidden fixture: its marker, its name in other scripts, every filter it matches. */
    private List<String> searches() {
        List<String> paths = new ArrayList<>();
        for (String q : List.of(tag, mark, draft, "Cell " + mark, "Ячейка", "Mamaj " + mark, "Мамай " + mark, mark + "*",
                "Detention " + tag, "detained " + tag, tag + " OR " + mark, tag + " -rally", "\"Detention " + tag + "\"", "")) {
            paths.add("/api/v1/search?size=100&q=" + enc(q));
            paths.add("/api/v1/search?size=100&sort=date&q=" + enc(q));
        }
        for (String filter : List.of("organization=" + k + "-org", "region=kz-mangystau-region", "region=kz-aktau",
                "region=kz-west-kazakhstan-region", "year=2017", "year=2016", "article=CC-174", "article=CC-179",
                "perpetrator=knb", "perpetrator=prison_administration", "incidentType=abduction", "incidentType=torture",
                "right=life", "right=privacy", "reviewStatus=draft", "type=legal_case", "type=event", "type=source")) {
            paths.add("/api/v1/search?size=100&q=" + tag + "&" + filter);
            paths.add("/api/v1/search?size=100&" + filter);
        }
        return paths;
    }

    private void assertNothingHidden(String who, String token, boolean draftsHidden) {
        for (String path : searches()) {
            Response response = send("GET", path, null, token, "application/json");
            assertThat(response.status()).as(who + " " + path + ": " + response.body()).isEqualTo(200);
            // the query itself comes back in "q": everything else must be free of the markers
            var json = (tools.jackson.databind.node.ObjectNode) response.json();
            json.remove("q");
            String body = json.toString();
            assertThat(body).as(who + " " + path).doesNotContain(mark).doesNotContain(k + "-secret")
                    .doesNotContain(k + "-org").doesNotContain(k + "-person");
            if (draftsHidden) {
                assertThat(body).as(who + " " + path).doesNotContain(draft).doesNotContain(k + "-draft");
            }
        }
        JsonNode all = send("GET", "/api/v1/search?q=" + tag, null, token, "application/json").json();
        long visible = draftsHidden ? 1 : 2;
        assertThat(all.get("total").asLong()).as(who).isEqualTo(visible);
        assertThat(count(all, "type", "incident")).as(who).isEqualTo(visible);
        for (String type : List.of("person", "organization", "legal_case", "source", "event")) {
            assertThat(count(all, "type", type)).as(who + " " + type).isZero();
        }
        assertThat(count(all, "year", "2017")).as(who).isZero();
        assertThat(count(all, "region", "kz-mangystau-region")).as(who).isZero();
        assertThat(count(all, "right", "life")).as(who).isZero();
        assertThat(count(all, "perpetrator", "knb")).as(who).isZero();
        assertThat(count(all, "article", "CC-174")).as(who).isZero();
        assertThat(count(all, "incidentType", "abduction")).as(who).isZero();
        assertThat(count(all, "reviewStatus", "draft")).as(who).isEqualTo(draftsHidden ? 0 : 1);
        assertThat(count(all, "right", "privacy")).as(who).isEqualTo(draftsHidden ? 0 : 1);
        assertThat(count(all, "right", "assembly")).as(who).isEqualTo(1);
    }

    @Test
    void anonymousVisitorsFindOnlyThePublishedPublicIncident() {
        assertNothingHidden("anonymous", null, true);
        assertThat(keys(send("GET", "/api/v1/search?q=" + tag, null, null, "application/json").json()))
                .containsExactly(k + "-public");
    }

    @Test
    void viewersFindInternalDraftsButNothingConfidential() {
        assertNothingHidden("viewer", token(Role.VIEWER), false);
    }

    @Test
    void anotherEditorFindsNothingConfidentialSomeoneElseCreated() {
        assertNothingHidden("editor", otherEditor, false);
    }

    @Test
    void reviewersFindTheConfidentialRecordsByNameInAnyScript() {
        JsonNode found = send("GET", "/api/v1/search?q=" + enc("Мамай " + mark), null, Role.REVIEWER).json();
        assertThat(keys(found)).containsExactly(k + "-person");
        JsonNode all = send("GET", "/api/v1/search?q=" + tag, null, Role.REVIEWER).json();
        assertThat(all.get("total").asLong()).isEqualTo(8);
        assertThat(count(all, "organization", k + "-org")).isEqualTo(2);
    }

    @Test
    void theEditorWhoRecordedAConfidentialOrganisationCountsItsIncidentInTheFacetsAndAnotherEditorDoesNot() {
        String own = letters("zo");
        String name = "editor3-" + own;
        users.create(name, Role.EDITOR, PASSWORD, false);
        String author = apiTokens.create(name, "test", null);
        var organization = send("POST", "/api/v1/organizations", json("""
                {'key': '%s-own', 'name': 'Circle %s', 'kind': 'opposition_movement', 'confidentiality': 'confidential'}"""
                .formatted(k, letters("zq"))), author, "application/json");
        assertThat(organization.status()).as(organization.body()).isEqualTo(201);
        var incident = send("POST", "/api/v1/incidents", json("""
                {'key': '%s-own-incident', 'title': {'original': 'en', 'en': 'Detention %s'}, 'date': '2021-05-01',
                 'place': 'kz-aktau', 'types': ['detention'], 'victims': [{'organization': '%s-own'}],
                 'confidentiality': 'internal'}""".formatted(k, own, k)), author, "application/json");
        assertThat(incident.status()).as(incident.body()).isEqualTo(201);

        // the organisation is confidential, the incident internal: the entry kept for the incident is confidential,
        // and only its author among internal readers sees it, counted live
        Response mineResponse = send("GET", "/api/v1/search?q=" + own, null, author, "application/json");
        assertThat(mineResponse.status()).as(mineResponse.body()).isEqualTo(200);
        JsonNode mine = mineResponse.json();
        assertThat(keys(mine)).containsExactly(k + "-own-incident");
        assertThat(count(mine, "organization", k + "-own")).as(mineResponse.body()).isEqualTo(1);
        Response theirsResponse = send("GET", "/api/v1/search?q=" + own, null, otherEditor, "application/json");
        assertThat(theirsResponse.status()).as(theirsResponse.body()).isEqualTo(200);
        JsonNode theirs = theirsResponse.json();
        assertThat(keys(theirs)).containsExactly(k + "-own-incident");
        assertThat(count(theirs, "organization", k + "-own")).isZero();
        assertThat(theirs.toString()).doesNotContain(k + "-own\"");
        JsonNode reviewer = send("GET", "/api/v1/search?q=" + own, null, Role.REVIEWER).json();
        assertThat(count(reviewer, "organization", k + "-own")).isEqualTo(1);
    }

    private void create(String pathAndBody) {
        String[] parts = pathAndBody.split("\\|", 2);
        var created = send("POST", parts[0], json(parts[1]), Role.ADMIN);
        assertThat(created.status()).as(parts[0] + ": " + created.body()).isEqualTo(201);
    }
}
