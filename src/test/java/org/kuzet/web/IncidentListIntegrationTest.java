package org.kuzet.web;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

class IncidentListIntegrationTest extends ApiIntegrationTest {

    private WebRecords record;
    private WebSession editor;

    @BeforeEach
    void recordAndSignIn() {
        record = WebRecords.create(unique("list"), (path, body) -> send("POST", path, body, Role.REVIEWER),
                ApiIntegrationTest::json);
        String name = unique("editor").toLowerCase();
        users.create(name, Role.EDITOR, PASSWORD, false);
        editor = WebSession.signedIn(port, name, PASSWORD);
    }

    /** The count shown next to a facet value, e.g. count(body, "type", "search"). */
    private static long count(String body, String facet, String value) {
        Matcher m = Pattern.compile("href=\"[^\"]*(?:\\?|&amp;)" + facet + "=" + Pattern.quote(value) + "[^\"]*\"><span class=\"label\">[^<]*</span> <span class=\"n\">(\\d+)</span>")
                .matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Test
    void facetsCountTheIncidentsEachValueWouldLeaveUnderTheOtherFilters() {
        // both incidents concern the movement: one through its alleged supporter, one as the victim itself
        String body = editor.get("/incidents?organization=" + record.movement()).body();

        assertThat(body).contains("Protesters detained in Almaty", "Flat of a DVK supporter searched in Semey", "2 incidents");
        assertThat(count(body, "type", "detention")).isEqualTo(1);
        assertThat(count(body, "type", "search")).isEqualTo(1);
        assertThat(count(body, "region", "kz-almaty-city")).isEqualTo(1);
        assertThat(count(body, "region", "kz-abai-region")).as("Semey lies in Abai region").isEqualTo(1);
        assertThat(count(body, "perpetrator", "knb")).isEqualTo(1);
        assertThat(count(body, "article", "CC-405")).isEqualTo(1);
        assertThat(count(body, "reviewStatus", "draft")).isEqualTo(1);
        assertThat(editor.get("/incidents?organization=" + record.movement() + "&status=draft").body())
                .as("an address bookmarked when the filter was called status").contains("1 incident");

        String narrowed = editor.get("/incidents?organization=" + record.movement() + "&type=search").body();

        assertThat(narrowed).contains("Flat of a DVK supporter searched in Semey", "1 incident")
                .doesNotContain("Protesters detained in Almaty");
        assertThat(count(narrowed, "type", "detention")).as("a facet ignores its own filter").isEqualTo(1);
        assertThat(count(narrowed, "region", "kz-almaty-city")).as("other facets respect it").isZero();
        assertThat(count(narrowed, "perpetrator", "knb")).isEqualTo(1);
    }

    @Test
    void twoFacetsAndAYearNarrowTheListAndTheAddressKeepsThem() {
        String body = editor.get("/incidents?organization=" + record.movement() + "&region=kz-abai-region&perpetrator=knb").body();

        assertThat(body).contains("Flat of a DVK supporter searched in Semey", "February 2020", "1 incident");
        assertThat(body).contains("href=\"/incidents?organization=" + record.movement() + "&amp;perpetrator=knb\"")
                .as("the selected region links to the list without it");
        assertThat(editor.get("/incidents?organization=" + record.movement() + "&from=2019-01-01&to=2019-12-31").body())
                .contains("Protesters detained in Almaty", "1 incident").doesNotContain("searched in Semey");
    }

    @Test
    void htmxGetsOnlyTheListAndTheFacetsAndABrowserTheWholePage() {
        String path = "/incidents?organization=" + record.movement();
        HttpResponse<String> fragment = editor.get(path, "HX-Request", "true");
        HttpResponse<String> whole = editor.get(path);

        assertThat(fragment.body().strip()).startsWith("<div id=\"browser\"").doesNotContain("<html").contains("2 incidents");
        assertThat(fragment.headers().firstValue("Vary").orElse("")).contains("HX-Request");
        assertThat(whole.body()).contains("<html lang=\"en\">", "<div id=\"browser\"");
        assertThat(editor.get(path, "HX-Request", "true", "HX-History-Restore-Request", "true").body()).contains("<html");
    }

    @Test
    void theReadersClearanceLimitsTheListAndItsCounts() {
        String viewer = unique("viewer").toLowerCase();
        users.create(viewer, Role.VIEWER, PASSWORD, false);
        String confidential = unique("confidential-incident");
        var created = send("POST", "/api/v1/incidents", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Confidential interrogation'}, 'date': '2021-01-01',
                 'types': ['interrogation'], 'victims': [{'organization': '%s'}], 'confidentiality': 'confidential'}"""
                .formatted(confidential, record.movement())), Role.REVIEWER);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        String body = WebSession.signedIn(port, viewer, PASSWORD).get("/incidents?organization=" + record.movement()).body();

        assertThat(body).contains("2 incidents").doesNotContain("Confidential interrogation");
        assertThat(count(body, "type", "interrogation")).isZero();
        assertThat(count(body, "from", "2021-01-01")).as("no year 2021 to pick").isZero();
        assertThat(count(body, "from", "2019-01-01")).isEqualTo(1);
    }

    @Test
    void aMalformedDateInTheAddressIsShownAndIgnored() {
        HttpResponse<String> page = editor.get("/incidents?organization=" + record.movement() + "&from=June");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("could not be used", "from", "2 incidents");
        assertThat(editor.get("/incidents?organization=" + record.movement() + "&reviewStatus=lost&article=405&type=search").body())
                .as("each bad parameter is dropped, the good ones kept")
                .contains("could not be used", "reviewStatus", "article", "1 incident");
    }

    @Test
    void theListIsInRussianWithRussianFacetLabels() {
        String body = editor.get("/incidents?lang=ru&organization=" + record.movement()).body();

        assertThat(body).contains("Найдено инцидентов: 2", "Регион", "Алматы", "Задержание", "Черновик");
    }
}
