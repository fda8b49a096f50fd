package org.kuzet.security;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.support.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read path of the API that shows a confidential record leaves a {@code record_read} entry naming it, one per
 * kind of record for the request — and a read of internal material leaves none. The reader is a reviewer of this
 * test's own, so that the entries it finds are those of the request it made. Fixtures, made by an administrator:
 * a confidential person in a confidential organisation, victim of an incident in 2021, a political prisoner in 1991
 * assessed by that organisation, with a confidential case; and the same in internal records (1989 for the prisoner).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialReadsIntegrationTest extends ApiIntegrationTest {

    private final String p = unique("cr");
    private String reviewer;
    private String reviewerToken;

    @BeforeAll
    void fixtures() {
        reviewer = unique("reviewer-reads");
        users.create(reviewer, Role.REVIEWER, PASSWORD, false);
        reviewerToken = apiTokens.create(reviewer, "test", null);
        recordAtTwoLevels(p, "Witness");
        // an internal person whose address is sealed
        create("/api/v1/persons", "{'key': '%s-sealed', 'name': 'Sealed %s', 'confidentiality': 'internal', "
                + "'sensitive': {'address': 'Almaty, Abay 10'}}", p, p);
    }

    private void create(String path, String template, Object... args) {
        created(path, template.formatted(args), Role.ADMIN);
    }

    private Response asReviewer(String path) {
        Response response = send("GET", path, null, reviewerToken, "application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    /** The reviewer's record_read entries, newest first. */
    private List<JsonNode> reads() {
        JsonNode page = send("GET", "/api/v1/audit?action=record_read&actor=" + reviewer + "&size=500", null, Role.ADMIN).json();
        List<JsonNode> entries = new ArrayList<>();
        page.get("items").forEach(entries::add);
        return entries;
    }

    /** The entries a request added, by comparing the trail before and after. */
    private List<JsonNode> readsOf(Runnable request) {
        long before = reads().stream().mapToLong(e -> e.get("position").asLong()).max().orElse(0);
        request.run();
        return reads().stream().filter(e -> e.get("position").asLong() > before).toList();
    }

    /** The keys an entry names: its subject, or its list. */
    private static List<String> keys(JsonNode entry) {
        List<String> keys = new ArrayList<>();
        if (entry.path("subjectKey").isString()) {
            keys.add(entry.get("subjectKey").asString());
        }
        entry.path("details").path("keys").forEach(k -> keys.add(k.asString()));
        return keys;
    }

    private static List<String> keysOf(List<JsonNode> entries, String subjectType) {
        return entries.stream().filter(e -> e.get("subjectType").asString().equals(subjectType))
                .flatMap(e -> keys(e).stream()).toList();
    }

    private static long entriesOf(List<JsonNode> entries, String subjectType) {
        return entries.stream().filter(e -> e.get("subjectType").asString().equals(subjectType)).count();
    }

    // ---------------------------------------------------------------- history

    @Test
    void aVersionOfAConfidentialRecordIsAuditedWithTheVersionRead() {
        List<JsonNode> entries = readsOf(() -> asReviewer("/api/v1/persons/" + p + "-confidential/history/1"));

        assertThat(entries).hasSize(1);
        JsonNode entry = entries.getFirst();
        assertThat(entry.get("subjectType").asString()).isEqualTo("person");
        assertThat(entry.get("subjectKey").asString()).isEqualTo(p + "-confidential");
        assertThat(entry.get("details").get("versions").toString()).isEqualTo("[1]");
        assertThat(entry.get("actorRole").asString()).isEqualTo("reviewer");
    }

    @Test
    void aVersionWithASealedFieldIsAuditedNamingTheFieldNotItsValue() {
        List<JsonNode> entries = readsOf(() -> asReviewer("/api/v1/persons/" + p + "-sealed/history/1"));

        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().get("subjectKey").asString()).isEqualTo(p + "-sealed");
        assertThat(entries.getFirst().get("details").get("sealedFields").toString()).isEqualTo("[\"$.sensitive.address\"]");
        assertThat(entries.getFirst().toString()).doesNotContain("Abay");
    }

    @Test
    void aVersionOfAnInternalRecordWithoutSealedFieldsIsNotAudited() {
        assertThat(readsOf(() -> asReviewer("/api/v1/persons/" + p + "-internal/history/1"))).isEmpty();
        assertThat(readsOf(() -> asReviewer("/api/v1/persons/" + p + "-confidential/history"))).isEmpty();
    }

    // ---------------------------------------------------------------- statistics

    @Test
    void theRecordsBehindANumberAuditTheConfidentialPersonTheyName() {
        List<JsonNode> entries = readsOf(() -> asReviewer("/api/v1/stats/records?unit=persons&organization=" + p
                + "-org-confidential&from=2021-01-01&to=2021-12-31"));

        assertThat(entriesOf(entries, "person")).isEqualTo(1);
        assertThat(keysOf(entries, "person")).containsExactly(p + "-confidential");
        assertThat(entries).allSatisfy(e -> assertThat(e.get("subjectType").asString()).isEqualTo("person"));
    }

    @Test
    void statisticsGroupedByOrganisationAuditTheConfidentialOrganisationsTheyName() {
        List<JsonNode> entries = readsOf(() -> asReviewer("/api/v1/stats?unit=incidents&by=organization&organization="
                + p + "-org-confidential&from=2021-01-01&to=2021-12-31"));

        assertThat(entriesOf(entries, "organization")).isEqualTo(1);
        assertThat(keysOf(entries, "organization")).containsExactly(p + "-org-confidential");
    }

    @Test
    void statisticsOfInternalRecordsAreNotAudited() {
        assertThat(readsOf(() -> asReviewer("/api/v1/stats/records?unit=persons&organization=" + p
                + "-org-internal&from=2021-01-01&to=2021-12-31"))).isEmpty();
        assertThat(readsOf(() -> asReviewer("/api/v1/stats?unit=incidents&by=organization&organization=" + p
                + "-org-internal&from=2021-01-01&to=2021-12-31"))).isEmpty();
    }

    // ---------------------------------------------------------------- political prisoners

    @Test
    void thePrisonerListAuditsTheConfidentialPersonTheirCaseAndTheAssessingOrganisationOncePerKind() {
        List<JsonNode> entries = readsOf(() -> asReviewer("/api/v1/political-prisoners?asOf=1991-07-01"));

        // other tests' confidential prisoners of that day may be listed too: this test's are named, once per kind
        assertThat(keysOf(entries, "person")).filteredOn(k -> k.startsWith(p + "-")).containsExactly(p + "-prisoner-confidential");
        assertThat(keysOf(entries, "legal_case")).filteredOn(k -> k.startsWith(p + "-")).containsExactly(p + "-case-confidential");
        assertThat(keysOf(entries, "organization")).filteredOn(k -> k.startsWith(p + "-")).containsExactly(p + "-org-confidential");
        assertThat(List.of("person", "legal_case", "organization")).allSatisfy(kind -> assertThat(entriesOf(entries, kind)).isEqualTo(1));
        assertThat(entries).hasSize(3);
    }

    @Test
    void aPrisonerListOfInternalRecordsIsNotAudited() {
        JsonNode list = asReviewer("/api/v1/political-prisoners?asOf=1989-07-01").json();
        assertThat(list.toString()).contains(p + "-prisoner-internal");

        assertThat(readsOf(() -> asReviewer("/api/v1/political-prisoners?asOf=1989-07-01"))).isEmpty();
    }

    // ---------------------------------------------------------------- duplicates

    @Test
    void possibleDuplicatesAuditTheConfidentialPersonsTheyName() {
        String twin = p + "-twin";
        create("/api/v1/persons", "{'key': '%s', 'name': 'Witness confidential %s', 'confidentiality': 'confidential'}", twin, p);

        List<JsonNode> entries = readsOf(() -> asReviewer("/api/v1/persons/" + twin + "/duplicates"));

        assertThat(keysOf(entries, "person")).contains(p + "-confidential");
        assertThat(entriesOf(entries, "person")).isEqualTo(1);
    }
}
