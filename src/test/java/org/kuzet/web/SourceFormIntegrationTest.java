package org.kuzet.web;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;

class SourceFormIntegrationTest extends WebIntegrationTest {

    private WebSession editor;

    @Autowired
    JdbcClient db;

    @BeforeEach
    void signIn() {
        editor = signedIn(Role.EDITOR);
    }

    private static String keyOf(HttpResponse<String> saved) {
        String location = saved.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/sources/") + "/sources/".length(), location.indexOf('?'));
    }

    @Test
    void aMonitorRecordsASourceWithEveryFieldAndItsImpreciseDate() {
        String title = "Суд над активистами " + unique("t");
        HttpResponse<String> saved = editor.submit("/sources", "/sources/new", "url", "https://rus.azattyq.org/a/31000000.html",
                "title", title, "outlet", "Радио Азаттык", "language", "ru", "kind", "media", "published", "2020-02",
                "accessedOn", "2020-03-01", "reliability", "high", "archiveUrl", "https://archive.example/azattyq",
                "archiveSha256", "A".repeat(64), "confidentiality", "public", "pageLanguage", "en");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String key = keyOf(saved);
        JsonNode source = get("/api/v1/sources/" + key).json();
        assertThat(source.get("title").get("original").asString()).as("the title is in the source's language").isEqualTo("ru");
        assertThat(source.get("title").get("ru").asString()).isEqualTo(title);
        assertThat(source.get("publishedOn").asString()).isEqualTo("2020-02-01");
        assertThat(source.get("publishedOnPrecision").asString()).isEqualTo("month");
        assertThat(source.get("archiveSha256").asString()).isEqualTo("a".repeat(64));
        assertThat(source.get("reliability").asString()).isEqualTo("high");
        assertThat(editor.get("/sources/" + key + "?saved").body()).contains("The source is saved.", "Edit the source");
        assertThat(editor.get("/sources/" + key + "/edit").body()).contains("value=\"2020-02\"", "value=\"" + title + "\"");
    }

    @Test
    void aSourceWhoseLanguageIsNotGivenTakesItsTitleInThePagesLanguage() {
        HttpResponse<String> saved = editor.submit("/sources", "/sources/new", "url", "https://bureau.kz/" + unique("u"),
                "title", "Monthly monitoring", "kind", "media", "pageLanguage", "en");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(get("/api/v1/sources/" + keyOf(saved)).json().get("title").get("original").asString()).isEqualTo("en");
    }

    @Test
    void badInputShowsEachProblemAtItsFieldKeepsWhatWasTypedAndSavesNothing() {
        String outlet = "Outlet " + unique("o");
        HttpResponse<String> refused = editor.submit("/sources", "/sources/new", "url", "not an address", "outlet", outlet,
                "published", "last spring", "archiveSha256", "xyz", "language", "russian");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"url-error\"", "id=\"published-error\"", "'last spring' is not a date",
                "id=\"archiveSha256-error\"", "id=\"language-error\"", "value=\"" + outlet + "\"", "value=\"last spring\"");
        assertThat(db.sql("select count(*) from source where outlet = ?").param(outlet).query(Long.class).single()).isZero();
    }

    @Test
    void anEditKeepsTheTitlesOtherTranslationsAndASecondEditAtTheSameVersionIsAConflict() {
        String key = unique("source");
        send("POST", "/api/v1/sources", json("""
                {'key': '%s', 'url': 'https://bureau.kz/report', 'kind': 'ngo_report',
                 'title': {'original': 'en', 'en': 'Annual report', 'ru': 'Годовой отчёт'}}""".formatted(key)), Role.EDITOR);
        String form = editor.get("/sources/" + key + "/edit").body();
        WebSession other = signedIn(Role.REVIEWER);
        String otherForm = other.get("/sources/" + key + "/edit").body();

        HttpResponse<String> first = editor.post("/sources/" + key, "url", "https://bureau.kz/report", "title",
                "Annual report 2020", "kind", "ngo_report", "version", "1", "pageLanguage", "en", "_csrf", WebSession.csrf(form));
        HttpResponse<String> second = other.post("/sources/" + key, "url", "https://bureau.kz/report-2020", "title",
                "Annual report", "kind", "ngo_report", "version", "1", "pageLanguage", "en", "_csrf", WebSession.csrf(otherForm));

        assertThat(first.statusCode()).isEqualTo(302);
        JsonNode saved = get("/api/v1/sources/" + key).json();
        assertThat(saved.get("title").get("en").asString()).isEqualTo("Annual report 2020");
        assertThat(saved.get("title").get("ru").asString()).as("the translation the form does not show").isEqualTo("Годовой отчёт");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("Someone else saved", "https://bureau.kz/report-2020", "value=\"2\"");
        assertThat(get("/api/v1/sources/" + key).json().get("url").asString()).isEqualTo("https://bureau.kz/report");
    }

    @Test
    void anEditorWhoMayNotSeeTheInformantNeitherSeesNorErasesIt() {
        String key = unique("source");
        send("POST", "/api/v1/sources", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Testimony of a detainee'}, 'kind': 'testimony',
                 'confidentiality': 'internal', 'informant': 'Lawyer A., via Signal'}""".formatted(key)), Role.REVIEWER);
        String form = editor.get("/sources/" + key + "/edit").body();
        assertThat(form).doesNotContain("Lawyer A.").doesNotContain("id=\"informant\"");

        HttpResponse<String> saved = editor.post("/sources/" + key, "title", "Testimony of a detainee in Almaty", "kind",
                "testimony", "confidentiality", "internal", "version", "1", "pageLanguage", "en",
                "_csrf", WebSession.csrf(form));
        HttpResponse<String> forged = editor.post("/sources/" + key, "title", "Testimony of a detainee in Almaty", "kind",
                "testimony", "confidentiality", "internal", "informant", "overwritten", "version", "2", "pageLanguage",
                "en", "_csrf", WebSession.csrf(form));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(forged.statusCode()).as("an informant sent without the right to see it is refused, not dropped")
                .isEqualTo(422);
        assertThat(forged.body()).contains("only reviewers, administrators and the source's creator may set it");
        assertThat(send("GET", "/api/v1/sources/" + key, null, Role.REVIEWER).json().get("informant").asString())
                .isEqualTo("Lawyer A., via Signal");
        assertThat(signedIn(Role.REVIEWER).get("/sources/" + key + "/edit").body()).contains("Lawyer A., via Signal");
    }

    @Test
    void viewersCannotOpenTheForm() {
        assertThat(signedIn(Role.VIEWER).get("/sources/new").statusCode()).isEqualTo(403);
    }
}
