package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;

/**
 * Duplicates never reveal a record beyond the reader's clearance: a confidential person (its key carries a
 * marker) that duplicates an internal one is proposed to reviewers only; for editors who did not create it, and
 * for viewers, no queue, no candidate list, no create-time warning and no old-link redirect names it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DuplicatesConfidentialityIntegrationTest extends ApiIntegrationTest {

    private final String mark = unique("zqx");
    private final String tag = unique("qz").replace("-", "");
    private final String secret = mark + "-person";
    private final String open = unique("person");
    private String otherEditor;

    @BeforeAll
    void aConfidentialDuplicateOfAnInternalPerson() {
        assertThat(send("POST", "/api/v1/persons", json("{'key': '" + secret + "', 'name': 'Zhanbolat Mamay " + tag
                + "', 'description': {'original': 'en', 'en': 'Informant " + mark + "'}, 'confidentiality': 'confidential'}"),
                Role.ADMIN).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/persons", json("{'key': '" + open + "', 'name': 'Zhanbolat Mamaj " + tag
                + "', 'confidentiality': 'internal'}"), Role.ADMIN).status()).isEqualTo(201);
        String name = "editor2-" + tag;
        users.create(name, Role.EDITOR, PASSWORD, false);
        otherEditor = apiTokens.create(name, "test", null);
    }

    @Test
    void reviewersSeeThePairAndOtherEditorsDoNot() {
        var reviewer = send("GET", "/api/v1/persons/" + open + "/duplicates", null, Role.REVIEWER);
        var editor = send("GET", "/api/v1/persons/duplicates?size=500", null, otherEditor, "application/json");
        var ofOpen = send("GET", "/api/v1/persons/" + open + "/duplicates", null, otherEditor, "application/json");
        var ofSecret = send("GET", "/api/v1/persons/" + secret + "/duplicates", null, otherEditor, "application/json");

        assertThat(reviewer.body()).contains(secret);
        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.body()).doesNotContain(mark);
        assertThat(ofOpen.status()).isEqualTo(200);
        assertThat(ofOpen.body()).doesNotContain(mark);
        assertThat(ofSecret.status()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/persons/duplicates", null, Role.VIEWER).body()).doesNotContain(mark);
    }

    @Test
    void theCreateTimeWarningNamesOnlyVisiblePersons() {
        var created = send("POST", "/api/v1/persons", json("{'name': 'Жанболат Мамай " + tag + "'}"), otherEditor, "application/json");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains(open).doesNotContain(mark);
    }

    @Test
    @Order(Integer.MAX_VALUE) // merges the fixtures: the other tests read them unmerged
    void editorsMayNotMergeAndAMergedConfidentialKeyLeadsNowhereForViewers() {
        var byEditor = send("POST", "/api/v1/persons/" + open + "/merge", json("{'duplicate': '" + secret + "', 'version': 1}"),
                otherEditor, "application/json");
        assertThat(byEditor.status()).isEqualTo(403);

        var merged = send("POST", "/api/v1/persons/" + open + "/merge", json("{'duplicate': '" + secret + "', 'version': 1}"), Role.REVIEWER);
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        // the survivor takes the stricter level of the two: a merge never publishes what was confidential
        assertThat(send("GET", "/api/v1/persons/" + open, null, Role.REVIEWER).json().get("confidentiality").asString())
                .isEqualTo("confidential");
        var viewer = send("GET", "/api/v1/persons/" + secret, null, Role.VIEWER);
        assertThat(viewer.status()).isEqualTo(404);
        assertThat(viewer.body()).doesNotContain(open);
        var anonymous = send("GET", "/api/v1/persons/" + secret, null, null, "application/json");
        assertThat(anonymous.status()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/persons/" + secret, null, Role.REVIEWER).status()).isEqualTo(301);
    }
}
