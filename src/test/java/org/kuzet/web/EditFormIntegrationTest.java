package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

class EditFormIntegrationTest extends WebIntegrationTest {

    private WebRecords record;
    private WebSession editor;

    @BeforeEach
    void recordAndSignIn() {
        record = WebRecords.create(unique("edit"), (path, body) -> send("POST", path, body, Role.REVIEWER),
                ApiIntegrationTest::json);
        editor = signedIn(Role.EDITOR);
    }

    /** The edit form as read now: its hidden fields and the values it shows, ready to be changed and sent. */
    private static List<String> fields(String form) {
        List<String> pairs = new ArrayList<>();
        for (String name : List.of("_csrf", "version", "language", "title", "date", "placeDetail", "articlePart",
                "countValue")) {
            pairs.add(name);
            pairs.add(value(form, name));
        }
        for (String name : List.of("types", "rights", "victims", "organizations", "sources")) {
            Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"( checked)?").matcher(form);
            while (m.find()) {
                // check boxes count when checked; the picked records are hidden inputs
                if (m.group(2) != null || !List.of("types", "rights").contains(name)) {
                    pairs.add(name);
                    pairs.add(m.group(1));
                }
            }
        }
        pairs.addAll(List.of("place", "kz-semey", "perpetrator", "knb", "confidentiality", "internal",
                "reviewStatus", "draft"));
        return pairs;
    }

    private static String value(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : "";
    }

    private static List<String> with(List<String> pairs, String name, String value) {
        List<String> changed = new ArrayList<>(pairs);
        int at = changed.indexOf(name);
        changed.set(at + 1, value);
        return changed;
    }

    @Test
    void anEditorChangesAnIncidentAndTheIncidentPageShowsTheChange() {
        String incidentPage = editor.get("/incidents/" + record.search()).body();
        assertThat(incidentPage).contains("href=\"/incidents/" + record.search() + "/edit\"");
        String form = editor.get("/incidents/" + record.search() + "/edit").body();
        assertThat(form).contains("value=\"Flat of a DVK supporter searched in Semey\"", "value=\"2020-02\"",
                "name=\"version\" value=\"1\"", "name=\"organizations\" value=\"" + record.movement() + "\"");

        HttpResponse<String> saved = editor.post("/incidents/" + record.search(),
                with(fields(form), "title", "Flat searched in Semey, laptop seized").toArray(String[]::new));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/incidents/" + record.search() + "?saved");
        assertThat(editor.get("/incidents/" + record.search() + "?saved").body())
                .contains("The changes were saved.", "Flat searched in Semey, laptop seized");
        JsonNode incident = get("/api/v1/incidents/" + record.search()).json();
        assertThat(incident.get("version").asInt()).isEqualTo(2);
        assertThat(incident.get("date").asString()).isEqualTo("2020-02-01");
        assertThat(incident.get("datePrecision").asString()).isEqualTo("month");
        assertThat(incident.get("victims").get(0).get("organization").asString()).isEqualTo(record.movement());
    }

    @Test
    void aSaveAfterSomeoneElseSavedShowsBothVersionsKeepsTheInputAndChangesNothing() {
        String form = editor.get("/incidents/" + record.search() + "/edit").body();
        WebSession reviewer = signedIn(Role.REVIEWER);
        String theirForm = reviewer.get("/incidents/" + record.search() + "/edit").body();
        assertThat(reviewer.post("/incidents/" + record.search(),
                with(fields(theirForm), "title", "Reviewer <b>title</b>").toArray(String[]::new)).statusCode())
                .isEqualTo(302);

        HttpResponse<String> stale = editor.post("/incidents/" + record.search(),
                with(with(fields(form), "title", "Editor title"), "placeDetail", "Abay street").toArray(String[]::new));

        assertThat(stale.statusCode()).isEqualTo(409);
        String body = stale.body();
        assertThat(body).contains("Someone else saved this incident", "Your version", "Stored now",
                "<td class=\"mine\">Editor title</td><td class=\"theirs\">Reviewer &lt;b",
                "<tr class=\"differs\"><th scope=\"row\">Where exactly <span class=\"marker\">(differs)</span></th>"
                        + "<td class=\"mine\">Abay street</td>",
                "<tr class=\"same\"><th scope=\"row\">Review status</th><td class=\"mine\">Draft</td><td class=\"theirs\">Draft</td>");
        assertThat(body).as("the user's input stays in the form, with the current version")
                .contains("value=\"Editor title\"", "value=\"Abay street\"", "name=\"version\" value=\"2\"");
        assertThat(body).doesNotContain("<b>title", "style=");
        JsonNode incident = get("/api/v1/incidents/" + record.search()).json();
        assertThat(incident.get("version").asInt()).isEqualTo(2);
        assertThat(incident.get("title").get("en").asString()).isEqualTo("Reviewer <b>title</b>");
        assertThat(incident.has("placeDetail")).isFalse();

        HttpResponse<String> deliberate = editor.post("/incidents/" + record.search(),
                with(with(fields(body), "title", "Editor title"), "placeDetail", "Abay street").toArray(String[]::new));
        assertThat(deliberate.statusCode()).as("saving again from the conflict page applies the edit").isEqualTo(302);
        assertThat(get("/api/v1/incidents/" + record.search()).json().get("placeDetail").asString()).isEqualTo("Abay street");
    }

    @Test
    void badInputShowsEachProblemNextToItsFieldKeepsEverythingAndChangesNothing() {
        String form = editor.get("/incidents/" + record.search() + "/edit").body();

        HttpResponse<String> refused = editor.post("/incidents/" + record.search(),
                with(with(fields(form), "date", "last winter"), "countValue", "many").toArray(String[]::new));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"date-error\"", "'last winter' is not a date", "id=\"countValue-error\"",
                "value=\"last winter\"", "value=\"many\"", "name=\"version\" value=\"1\"",
                "action=\"/incidents/" + record.search() + "\"");
        assertThat(get("/api/v1/incidents/" + record.search()).json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void anIncidentWithPartsBeyondTheEditorsClearanceIsNotSavedAndThePageSaysWhy() {
        String form = editor.get("/incidents/" + record.detention() + "/edit").body();

        HttpResponse<String> refused = editor.post("/incidents/" + record.detention(),
                with(fields(form), "title", "Shortened").toArray(String[]::new));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("id=\"page-error\"", "refers to records you are not cleared to see",
                "value=\"Shortened\"");
        assertThat(get("/api/v1/incidents/" + record.detention()).json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void editingNeedsARoleThatWritesAndTheFormsToken() {
        WebSession viewer = signedIn(Role.VIEWER);
        assertThat(viewer.get("/incidents/" + record.search() + "/edit").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/incidents/" + record.search()).body()).doesNotContain("/edit\"");
        String form = editor.get("/incidents/" + record.search() + "/edit").body();
        assertThat(viewer.post("/incidents/" + record.search(), with(fields(form), "_csrf",
                WebSession.csrf(viewer.get("/incidents").body())).toArray(String[]::new)).statusCode())
                .isEqualTo(403);
        assertThat(editor.post("/incidents/" + record.search(), "title", "no token", "version", "1").statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/incidents/" + record.search()).json().get("version").asInt()).isEqualTo(1);
    }
}
