package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An incident whose sources give no date is recorded with its date unknown — through the form and the API — and is
 * never given one: it comes after the dated incidents, matches no period and is counted apart in statistics.
 */
class UndatedIncidentIntegrationTest extends WebIntegrationTest {

    private String p;
    private String scope;

    @Autowired
    JdbcClient db;

    @BeforeEach
    void union() {
        p = unique("undated");
        // an organisation only this test names, so that lists and statistics can be limited to its incidents
        created(send("POST", "/api/v1/organizations", json("{'key': '%s-union', 'name': 'Union %s', 'kind': 'trade_union', 'confidentiality': 'public'}"
                .formatted(p, p)), Role.ADMIN));
        scope = "organization=" + p + "-union";
    }

    private Response incident(String suffix, String dateFields) {
        return send("POST", "/api/v1/incidents", json("""
                {'key': '%1$s-%2$s', 'title': {'original': 'en', 'en': 'Incident %2$s %1$s'}, %3$s, 'types': ['search'],
                 'victims': [{'organization': '%1$s-union'}], 'reviewStatus': 'draft', 'confidentiality': 'public'}"""
                .formatted(p, suffix, dateFields)), Role.EDITOR);
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private static List<String> keys(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(i -> i.get("key").asString()).toList();
    }

    /** The incident form, sent as the browser sends it. */
    private static HttpResponse<String> submit(WebSession session, String... fields) {
        return session.submit("/incidents", "/incidents/new", fields);
    }

    @Test
    void theApiRecordsAnUnknownDateOnlyWhenItIsSaidAndNeverWithADate() {
        created(incident("nodate", "'datePrecision': 'unknown'"));

        JsonNode stored = get("/api/v1/incidents/" + p + "-nodate").json();
        assertThat(stored.has("date")).as("no date is invented").isFalse();
        assertThat(stored.get("datePrecision").asString()).isEqualTo("unknown");

        Response silent = incident("silent", "'place': null");
        assertThat(silent.status()).as("a missing date is not taken for an unknown one").isEqualTo(422);
        assertThat(silent.body()).contains("datePrecision \\\"unknown\\\"");
        assertThat(silent.errorFields()).contains("$.date");
        Response both = incident("both", "'date': '2021-05-01', 'datePrecision': 'unknown'");
        assertThat(both.status()).isEqualTo(422);
        assertThat(both.errorFields()).contains("$.date");
        Response span = incident("span", "'datePrecision': 'unknown', 'endDate': '2021-05-01'");
        assertThat(span.errorFields()).contains("$.endDate");
        assertThat(db.sql("select count(*) from incident where key in (?, ?, ?)").params(p + "-silent", p + "-both", p + "-span")
                .query(Long.class).single()).isZero();
    }

    @Test
    void undatedIncidentsComeAfterTheDatedInBothOrdersAndMatchNoPeriod() {
        created(incident("nodate", "'datePrecision': 'unknown'"));
        created(incident("old", "'date': '2019-03-01'"));
        created(incident("new", "'date': '2021-03-01', 'datePrecision': 'month'"));

        assertThat(keys(get("/api/v1/incidents?" + scope).json())).containsExactly(p + "-new", p + "-old", p + "-nodate");
        assertThat(keys(get("/api/v1/incidents?sort=date&" + scope).json())).containsExactly(p + "-old", p + "-new", p + "-nodate");
        assertThat(keys(get("/api/v1/incidents?from=1900-01-01&to=2100-12-31&" + scope).json()))
                .containsExactly(p + "-new", p + "-old");
        assertThat(keys(get("/api/v1/incidents?undated=true&" + scope).json())).containsExactly(p + "-nodate");
        Response contradictory = get("/api/v1/incidents?undated=true&from=2020-01-01&" + scope);
        assertThat(contradictory.status()).isEqualTo(422);
        assertThat(contradictory.errorFields()).anyMatch(f -> f.contains("undated"));
    }

    @Test
    void statisticsCountAnUndatedIncidentInNoPeriodButApartWhenGroupedByTime() {
        created(incident("nodate", "'datePrecision': 'unknown'"));
        created(incident("dated", "'date': '2021-03-01'"));

        JsonNode byYear = get("/api/v1/stats?unit=incidents&by=year&" + scope).json();
        assertThat(byYear.get("groups")).extracting(g -> g.get("key").asString() + "=" + g.get("counts").get(0).get("value").asLong())
                .containsExactly("2021=1", "unknown=1");
        JsonNode inPeriod = get("/api/v1/stats?unit=incidents&by=year&from=1900-01-01&to=2100-12-31&" + scope).json();
        assertThat(inPeriod.get("totals").get(0).get("value").asLong()).as("no period holds an unknown date").isEqualTo(1);
        JsonNode byType = get("/api/v1/stats?unit=incidents&by=type&" + scope).json();
        assertThat(byType.get("totals").get(0).get("value").asLong()).as("without a period it is an incident like any other")
                .isEqualTo(2);
    }

    @Test
    void anIncidentWithAnEndDateMarkedUndatedOnTheFormLosesTheEndOfASpanWithoutAStart() {
        created(incident("span", "'date': '2020-02-01', 'datePrecision': 'month', 'endDate': '2020-03-01',"
                + " 'endDatePrecision': 'month'"));
        WebSession editor = signedIn(Role.EDITOR);

        HttpResponse<String> saved = editor.submit("/incidents/" + p + "-span", "/incidents/" + p + "-span/edit",
                "version", "1", "title", "Incident span " + p, "language", "en", "date", "", "dateUnknown", "true",
                "types", "search", "organizations", p + "-union", "confidentiality", "public", "reviewStatus", "draft");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode stored = get("/api/v1/incidents/" + p + "-span").json();
        assertThat(stored.get("datePrecision").asString()).isEqualTo("unknown");
        assertThat(stored.has("date")).isFalse();
        assertThat(stored.has("endDate")).isFalse();
        assertThat(send("GET", "/api/v1/incidents/" + p + "-span/history/1", null, Role.REVIEWER).body())
                .as("the history keeps the span")
                .contains("2020-03-01");
    }

    @Test
    void theFormRecordsAnUnknownDateWhenTheBoxIsTickedAndTheListKeepsItApart() {
        WebSession editor = signedIn(Role.EDITOR);
        String title = "Searched, no date given " + p;

        HttpResponse<String> blank = submit(editor, "title", title, "language", "en", "date", "", "types", "search",
                "organizations", p + "-union", "confidentiality", "public", "reviewStatus", "draft");
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("id=\"date-error\"", "The sources give no date", "value=\"" + title + "\"");
        HttpResponse<String> both = submit(editor, "title", title, "language", "en", "date", "2021-02",
                "dateUnknown", "true", "types", "search", "organizations", p + "-union", "confidentiality", "public",
                "reviewStatus", "draft");
        assertThat(both.statusCode()).isEqualTo(422);
        assertThat(both.body()).contains("id=\"date-error\"", "clear one of them");
        assertThat(db.sql("select count(*) from incident where title ->> 'en' = ?").param(title).query(Long.class).single())
                .isZero();

        HttpResponse<String> saved = submit(editor, "title", title, "language", "en", "date", "", "dateUnknown", "true",
                "types", "search", "organizations", p + "-union", "confidentiality", "public", "reviewStatus", "draft");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/incidents/"), location.indexOf('?'));
        assertThat(get("/api/v1" + path).json().get("datePrecision").asString()).isEqualTo("unknown");
        assertThat(editor.get(path).body()).contains("date unknown");
        assertThat(editor.get(path + "/edit").body()).as("the edit form shows the box ticked")
                .containsPattern("id=\"dateUnknown\" name=\"dateUnknown\" type=\"checkbox\" value=\"true\" checked");

        created(incident("dated", "'date': '2021-03-01'"));
        String list = editor.get("/incidents?" + scope).body();
        assertThat(list).contains("Date unknown", "undated=true");
        assertThat(list.indexOf("Incident dated " + p)).as("the dated incident first").isLessThan(list.indexOf(title))
                .isNotNegative();
        String undated = editor.get("/incidents?undated=true&" + scope).body();
        assertThat(undated).contains(title).doesNotContain("Incident dated " + p);
    }

    @Test
    void aPersonsTimelineShowsAnUndatedIncidentLastAndSaysTheDateIsUnknown() {
        created(send("POST", "/api/v1/persons", json("{'key': '%1$s-dana', 'name': 'Dana %1$s', 'confidentiality': 'public'}"
                .formatted(p)), Role.ADMIN));
        for (String[] incident : List.of(new String[] {"nodate", "'datePrecision': 'unknown'"},
                new String[] {"dated", "'date': '2021-03-01'"})) {
            created(send("POST", "/api/v1/incidents", json("""
                    {'key': '%1$s-%2$s', 'title': {'original': 'en', 'en': 'Incident %2$s %1$s'}, %3$s, 'types': ['search'],
                     'victims': [{'person': '%1$s-dana'}], 'confidentiality': 'public'}""".formatted(p, incident[0], incident[1])),
                    Role.EDITOR));
        }

        HttpResponse<String> page = signedIn(Role.VIEWER).get("/persons/" + p + "-dana");

        assertThat(page.statusCode()).isEqualTo(200);
        String timeline = page.body().substring(page.body().indexOf("id=\"timeline\""));
        assertThat(timeline).contains("date unknown");
        assertThat(timeline.indexOf("Incident dated " + p)).isNotNegative().isLessThan(timeline.indexOf("Incident nodate " + p));
    }
}
