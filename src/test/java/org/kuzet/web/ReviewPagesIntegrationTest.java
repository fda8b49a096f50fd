package org.kuzet.web;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewPagesIntegrationTest extends WebIntegrationTest {

    private WebSession reviewer;
    private WebSession editor;
    private String tag;

    @BeforeEach
    void signIn() {
        reviewer = signedIn(Role.REVIEWER);
        editor = signedIn(Role.EDITOR);
        tag = unique("queue");
    }

    private String aDraft(String title) {
        String key = unique("draft");
        assertThat(send("POST", "/api/v1/incidents", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': '%s %s'}, 'date': '2021-03-08', 'types': ['detention']}"""
                .formatted(key, title, tag)), Role.EDITOR).status()).isEqualTo(201);
        return key;
    }

    private String statusOf(String key) {
        return get("/api/v1/incidents/" + key).json().get("reviewStatus").asString();
    }

    @Test
    void aReviewerVerifiesSeveralDraftsAtOnceThenPublishesThem() {
        String first = aDraft("March on 8 March dispersed");
        String second = aDraft("Organisers fined");
        String page = reviewer.get("/review?q=" + tag).body();
        assertThat(page).contains("March on 8 March dispersed", "Organisers fined", "value=\"1:" + first + "\"",
                "Mark the selected as verified");

        HttpResponse<String> verified = reviewer.post("/review/verify", "incident", "1:" + first, "incident", "1:" + second,
                "status", "draft", "q", tag, "_csrf", WebSession.csrf(page));

        assertThat(verified.statusCode()).isEqualTo(302);
        String back = verified.headers().firstValue("Location").orElseThrow();
        assertThat(back).contains("done=verified", "count=2");
        assertThat(reviewer.get(back.substring(back.indexOf("/review"))).body()).contains("Marked as verified: 2.");
        assertThat(statusOf(first)).isEqualTo("verified");
        assertThat(statusOf(second)).isEqualTo("verified");

        String verifiedTab = reviewer.get("/review?status=verified&q=" + tag).body();
        assertThat(verifiedTab).contains("value=\"2:" + first + "\"").doesNotContain("Mark the selected as verified");
        reviewer.post("/review/publish", "incident", "2:" + first, "status", "verified", "_csrf", WebSession.csrf(verifiedTab));
        assertThat(statusOf(first)).isEqualTo("published");
        assertThat(statusOf(second)).isEqualTo("verified");
    }

    @Test
    void whenSomeoneSavedOneOfTheSelectedMeanwhileNoneIsChanged() {
        String untouched = aDraft("Blogger searched");
        String saved = aDraft("Blogger detained");
        String page = reviewer.get("/review?q=" + tag).body();
        var current = get("/api/v1/incidents/" + saved).json();
        assertThat(send("PUT", "/api/v1/incidents/" + saved, current.toString(), Role.EDITOR).status()).isEqualTo(200);

        HttpResponse<String> refused = reviewer.post("/review/verify", "incident", "1:" + untouched, "incident", "1:" + saved,
                "_csrf", WebSession.csrf(page));

        assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("changed=" + saved);
        assertThat(statusOf(untouched)).as("all or none").isEqualTo("draft");
        assertThat(statusOf(saved)).isEqualTo("draft");
    }

    @Test
    void editorsSeeWhatWaitsButCannotVerifyOrPublish() {
        String key = aDraft("Journalist threatened");
        String page = editor.get("/review?q=" + tag).body();

        assertThat(page).contains("Journalist threatened", "Reviewers and administrators verify and publish")
                .doesNotContain("type=\"checkbox\"");
        assertThat(editor.post("/review/publish", "incident", "1:" + key, "_csrf", WebSession.csrf(page)).statusCode())
                .isEqualTo(403);
        assertThat(signedIn(Role.VIEWER).get("/review").statusCode()).isEqualTo(403);
        assertThat(statusOf(key)).isEqualTo("draft");
    }
}
