package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import tools.jackson.databind.JsonNode;

/**
 * The recommendation form: a recommendation on a freedom created and edited in the browser with every field, its
 * text in the page's language with the other translations kept, problems next to their fields with input kept, both
 * versions side by side when someone saved it meanwhile, and no save that would erase an addressee the writer may
 * not see.
 */
class RecommendationFormIntegrationTest extends WebIntegrationTest {

    private WebSession editor;

    @BeforeEach
    void signIn() {
        editor = signedIn(Role.EDITOR);
    }

    private JsonNode recommendation(String key) {
        return send("GET", "/api/v1/recommendations/" + key, null, Role.REVIEWER).json();
    }

    @Test
    void aWriterAddsARecommendationToAnOrganisationInKazakhAndEditsItInEnglishKeepingTheKazakhText() {
        String tag = unique("rc");
        String parliament = created("/api/v1/organizations", "{'name': 'Parliament of Kazakhstan %s', 'kind': 'state_body'}"
                .formatted(tag), Role.EDITOR);
        String form = editor.get("/reports/recommendations/new?lang=kk").body();
        assertThat(form).contains("name=\"addressee\"", "name=\"addresseeText\"", "name=\"position\"");

        HttpResponse<String> saved = editor.post("/reports/recommendations?lang=kk", "language", "kk", "right", "assembly",
                "addressee", parliament, "addresseeText", "Mazhilis committee " + tag, "position", "3",
                "text", "Бейбіт жиналыстар туралы заңды өзгерту " + tag, "confidentiality", "internal",
                "_csrf", WebSession.csrf(form));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String list = editor.get("/reports/recommendations?saved&lang=en").body();
        assertThat(list).contains("The recommendation is saved.", "Parliament of Kazakhstan " + tag,
                "Mazhilis committee " + tag);
        java.util.regex.Matcher edit = java.util.regex.Pattern.compile("/reports/recommendations/([^/\"]+)/edit")
                .matcher(list.substring(list.indexOf("Mazhilis committee " + tag)));
        assertThat(edit.find()).isTrue();
        String key = edit.group(1);
        JsonNode read = recommendation(key);
        assertThat(read.get("addressee").asString()).isEqualTo(parliament);
        assertThat(read.get("position").asInt()).isEqualTo(3);
        assertThat(read.get("text").get("kk").asString()).isEqualTo("Бейбіт жиналыстар туралы заңды өзгерту " + tag);

        String english = editor.get("/reports/recommendations/" + key + "/edit?lang=en").body();
        assertThat(english).contains("Parliament of Kazakhstan " + tag, "value=\"Mazhilis committee " + tag + "\"",
                "value=\"3\"", "name=\"version\" value=\"1\"");
        HttpResponse<String> changed = editor.post("/reports/recommendations/" + key, "version", "1", "language", "en",
                "right", "expression", "addressee", parliament, "position", "1",
                "text", "Amend the law on peaceful assemblies " + tag, "confidentiality", "public",
                "_csrf", WebSession.csrf(english));

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        JsonNode now = recommendation(key);
        assertThat(now.get("right").asString()).isEqualTo("expression");
        assertThat(now.get("text").get("en").asString()).isEqualTo("Amend the law on peaceful assemblies " + tag);
        assertThat(now.get("text").get("kk").asString()).isEqualTo("Бейбіт жиналыстар туралы заңды өзгерту " + tag);
        assertThat(now.has("addresseeText")).isFalse();
        assertThat(now.get("position").asInt()).isEqualTo(1);
        assertThat(now.get("confidentiality").asString()).isEqualTo("public");
    }

    @Test
    void badInputComesBackWithEachProblemNextToItsFieldAndASecondEditAtTheSameVersionIsAConflict() {
        String tag = unique("rb");
        String key = created("/api/v1/recommendations", """
                {'right': 'association', 'addresseeText': 'Ministry of Justice %s',
                 'text': {'original': 'en', 'en': 'Register independent trade unions %s'}}""".formatted(tag, tag),
                Role.EDITOR);
        String form = editor.get("/reports/recommendations/" + key + "/edit?lang=en").body();

        HttpResponse<String> refused = editor.post("/reports/recommendations/" + key, "version", "1", "language", "en",
                "right", "", "addressee", "no-such-body", "addresseeText", "Ministry of Justice " + tag, "position", "first",
                "text", "Register the unions " + tag, "_csrf", WebSession.csrf(form));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"position-error\"", "'first' is not a whole number", "id=\"right-error\"",
                "id=\"addressee-error\"", "no organisation 'no-such-body'", "value=\"first\"",
                "Register the unions " + tag, "name=\"version\" value=\"1\"");

        WebSession other = signedIn(Role.REVIEWER);
        String otherForm = other.get("/reports/recommendations/" + key + "/edit?lang=en").body();
        assertThat(other.post("/reports/recommendations/" + key, "version", "1", "language", "en", "right", "association",
                "addresseeText", "Ministry of Justice " + tag, "text", "Register all trade unions " + tag,
                "_csrf", WebSession.csrf(otherForm)).statusCode()).isEqualTo(302);
        HttpResponse<String> late = editor.post("/reports/recommendations/" + key, "version", "1", "language", "en",
                "right", "association", "addresseeText", "Ministry of Justice " + tag, "text", "Stop harassing unions " + tag,
                "_csrf", WebSession.csrf(form));

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("Someone else saved this recommendation while you were editing it",
                "Stop harassing unions " + tag, "Register all trade unions " + tag, "name=\"version\" value=\"2\"");
        assertThat(recommendation(key).get("text").get("en").asString()).isEqualTo("Register all trade unions " + tag);
    }

    @Test
    void anEditorWhoMayNotSeeTheAddresseeCannotEraseItAndViewersCannotEdit() {
        String tag = unique("rh");
        String hidden = created("/api/v1/organizations", """
                {'key': 'closed-body-%s', 'name': 'Closed body %s', 'kind': 'state_body', 'confidentiality': 'confidential'}"""
                .formatted(tag, tag), Role.REVIEWER);
        String key = created("/api/v1/recommendations", """
                {'right': 'expression', 'addressee': '%s',
                 'text': {'original': 'en', 'en': 'Unblock the websites %s'}}""".formatted(hidden, tag), Role.REVIEWER);

        String form = editor.get("/reports/recommendations/" + key + "/edit?lang=en").body();
        assertThat(form).doesNotContain("Closed body " + tag, hidden);
        HttpResponse<String> refused = editor.post("/reports/recommendations/" + key, "version", "1", "language", "en",
                "right", "expression", "addresseeText", "Someone", "text", "Unblock the websites " + tag,
                "_csrf", WebSession.csrf(form));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("refers to records you are not cleared to see");
        assertThat(recommendation(key).get("addressee").asString()).isEqualTo(hidden);

        WebSession viewer = signedIn(Role.VIEWER);
        assertThat(viewer.get("/reports/recommendations/new").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/reports/recommendations/" + key + "/edit").statusCode()).isEqualTo(403);
        assertThat(viewer.post("/reports/recommendations/" + key, "version", "1", "text", "x", "_csrf",
                WebSession.csrf(viewer.get("/reports/recommendations").body())).statusCode()).isEqualTo(403);
    }
}
