package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;

/** The search page: the header's box on every page, results with marked snippets, facets, htmx, en and ru. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPagesIntegrationTest extends WebIntegrationTest {

    private final String tag = "zp" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    private final String k = unique("page");
    private WebSession viewer;

    @BeforeAll
    void aPersonAndAnIncident() {
        assertThat(send("POST", "/api/v1/persons", json("""
                {'key': '%s-mamay', 'name': 'Zhanbolat Mamay', 'names': [{'name': 'Жанболат Мамай'}], 'place': 'kz-almaty-city',
                 'description': {'original': 'en', 'en': 'Journalist %s'}, 'confidentiality': 'internal'}""".formatted(k, tag)),
                Role.ADMIN).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/incidents", json("""
                {'key': '%s-inc', 'title': {'original': 'en', 'en': 'Journalist <b>detained</b> %s', 'ru': 'Журналист задержан %s'},
                 'narrative': {'original': 'en', 'en': 'Police detained the journalist %s <script>alert(1)</script> at night.'},
                 'date': '2021-01-05', 'place': 'kz-almaty-city', 'types': ['detention'], 'rights': ['expression'],
                 'confidentiality': 'internal', 'reviewStatus': 'draft'}""".formatted(k, tag, tag, tag)), Role.ADMIN).status())
                .isEqualTo(201);
        viewer = signedIn(Role.VIEWER);
    }

    @Test
    void everyPageCarriesTheSearchBox() {
        String body = viewer.get("/").body();
        assertThat(body).contains("<form class=\"quick-search\" method=\"get\" action=\"/search\" role=\"search\">",
                "name=\"q\"");
    }

    @Test
    void resultsShowMarkedSnippetsLinksAndWhyTheyMatched() {
        HttpResponse<String> response = viewer.get("/search?q=" + URLEncoder.encode("detained " + tag, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body();
        assertThat(body).contains("<a href=\"/incidents/" + k + "-inc\">Journalist &lt;b&gt;detained&lt;/b&gt; " + tag + "</a>",
                "<mark>detained</mark>", "1 result", "Matched:", "name or title");
        // text from the record is escaped (titles) or cut to words (snippets), never markup
        assertThat(body).doesNotContain("<script>alert(1)").doesNotContain("<b>detained</b>");
    }

    @Test
    void aNameInAnotherScriptFindsThePersonAndFacetsNarrow() {
        String body = viewer.get("/search?type=person&size=100&q=Mamaj").body();
        assertThat(body).contains("/persons/" + k + "-mamay", "a spelling of the name");

        String all = viewer.get("/search?q=" + tag).body();
        assertThat(all).contains("2 results", "href=\"/search?q=" + tag + "&amp;type=person\"");
        String narrowed = viewer.get("/search?q=" + tag + "&type=person").body();
        assertThat(narrowed).contains("1 result", "/persons/" + k + "-mamay", "aria-current=\"true\"")
                .doesNotContain("/incidents/" + k + "-inc");
    }

    @Test
    void theEntryFormsPickersOfferTheNameInAnotherSpelling() {
        // a name no other test records, so that the picker's ten choices are not taken by namesakes
        assertThat(send("POST", "/api/v1/persons", json("""
                {'key': '%s-qydyrbai', 'name': 'Қыдырбай Өтеулиев', 'names': [{'name': 'Kydyrbai Oteuliev'}],
                 'place': 'kz-almaty-city', 'confidentiality': 'internal'}""".formatted(k)), Role.ADMIN).status()).isEqualTo(201);
        WebSession editor = signedIn(Role.EDITOR);
        for (String typed : List.of("Kydyrbaj", "Qydyrbay Oteuliev", "Кыдырбай", "Oteuliev")) {
            String choices = editor.get("/pickers/persons?field=victims&q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8))
                    .body();
            assertThat(choices).as(typed).contains(k + "-qydyrbai", "Kydyrbai Oteuliev", "Almaty");
        }
    }

    @Test
    void htmxAsksOnlyForTheResults() {
        String fragment = viewer.get("/search?q=" + tag, "HX-Request", "true").body();
        assertThat(fragment).startsWith("<div id=\"search\"").doesNotContain("<html");
    }

    @Test
    void theLabelsAreRussianOnARussianPage() {
        // a session of its own: the language chosen stays with the session
        String body = signedIn(Role.VIEWER).get("/search?lang=ru&q=" + tag).body();
        assertThat(body).contains("Поиск", "Найдено: 2", "Журналист задержан " + tag, "Человек", "Инцидент");
    }

    @Test
    void aMalformedFilterIsNamedAndLeftOut() {
        String body = viewer.get("/search?q=" + tag + "&type=planet").body();
        assertThat(body).contains("$.type", "2 results");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertThat(WebSession.anonymous(port).get("/search?q=" + tag).statusCode()).isEqualTo(302);
    }
}
