package org.kuzet.web;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;

class EntryFormIntegrationTest extends WebIntegrationTest {

    private WebRecords record;
    private WebSession editor;
    private String prefix;

    @Autowired
    JdbcClient db;

    @BeforeEach
    void recordAndSignIn() {
        prefix = unique("entry");
        record = WebRecords.create(prefix, (path, body) -> send("POST", path, body, Role.REVIEWER),
                ApiIntegrationTest::json);
        editor = signedIn(Role.EDITOR);
    }

    /** The incident form, sent as the browser sends it. */
    private static HttpResponse<String> submit(WebSession session, String... fields) {
        return session.submit("/incidents", "/incidents/new", fields);
    }

    @Test
    void aDetentionWithANewVictimAnExistingOrganisationAndASourceIsRecordedInOnePass() {
        String newVictim = "Асья Тулесова " + unique("v");
        HttpResponse<String> saved = submit(editor, "title", "Detained at the Almaty rally", "language", "en",
                "date", "2020-06-06", "place", "kz-almaty-city", "types", "detention", "rights", "assembly",
                "victims", record.activist(), "newVictims", newVictim + "\n\n", "organizations", record.movement(),
                "perpetrators[0].kind", "police", "articles[0].article", "CC-405", "articles[0].part", "2",
                "countQualifier", "more_than", "countValue", "30", "sources", record.source(), "confidentiality", "public",
                "reviewStatus", "draft", "newSources[0].url", "https://rus.azattyq.org/a/almaty-rally",
                "newSources[0].title", "Rally in Almaty: dozens detained", "newSources[0].outlet", "Radio Azattyq",
                "newOrganizations[0].name", "Oyan, Qazaqstan", "newOrganizations[0].kind", "informal_group");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/incidents/").endsWith("?recorded");
        String key = location.substring(location.indexOf("/incidents/") + "/incidents/".length(), location.indexOf('?'));
        JsonNode incident = get("/api/v1/incidents/" + key).json();
        assertThat(incident.get("date").asString()).isEqualTo("2020-06-06");
        assertThat(incident.get("victims")).hasSize(4);
        assertThat(incident.get("victims").get(0).get("person").asString()).isEqualTo(record.activist());
        String newKey = incident.get("victims").get(1).get("person").asString();
        assertThat(get("/api/v1/persons/" + newKey).json().get("name").asString()).isEqualTo(newVictim);
        assertThat(incident.get("victims").get(2).get("organization").asString()).isEqualTo(record.movement());
        JsonNode newOrganization = get("/api/v1/organizations/" + incident.get("victims").get(3).get("organization").asString()).json();
        assertThat(newOrganization.get("name").asString()).isEqualTo("Oyan, Qazaqstan");
        assertThat(newOrganization.get("kind").asString()).isEqualTo("informal_group");
        assertThat(incident.get("sources").get(0).get("source").asString()).isEqualTo(record.source());
        JsonNode newSource = get("/api/v1/sources/" + incident.get("sources").get(1).get("source").asString()).json();
        assertThat(newSource.get("url").asString()).isEqualTo("https://rus.azattyq.org/a/almaty-rally");
        assertThat(newSource.get("title").get("en").asString()).isEqualTo("Rally in Almaty: dozens detained");
        assertThat(newSource.get("outlet").asString()).isEqualTo("Radio Azattyq");
        assertThat(incident.get("victimCount")).as("a count counts persons unless the form says otherwise")
                .isEqualTo(json("{'qualifier': 'more_than', 'value': 30, 'unit': 'persons'}"));
        assertThat(incident.get("articles").get(0)).isEqualTo(json("{'code': 'CC', 'article': '405', 'part': '2'}"));
        assertThat(editor.get(location.substring(location.indexOf("/incidents/"))).body()).contains("The incident was recorded.", "Detained at the Almaty rally");
    }

