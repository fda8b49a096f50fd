package org.kuzet.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
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

    private HttpResponse<String> submit(WebSession session, String... fields) {
        List<String> pairs = new ArrayList<>(List.of(fields));
        pairs.add("_csrf");
        pairs.add(WebSession.csrf(session.get("/incidents/new").body()));
        return session.post("/incidents", pairs.toArray(String[]::new));
    }

    @Test
    void aDetentionWithANewVictimAnExistingOrganisationAndASourceIsRecordedInOnePass() {
        String newVictim = "Асья Тулесова " + unique("v");
        HttpResponse<String> saved = submit(editor, "title", "Detained at the Almaty rally", "language", "en",
                "date", "2020-06-06", "place", "kz-almaty-city", "types", "detention", "rights", "assembly",
                "victims", record.activist(), "newVictims", newVictim + "\n\n", "organizations", record.movement(),
                "perpetrator", "police", "article", "CC-405", "articlePart", "2", "countQualifier", "more_than",
                "countValue", "30", "sources", record.source(), "confidentiality", "public", "reviewStatus", "draft",
                "newSourceUrl", "https://rus.azattyq.org/a/almaty-rally", "newSourceTitle", "Rally in Almaty: dozens detained",
                "newSourceOutlet", "Radio Azattyq", "newOrganizationName", "Oyan, Qazaqstan", "newOrganizationKind", "informal_group");

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
                "narrative", "Officers came at dawn.", "newSourceTitle", newSourceTitle,
                "newOrganizationName", newSourceTitle + " group", "newOrganizationKind", "no_such_kind");

        assertThat(refused.statusCode()).isEqualTo(422);
        String body = refused.body();
        assertThat(body).contains("id=\"date-error\"", "'last February' is not a date", "id=\"types-error\"",
                "id=\"countValue-error\"", "aria-invalid=\"true\"");
        assertThat(body).contains("value=\"Searched &lt;b>again&lt;/b>\"", "value=\"last February\"", newVictim,
                "Officers came at dawn.", "name=\"organizations\" value=\"" + record.movement() + "\"",
                "Democratic Choice of Kazakhstan");
        assertThat(db.sql("select count(*) from person where name = ?").param(newVictim).query(Long.class).single())
                .as("the new victim is not recorded without the incident").isZero();
        assertThat(body).contains("value=\"" + newSourceTitle + "\"", "id=\"newOrganization-error\"",
                "kind: 'no_such_kind' is not an organization kind",
                "value=\"" + newSourceTitle + " group\"");
        assertThat(db.sql("select count(*) from organization where name = ?").param(newSourceTitle + " group")
                .query(Long.class).single()).as("nor the new organisation").isZero();
        assertThat(db.sql("select count(*) from source where title::text like ?").param("%" + newSourceTitle + "%")
                .query(Long.class).single()).as("nor the new source").isZero();
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
