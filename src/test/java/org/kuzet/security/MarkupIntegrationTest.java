package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kuzet.support.ApiIntegrationTest;

/**
 * Markup typed into any text field of the record comes out of every page as text: escaped, never as an element or
 * an attribute a browser would run. (The Content-Security-Policy would also refuse inline script; this test does
 * not rely on it.)
 */
class MarkupIntegrationTest extends ApiIntegrationTest {

    private static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
            "\" onmouseover=\"alert(3)", "' autofocus onfocus='alert(4)", "</textarea><svg onload=alert(5)>");

    /** One payload in every text field, each field marked so a failure names it. */
    private static String text(String field) {
        return field + ":" + String.join(" ", PAYLOADS);
    }

    private static String quoted(String field) {
        return JSON.writeValueAsString(text(field));
    }

    private static String localized(String field) {
        return "{\"original\": \"en\", \"en\": " + quoted(field + ".en") + ", \"ru\": " + quoted(field + ".ru") + "}";
    }

    private String create(String path, String body) {
        var created = send("POST", path, body, token(Role.ADMIN), "application/json");
        assertThat(created.status()).as(path + ": " + created.body()).isEqualTo(201);
        return created.json().get("key").asString();
    }

    @Test
    void markupInEveryTextFieldIsEscapedOnEveryPage() throws Exception {
        String run = unique("xss");
        String source = create("/api/v1/sources", """
                {"key": "%s-src", "url": "https://example.org/a?b=%%3Cscript%%3E", "title": %s, "outlet": %s, "kind": "media",
                 "informant": %s}""".formatted(run, localized("source.title"), quoted("source.outlet"), quoted("source.informant")));
        String organization = create("/api/v1/organizations", """
                {"key": "%s-org", "name": %s, "kind": "opposition_movement", "description": %s,
                 "names": [{"name": %s, "kind": "alias"}],
                 "statuses": [{"status": "banned_extremist", "date": "2018-03-13", "decidedByText": %s, "note": %s}]}"""
                .formatted(run, quoted("org.name"), localized("org.description"), quoted("org.alias"),
                        quoted("org.decidedBy"), localized("org.statusNote")));
        String person = create("/api/v1/persons", """
                {"key": "%s-person", "name": %s, "names": [{"name": %s}], "description": %s, "place": "kz-almaty-city",
                 "memberships": [{"organization": "%s", "kind": "supporter", "alleged": true}],
                 "assessments": [{"date": "2019-01-01", "conclusion": "political_prisoner", "assessedByText": %s, "criteria": %s}],
                 "sensitive": {"address": %s, "contacts": %s, "consentNotes": %s}}"""
                .formatted(run, quoted("person.name"), quoted("person.variant"), localized("person.description"),
                        organization, quoted("assessment.by"), quoted("assessment.criteria"), quoted("person.address"),
                        quoted("person.contacts"), quoted("person.consentNotes")));
        String legalCase = create("/api/v1/cases", """
                {"key": "%s-case", "kind": "criminal", "number": %s, "title": %s,
                 "parties": [{"person": "%s", "role": "defendant"}],
                 "charges": [{"defendant": "%s", "code": "CC", "article": "405", "label": %s}],
                 "stages": [{"kind": "opened", "date": "2019-01-10", "note": %s},
                            {"kind": "verdict", "date": "2019-06-01", "person": "%s", "outcome": "convicted",
                             "courtText": %s, "judge": %s,
                             "sentence": [{"kind": "imprisonment", "duration": "P5Y", "note": %s}]}]}"""
                .formatted(run, quoted("case.number"), localized("case.title"), person, person, localized("charge.label"),
                        localized("stage.note"), person, quoted("stage.court"), quoted("stage.judge"),
                        localized("sentence.note")));
        String incident = create("/api/v1/incidents", """
                {"key": "%s-inc", "title": %s, "narrative": %s, "testimony": %s, "date": "2019-01-05",
                 "place": "kz-almaty-city", "placeDetail": %s, "types": ["detention"],
                 "victims": [{"person": "%s", "note": %s}, {"organization": "%s"}],
                 "perpetrators": [{"kind": "police", "description": %s}],
                 "legalCases": ["%s"], "sources": [{"source": "%s", "claim": %s, "locator": %s}],
                 "reviewStatus": "published"}"""
                .formatted(run, localized("incident.title"), localized("incident.narrative"), quoted("incident.testimony"),
                        quoted("incident.placeDetail"), person, quoted("victim.note"), organization,
                        quoted("perpetrator.description"), legalCase, source, quoted("citation.claim"),
                        quoted("citation.locator")));

        String name = unique("reader");
        users.create(name, Role.ADMIN, PASSWORD, false);
        Browser browser = new Browser(port);
        assertThat(browser.signIn(name, PASSWORD).statusCode()).isEqualTo(302);
        List<String> pages = List.of("/", "/incidents", "/incidents?q=" + run, "/incidents/" + incident,
                "/incidents/" + incident + "?lang=ru", "/persons/" + person, "/organizations/" + organization,
                "/cases/" + legalCase, "/pickers/persons?field=victims&q=" + run,
                "/pickers/organizations?field=organizations&q=" + run, "/pickers/sources?field=sources&q=" + run);
        for (String page : pages) {
            var response = browser.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).as(page)
                    .contains("script-src 'self'").doesNotContain("unsafe-inline");
            // No element of the payloads, and no tag that carries one of their handlers.
            assertThat(response.body()).as(page).doesNotContain("<script>alert", "<img src=x", "<svg onload", "</textarea><svg");
            Matcher tag = Pattern.compile("<[a-zA-Z][^>]*>").matcher(response.body());
            while (tag.find()) {
                assertThat(tag.group()).as(page).doesNotContain("alert(");
            }
        }
        assertThat(browser.get("/incidents/" + incident).body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