    @Test
    void aNarrativePastedWithAReplacementCharacterIsRecordedAsTyped() {
        // text copied from a damaged PDF holds U+FFFD itself; the browser sends it as UTF-8, and it is no bad byte
        String narrative = "Он был задержан \uFFFD в 14:00 " + prefix;

        HttpResponse<String> saved = submit(editor, "title", "Pasted " + prefix, "language", "ru", "date", "2021-03-01",
                "types", "detention", "narrative", narrative, "confidentiality", "internal", "reviewStatus", "draft");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(db.sql("select narrative ->> 'ru' from incident where title ->> 'ru' = ?").param("Pasted " + prefix)
                .query(String.class).single()).isEqualTo(narrative);
    }

    @Test
    void aCountOfOrganisationsIsChosenOnTheFormAndTheIncidentPageSaysWhatItCounts() {
        String form = editor.get("/incidents/new").body();
        assertThat(form).contains("<label for=\"countUnit\">What is counted</label>",
                "<option value=\"persons\" selected>people</option>", "<option value=\"organizations\">organisations</option>",
                "<option value=\"unknown\">not stated whom</option>");

        HttpResponse<String> saved = submit(editor, "title", "12 NGOs inspected " + prefix, "language", "en",
                "date", "2021-03-01", "types", "search", "countQualifier", "exact", "countValue", "12",
                "countUnit", "organizations", "confidentiality", "public", "reviewStatus", "draft");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/incidents/"), location.indexOf('?'));
        JsonNode incident = get("/api/v1" + path).json();
        assertThat(incident.get("victimCount")).isEqualTo(json("{'qualifier': 'exact', 'value': 12, 'unit': 'organizations'}"));
        String page = editor.get(path).body();
        assertThat(page).contains("<dt>Organisations affected</dt>").doesNotContain("People affected");
        assertThat(editor.get(path + "/edit").body()).as("the edit form shows the unit chosen")
                .contains("<option value=\"organizations\" selected>organisations</option>");

        HttpResponse<String> unsaid = submit(editor, "title", "30 detentions " + prefix, "language", "en",
                "date", "2021-03-02", "types", "detention", "countQualifier", "about", "countValue", "30",
                "countUnit", "unknown", "confidentiality", "public", "reviewStatus", "draft");
        String unsaidLocation = unsaid.headers().firstValue("Location").orElseThrow();
        String unsaidPage = editor.get(unsaidLocation.substring(unsaidLocation.indexOf("/incidents/"),
                unsaidLocation.indexOf('?'))).body();
        assertThat(unsaidPage).contains("<dt>Number affected (not stated whom)</dt>", "<dd>about 30</dd>")
                .doesNotContain("People affected");
    }

