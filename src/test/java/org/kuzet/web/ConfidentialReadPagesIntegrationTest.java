package org.kuzet.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;
import tools.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages that show confidential records leave a {@code record_read} entry naming them, one per kind for the
 * request, as the record pages do; the same pages over internal records leave none. A reviewer of this test's own
 * reads: a confidential person in a confidential organisation, victim of an incident in 2021 and a political prisoner
 * in 1991; the same in internal records (1989 for the prisoner).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialReadPagesIntegrationTest extends WebIntegrationTest {

    private final String p = unique("crp");
    private String reviewer;
    private WebSession session;

    @BeforeAll
    void fixtures() {
        recordAtTwoLevels(p, "Zhyldyz");
        reviewer = unique("reviewer-pages");
        users.create(reviewer, Role.REVIEWER, PASSWORD, false);
        session = WebSession.signedIn(port, reviewer, PASSWORD);
    }

    private void create(String path, String template, Object... args) {
        created(path, template.formatted(args), Role.ADMIN);
    }

    private String page(String path) {
        HttpResponse<String> response = session.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The reviewer's record_read entries, newest first. */
    private List<JsonNode> reads() {
        JsonNode page = send("GET", "/api/v1/audit?action=record_read&actor=" + reviewer + "&size=500", null, Role.ADMIN).json();
        List<JsonNode> entries = new ArrayList<>();
        page.get("items").forEach(entries::add);
        return entries;
    }

    /** The entries that reading {@code path} added. */
    private List<JsonNode> readsOf(String path) {
        long before = reads().stream().mapToLong(e -> e.get("position").asLong()).max().orElse(0);
        page(path);
        return reads().stream().filter(e -> e.get("position").asLong() > before).toList();
    }

    private static List<String> keysOf(List<JsonNode> entries, String subjectType) {
        List<String> keys = new ArrayList<>();
        entries.stream().filter(e -> e.get("subjectType").asString().equals(subjectType)).forEach(e -> {
            if (e.path("subjectKey").isString()) {
                keys.add(e.get("subjectKey").asString());
            }
            e.path("details").path("keys").forEach(k -> keys.add(k.asString()));
        });
        return keys;
    }

    @Test
    void theHistoryPageAuditsEveryVersionItShowsInOneEntry() {
        assertThat(send("PUT", "/api/v1/persons/" + p + "-confidential", json("""
                {'version': 1, 'name': 'Zhyldyz confidential %1$s', 'birthYear': 1980, 'confidentiality': 'confidential',
                 'memberships': [{'organization': '%1$s-org-confidential', 'kind': 'member'}]}""".formatted(p)),
                Role.ADMIN).status()).isEqualTo(200);

        List<JsonNode> entries = readsOf("/persons/" + p + "-confidential/history");

        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().get("subjectKey").asString()).isEqualTo(p + "-confidential");
        assertThat(entries.getFirst().get("details").get("versions").toString()).isEqualTo("[1,2]");
        assertThat(readsOf("/persons/" + p + "-internal/history")).isEmpty();
    }

    @Test
    void theRecordsPageOfAStatisticAuditsTheConfidentialPersonItNames() {
        String path = "/stats/records?unit=persons&from=2021-01-01&to=2021-12-31&organization=" + p;

        List<JsonNode> entries = readsOf(path + "-org-confidential");

        assertThat(keysOf(entries, "person")).containsExactly(p + "-confidential");
        assertThat(entries).hasSize(1);
        assertThat(readsOf(path + "-org-internal")).isEmpty();
    }

    @Test
    void theStatisticsPageGroupedByOrganisationAuditsTheConfidentialOrganisation() {
        String path = "/stats?unit=incidents&by=organization&from=2021-01-01&to=2021-12-31&organization=" + p;

        assertThat(keysOf(readsOf(path + "-org-confidential"), "organization")).containsExactly(p + "-org-confidential");
        assertThat(readsOf(path + "-org-internal")).isEmpty();
    }

    @Test
    void aPickerThatOffersAConfidentialPersonAuditsIt() {
        List<JsonNode> entries = readsOf("/pickers/persons?field=victims&q=Zhyldyz+confidential+" + p);

        // what is spelled alike is offered too ("Prisoner confidential …"), and audited with it
        assertThat(keysOf(entries, "person")).contains(p + "-confidential");
        String name = unique("Tolkyn");
        create("/api/v1/persons", "{'key': '%s', 'name': '%s', 'confidentiality': 'internal'}", name.toLowerCase(), name);
        assertThat(page("/pickers/persons?field=victims&q=" + name)).contains(name);
        assertThat(readsOf("/pickers/persons?field=victims&q=" + name)).isEmpty();
        assertThat(keysOf(readsOf("/pickers/persons/" + p + "-confidential?field=victims"), "person")).containsExactly(p + "-confidential");
    }

    @Test
    void thePrisonerPageAndItsExportAuditThePersonTheCaseAndTheOrganisationOncePerKind() {
        for (String path : List.of("/prisoners?asOf=1991-07-01", "/prisoners/export?asOf=1991-07-01&format=csv")) {
            List<JsonNode> entries = readsOf(path);

            // other tests' confidential prisoners of that day may be listed too: this test's are named, once per kind
            assertThat(keysOf(entries, "person")).as(path).filteredOn(k -> k.startsWith(p + "-"))
                    .containsExactly(p + "-prisoner-confidential");
            assertThat(keysOf(entries, "legal_case")).as(path).filteredOn(k -> k.startsWith(p + "-"))
                    .containsExactly(p + "-case-confidential");
            assertThat(keysOf(entries, "organization")).as(path).filteredOn(k -> k.startsWith(p + "-"))
                    .containsExactly(p + "-org-confidential");
            assertThat(entries).as(path).hasSize(3);
        }
        assertThat(readsOf("/prisoners?asOf=1989-07-01")).isEmpty();
    }

    @Test
    void anOrganisationPageAuditsItsConfidentialMembers() {
        create("/api/v1/persons", """
                {'key': '%1$s-member', 'name': 'Member %1$s', 'confidentiality': 'confidential',
                 'memberships': [{'organization': '%1$s-org-internal', 'kind': 'member'}]}""", p);

        List<JsonNode> entries = readsOf("/organizations/" + p + "-org-internal");

        assertThat(keysOf(entries, "person")).containsExactly(p + "-member");
    }
}
