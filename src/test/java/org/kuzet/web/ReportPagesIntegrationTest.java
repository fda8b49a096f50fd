package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;

/** The reports pages: the form downloads a report, recommendations are added and deleted, templates edited. */
class ReportPagesIntegrationTest extends WebIntegrationTest {

    @Test
    void theFormDownloadsTheReportAndKeepsWhatWasTypedWhenRefused() {
        WebSession viewer = signedIn(Role.VIEWER);
        HttpResponse<String> form = viewer.get("/reports");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"template\"", "value=\"briefing\"", "value=\"quarterly\"", "href=\"/reports\"");
        String csrf = WebSession.csrf(form.body());
        HttpResponse<String> download = viewer.post("/reports", "_csrf", csrf, "template", "quarterly", "from", "2013-01-01",
                "to", "2013-03-31", "place", "", "audience", "public", "language", "en", "format", "md");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", "quarterly-2013-01-01-2013-03-31-public-en.md");
        assertThat(download.body()).startsWith("# Civic space update").contains("Public edition");

        HttpResponse<String> refused = viewer.post("/reports", "_csrf", csrf, "template", "briefing", "from", "2013-04-01",
                "to", "2013-01-01", "audience", "internal", "language", "en", "format", "odt");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("$.to", "$.format", "value=\"2013-04-01\"");
    }

    @Test
    void editorsAddAndDeleteRecommendationsViewersOnlyRead() {
        WebSession editor = signedIn(Role.EDITOR);
        String text = "Release the detained protesters " + unique("r");
        String csrf = WebSession.csrf(editor.get("/reports/recommendations/new").body());
        HttpResponse<String> added = editor.post("/reports/recommendations", "_csrf", csrf, "right", "assembly",
                "addresseeText", "the Ministry of Internal Affairs", "language", "en", "text", text, "confidentiality", "public");
        assertThat(added.statusCode()).isEqualTo(302);
        String list = editor.get("/reports/recommendations").body();
        assertThat(list).contains(text, "the Ministry of Internal Affairs", "Freedom of peaceful assembly");

        WebSession viewer = signedIn(Role.VIEWER);
        String seen = viewer.get("/reports/recommendations").body();
        assertThat(seen).contains(text).doesNotContain("href=\"/reports/recommendations/new\"", "/edit\"");
        assertThat(viewer.post("/reports/recommendations", "_csrf", WebSession.csrf(seen), "right", "assembly",
                "addressee", "x", "text", "y").statusCode()).isEqualTo(403);

        HttpResponse<String> refused = editor.post("/reports/recommendations", "_csrf", csrf, "right", "assembly",
                "addressee", "", "language", "en", "text", "", "confidentiality", "public");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"addressee-error\"", "id=\"text-error\"");

        java.util.regex.Matcher delete = java.util.regex.Pattern.compile("/reports/recommendations/([^/\"]+)/delete")
                .matcher(list.substring(list.indexOf(text)));
        assertThat(delete.find()).isTrue();
        String key = delete.group(1);
        assertThat(editor.post("/reports/recommendations/" + key + "/delete", "_csrf", csrf, "reason", "done").statusCode())
                .isEqualTo(302);
        assertThat(editor.get("/reports/recommendations").body()).doesNotContain("/reports/recommendations/" + key + "/delete");
    }

    @Test
    void administratorsEditATemplateAsJsonAndResetIt() {
        WebSession admin = signedIn(Role.ADMIN);
        HttpResponse<String> page = admin.get("/reports/templates/briefing");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"kind\" : \"freedom\"", "Основные проблемы и рекомендации");
        String csrf = WebSession.csrf(page.body());
        HttpResponse<String> refused = admin.post("/reports/templates/briefing", "_csrf", csrf, "version", "0",
                "definition", "{\"title\": {\"en\": \"Only English\"}, \"sections\": []}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("$.definition.title.ru", "$.definition.sections");
        assertThat(admin.post("/reports/templates/briefing", "_csrf", csrf, "version", "0", "definition", "{not json")
                .statusCode()).isEqualTo(422);
        assertThat(admin.post("/reports/templates/briefing/reset", "_csrf", csrf).statusCode()).isEqualTo(302);
        assertThat(signedIn(Role.EDITOR).get("/reports/templates/briefing").statusCode()).isEqualTo(403);
    }
}
