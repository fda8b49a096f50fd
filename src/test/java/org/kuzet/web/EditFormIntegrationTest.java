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
        for (String name : List.of("_csrf", "version", "language", "title", "date", "placeDetail", "countValue")) {
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
        // the rows (perpetrators, articles…): their inputs with a value, and the option chosen in each of their lists
        Matcher input = Pattern.compile("<input[^>]* name=\"(" + ROWS + ")\" value=\"([^\"]*)\"").matcher(form);
        while (input.find()) {
            pairs.add(input.group(1));
            pairs.add(input.group(2).replace("&amp;", "&"));
        }
        Matcher select = Pattern.compile("<select[^>]* name=\"(" + ROWS + ")\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(form);
        while (select.find()) {
            Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected>").matcher(select.group(2));
            if (chosen.find()) {
                pairs.add(select.group(1));
                pairs.add(chosen.group(1));
            }
        }
        pairs.addAll(List.of("place", "kz-semey", "confidentiality", "internal", "reviewStatus", "draft"));
        return pairs;
    }

    /** The name of an input in a row, as the page shows it (not the template's {@code __i__}). */
    private static final String ROWS = "(?:perpetrators|articles|newOrganizations|newSources)\\[\\d+]\\.\\w+";

    /** The pairs without the row {@code index} of {@code list}, and the rows after it numbered on, as the page does. */
    private static List<String> withoutRow(List<String> pairs, String list, int index) {
        List<String> left = new ArrayList<>();
        Pattern row = Pattern.compile("^" + list + "\\[(\\d+)](.*)$");
        for (int i = 0; i < pairs.size(); i += 2) {
            Matcher m = row.matcher(pairs.get(i));
            int at = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            if (at != index) {
                left.add(at > index ? list + "[" + (at - 1) + "]" + m.group(2) : pairs.get(i));
                left.add(pairs.get(i + 1));
            }
        }
        return left;
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

    /**
     * An incident with three perpetrators, two of them with an official named through the API: the form shows the
     * three; removing the middle one keeps the other two with their organisation and named official, also after the
     * first one's description was changed.
     */
    @Test
    void theEditFormShowsEveryPerpetratorAndRemovingTheMiddleOneKeepsTheOthersWithTheirOrganisationAndOfficial() {
        String tag = unique("three");
        String police = tag + "-police";
        String court = tag + "-court";
        String officer = tag + "-officer";
        String investigator = tag + "-investigator";
        for (String[] org : List.of(new String[] {police, "Almaty city police department", "law_enforcement"},
                new String[] {court, "Medeu district court of Almaty", "court"})) {
            assertThat(send("POST", "/api/v1/organizations", json("{'key': '%s', 'name': '%s %s', 'kind': '%s'}"
                    .formatted(org[0], org[1], tag, org[2])), Role.REVIEWER).status()).isEqualTo(201);
        }
        for (String[] person : List.of(new String[] {officer, "Police major Serik"}, new String[] {investigator, "KNB investigator Aidos"})) {
            assertThat(send("POST", "/api/v1/persons", json("{'key': '%s', 'name': '%s %s', 'confidentiality': 'internal'}"
                    .formatted(person[0], person[1], tag)), Role.REVIEWER).status()).isEqualTo(201);
        }
        String key = tag + "-incident";
        assertThat(send("POST", "/api/v1/incidents", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Journalist detained and tried %s'},
                 'date': '2021-02-10', 'datePrecision': 'day', 'types': ['detention'],
                 'perpetrators': [{'kind': 'police', 'organization': '%s', 'person': '%s', 'description': 'officers of the city police'},
                                  {'kind': 'knb', 'person': '%s'},
                                  {'kind': 'court', 'organization': '%s', 'description': 'judge of the district court'}],
                 'articles': [{'code': 'CC', 'article': '274', 'part': '2'}, {'code': 'AC', 'article': '488'}],
                 'reviewStatus': 'draft', 'confidentiality': 'internal'}"""
                .formatted(key, tag, police, officer, investigator, court)), Role.REVIEWER).status()).isEqualTo(201);

        String form = editor.get("/incidents/" + key + "/edit").body();

        assertThat(form).contains("id=\"perpetrators-0-kind\"", "id=\"perpetrators-1-kind\"", "id=\"perpetrators-2-kind\"",
                "Almaty city police department " + tag, "Medeu district court of Almaty " + tag,
                "value=\"officers of the city police\"", "value=\"judge of the district court\"",
                "Police major Serik " + tag, "KNB investigator Aidos " + tag,
                "<option value=\"CC-274\" selected>", "<option value=\"AC-488\" selected>", "name=\"articles[1].part\"");
        assertThat(form).doesNotContain("id=\"perpetrators-3-kind\"", "id=\"articles-2-article\"");

        List<String> edited = with(withoutRow(fields(form), "perpetrators", 1), "perpetrators[0].description",
                "officers of the Almaty city police");
        edited = with(edited, "place", "");
        HttpResponse<String> saved = editor.post("/incidents/" + key, edited.toArray(String[]::new));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode incident = get("/api/v1/incidents/" + key).json();
        assertThat(incident.get("perpetrators")).isEqualTo(json("""
                [{'kind': 'police', 'organization': '%s', 'person': '%s', 'description': 'officers of the Almaty city police'},
                 {'kind': 'court', 'organization': '%s', 'description': 'judge of the district court'}]"""
                .formatted(police, officer, court)));
        assertThat(incident.get("articles")).as("the articles the form showed, as they were")
                .isEqualTo(json("[{'code': 'CC', 'article': '274', 'part': '2'}, {'code': 'AC', 'article': '488'}]"));
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