    @Test
    void aUnitTheFormDoesNotOfferIsRefusedNextToItsFieldAndNothingIsRecorded() {
        String title = "Guessed unit " + prefix;
        HttpResponse<String> refused = submit(editor, "title", title, "language", "en", "date", "2021-03-01",
                "types", "search", "countQualifier", "exact", "countValue", "12", "countUnit", "ngos");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"countUnit-error\"", "'ngos' is not one of persons, organizations, unknown");
        assertThat(db.sql("select count(*) from incident where title ->> 'en' = ?").param(title).query(Long.class).single())
                .isZero();
    }

    @Test
    void badInputShowsEachProblemNextToItsFieldKeepsEverythingAndRecordsNothing() {
        String newVictim = "Nurlan " + unique("v");
        String newSourceTitle = "Report " + unique("s");
        HttpResponse<String> refused = submit(editor, "title", "Searched <b>again</b>", "date", "last February",
                "newVictims", newVictim, "organizations", record.movement(), "countValue", "many",
                "narrative", "Officers came at dawn.", "newSources[0].title", newSourceTitle,
                "newOrganizations[0].name", newSourceTitle + " group", "newOrganizations[0].kind", "no_such_kind");

        assertThat(refused.statusCode()).isEqualTo(422);
        String body = refused.body();
        assertThat(body).contains("id=\"date-error\"", "'last February' is not a date", "id=\"types-error\"",
                "id=\"countValue-error\"", "aria-invalid=\"true\"");
        assertThat(body).contains("value=\"Searched &lt;b>again&lt;/b>\"", "value=\"last February\"", newVictim,
                "Officers came at dawn.", "name=\"organizations\" value=\"" + record.movement() + "\"",
                "Democratic Choice of Kazakhstan");
        assertThat(db.sql("select count(*) from person where name = ?").param(newVictim).query(Long.class).single())
                .as("the new victim is not recorded without the incident").isZero();
        assertThat(body).contains("value=\"" + newSourceTitle + "\"", "id=\"newOrganizations-0-kind-error\"",
                "'no_such_kind' is not an organization kind", "<option value=\"no_such_kind\" selected>no_such_kind</option>",
                "value=\"" + newSourceTitle + " group\"");
        assertThat(db.sql("select count(*) from organization where name = ?").param(newSourceTitle + " group")
                .query(Long.class).single()).as("nor the new organisation").isZero();
        assertThat(db.sql("select count(*) from source where title::text like ?").param("%" + newSourceTitle + "%")
                .query(Long.class).single()).as("nor the new source").isZero();
    }

    /**
     * From a 2021 briefing paper: officers of the city police and the KNB, two articles, two affected groups and two
     * reports not yet in the record, entered at once.
     */
    @Test
    void twoPerpetratorsTwoArticlesTwoNewOrganisationsAndTwoNewSourcesAreRecordedInOnePass() {
        String tag = unique("rows");
        String police = tag + "-police";
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Almaty city police department %s', 'kind': 'law_enforcement'}"""
                .formatted(police, tag)), Role.REVIEWER).status()).isEqualTo(201);
        String form = editor.get("/incidents/new").body();
        assertThat(form).contains("data-add-row=\"perpetrators\"", "data-add-row=\"articles\"",
                "data-add-row=\"newOrganizations\"", "data-add-row=\"newSources\"", "id=\"perpetrators-template\"",
                "name=\"perpetrators[0].kind\"", "name=\"perpetrators[__i__].description\"");

        HttpResponse<String> saved = submit(editor, "title", "Picket of Oyan, Qazaqstan dispersed " + tag, "language", "en",
                "date", "2021-01-10", "types", "detention", "confidentiality", "internal", "reviewStatus", "draft",
                "perpetrators[0].kind", "police", "perpetrators[0].organization", police,
                "perpetrators[0].description", "police officers of the Almaty city police department",
                "perpetrators[1].kind", "knb",
                "articles[0].article", "CC-405", "articles[0].part", "2", "articles[1].article", "AC-488",
                "newOrganizations[0].name", "Oyan, Qazaqstan " + tag, "newOrganizations[0].kind", "informal_group",
                "newOrganizations[1].name", "Wake up, Kazakhstan " + tag, "newOrganizations[1].kind", "opposition_movement",
                "newSources[0].url", "https://rus.azattyq.org/a/" + tag, "newSources[0].title", "Picket dispersed " + tag,
                "newSources[0].outlet", "Radio Azattyq",
                "newSources[1].title", "KIBHR monitoring of January 2021 " + tag, "newSources[1].outlet", "KIBHR");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        String key = location.substring(location.indexOf("/incidents/") + "/incidents/".length(), location.indexOf('?'));
        JsonNode incident = get("/api/v1/incidents/" + key).json();
        assertThat(incident.get("perpetrators")).isEqualTo(json("""
                [{'kind': 'police', 'organization': '%s', 'description': 'police officers of the Almaty city police department'},
                 {'kind': 'knb'}]""".formatted(police)));
        assertThat(incident.get("articles")).isEqualTo(json("""
                [{'code': 'CC', 'article': '405', 'part': '2'}, {'code': 'AC', 'article': '488'}]"""));
        assertThat(incident.get("victims")).hasSize(2);
        for (String name : List.of("Oyan, Qazaqstan " + tag, "Wake up, Kazakhstan " + tag)) {
            assertThat(db.sql("select count(*) from organization where name = ?").param(name).query(Long.class).single())
                    .as("%s is recorded once", name).isEqualTo(1);
        }
        assertThat(get("/api/v1/organizations/" + incident.get("victims").get(1).get("organization").asString()).json()
                .get("kind").asString()).isEqualTo("opposition_movement");
        assertThat(incident.get("sources")).hasSize(2);
        for (String title : List.of("Picket dispersed " + tag, "KIBHR monitoring of January 2021 " + tag)) {
            assertThat(db.sql("select count(*) from source where title ->> 'en' = ?").param(title).query(Long.class).single())
                    .as("%s is recorded once", title).isEqualTo(1);
        }
        JsonNode second = get("/api/v1/sources/" + incident.get("sources").get(1).get("source").asString()).json();
        assertThat(second.get("title").get("en").asString()).isEqualTo("KIBHR monitoring of January 2021 " + tag);
        assertThat(second.get("outlet").asString()).isEqualTo("KIBHR");
        assertThat(editor.get("/incidents/" + key).body()).contains("Almaty city police department " + tag,
                "police officers of the Almaty city police department", "National Security Committee (KNB)",
                "Oyan, Qazaqstan " + tag, "Wake up, Kazakhstan " + tag, "KIBHR monitoring of January 2021 " + tag);
    }

    @Test
    void aProblemInTheSecondRowOfEachKindIsShownNextToThatRowAndEveryRowIsKept() {
        String tag = unique("rows");
        HttpResponse<String> refused = submit(editor, "title", "Rows with problems " + tag, "language", "en",
                "date", "2021-01-10", "types", "detention",
                "perpetrators[0].kind", "police", "perpetrators[0].description", "officers in plain clothes " + tag,
                "perpetrators[1].kind", "secret_police", "perpetrators[1].description", "men who did not say who they were",
                "articles[0].article", "CC-405", "articles[1].article", "CC-174", "articles[1].part", "one",
                "newOrganizations[0].name", "Oyan, Qazaqstan " + tag, "newOrganizations[0].kind", "informal_group",
                "newOrganizations[1].kind", "ngo",
                "newSources[0].url", "https://vlast.kz/" + tag, "newSources[1].url", "vlast.kz/" + tag + " page 2");

        assertThat(refused.statusCode()).isEqualTo(422);
        String body = refused.body();
        assertThat(body).contains("id=\"perpetrators-1-kind-error\"", "'secret_police' is not a perpetrator kind",
                "id=\"articles-1-part-error\"", "'one' is not a part number", "id=\"newOrganizations-1-name-error\"",
                "id=\"newSources-1-url-error\"", "must be an http(s) address");
        assertThat(body).as("the summary names the row").contains("Perpetrators, row 2: Kind", "href=\"#articles-1-part\"");
        assertThat(body).as("the first rows have no problem")
                .doesNotContain("perpetrators-0-kind-error", "articles-0-article-error", "newOrganizations-0-name-error",
                        "newSources-0-url-error");
        assertThat(body).as("every row comes back as typed").contains(
                "<option value=\"police\" selected>", "value=\"officers in plain clothes " + tag + "\"",
                "<option value=\"secret_police\" selected>secret_police</option>", "value=\"men who did not say who they were\"",
                "<option value=\"CC-405\" selected>", "<option value=\"CC-174\" selected>", "value=\"one\"",
                "value=\"Oyan, Qazaqstan " + tag + "\"", "<option value=\"ngo\" selected>",
                "value=\"https://vlast.kz/" + tag + "\"", "value=\"vlast.kz/" + tag + " page 2\"");
        assertThat(body).contains("name=\"perpetrators[1].kind\"", "name=\"articles[1].part\"",
                "name=\"newOrganizations[1].kind\"", "name=\"newSources[1].url\"");
        assertThat(db.sql("select count(*) from organization where name = ?").param("Oyan, Qazaqstan " + tag)
                .query(Long.class).single()).as("nothing is recorded").isZero();
    }

    @Test
    void rowsLeftEmptyAreDroppedAsTheBrowserSendsThem() {
        HttpResponse<String> saved = submit(editor, "title", "Empty rows " + prefix, "language", "en",
                "date", "2021-01-10", "types", "detention", "perpetrators[0].kind", "", "perpetrators[0].organization", "",
                "perpetrators[0].description", "", "perpetrators[0].origin", "", "articles[0].article", "",
                "articles[0].part", "", "newOrganizations[0].name", "", "newOrganizations[0].kind", "",
                "newSources[0].url", "", "newSources[0].title", "", "newSources[0].outlet", "", "q", "");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        JsonNode incident = get("/api/v1" + location.substring(location.indexOf("/incidents/"), location.indexOf('?'))).json();
        assertThat(incident.has("perpetrators") && !incident.get("perpetrators").isEmpty()).isFalse();
        assertThat(incident.has("articles") && !incident.get("articles").isEmpty()).isFalse();
        assertThat(incident.has("victims") && !incident.get("victims").isEmpty()).isFalse();
        assertThat(incident.has("sources") && !incident.get("sources").isEmpty()).isFalse();
    }

    @Test
    void aRowWithoutItsRequiredPartIsRefusedRatherThanDropped() {
        String tag = unique("rows");
        HttpResponse<String> refused = submit(editor, "title", "Half rows " + tag, "language", "en",
                "date", "2021-01-10", "types", "detention", "perpetrators[0].description", "unknown men " + tag,
                "articles[0].part", "2", "newSources[0].outlet", "Vlast.kz");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"perpetrators-0-kind-error\"", "id=\"articles-0-article-error\"",
                "id=\"newSources-0-url-error\"", "a source needs a url or a title", "value=\"unknown men " + tag + "\"",
                "value=\"Vlast.kz\"");
    }

    @Test
    void theIncidentTypesAreOfferedInGroupsWithTheTypesAReleaseASentenceChangeAndASuspensionNeed() {
        String form = editor.get("/incidents/new").body();

        assertThat(form).contains("Deprivation of liberty", "Organisations and the internet", "id=\"types-filter\"",
                "value=\"release\"", "value=\"sentence_change\"", "value=\"suspension_of_organization\"");
        assertThat(form.indexOf("value=\"release\"")).as("a release among the deprivations of liberty")
                .isBetween(form.indexOf("Deprivation of liberty"), form.indexOf("In custody and serving a sentence"));
    }

    @Test
    void theFormNeedsARoleThatWritesAndItsToken() {
        WebSession viewer = signedIn(Role.VIEWER);
        assertThat(viewer.get("/incidents/new").statusCode()).isEqualTo(403);
        assertThat(viewer.head("/incidents/new").statusCode()).as("HEAD is a GET too").isEqualTo(403);
        assertThat(viewer.head("/pickers/persons?q=Tobylova&field=victims").statusCode()).isEqualTo(403);
        assertThat(editor.head("/incidents/new").statusCode()).isEqualTo(200);
        assertThat(editor.post("/incidents", "title", "no token", "date", "2020", "types", "detention").statusCode())
                .isEqualTo(403);
    }

    @Test
    void thePickerFindsAPersonByAVariantOfTheNameAndShowsWhatTellsNamesakesApart() {
        String choices = editor.get("/pickers/persons?field=victims&q=" + java.net.URLEncoder.encode("Тобылова "
                + WebRecords.cyrillicMark(prefix), java.nio.charset.StandardCharsets.UTF_8), "HX-Request", "true").body();

        assertThat(choices).contains(record.activist(), "Akmaral Tobylova", "Акмарал Тобылова", "Activist", "Almaty",
                "last incident 12 June 2019");
        // every test's movement is called DVK in Russian, and the picker offers the first ten: any of them shows the match
        assertThat(editor.get("/pickers/organizations?field=organizations&q=ДВК").body())
                .contains("Democratic Choice of Kazakhstan");
        // so is every test's report on DVK: a title word finds one of them
        assertThat(editor.get("/pickers/sources?field=sources&q=persecution+of+DVK").body())
                .contains("Kazakhstan: persecution of DVK supporters");
        assertThat(editor.get("/pickers/persons/" + record.activist() + "?field=victims").body())
                .contains("name=\"victims\" value=\"" + record.activist() + "\"");
    }

    @Test
    void thePickerOffersNoRecordBeyondTheReadersClearance() {
        String choices = editor.get("/pickers/persons?field=victims&q=Secret+Witness").body();

        assertThat(choices).doesNotContain(record.hiddenPerson());
    }
}
