package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;

/** The review queue page: pairs side by side with reasons, merge with an Undo notice, "not the same", skip. */
class DuplicatePagesIntegrationTest extends WebIntegrationTest {

    @Test
    void aReviewerMergesAPairFromTheQueueAndUndoesIt() {
        String tag = unique("qz").replace("-", "");
        String first = person("Zhanbolat Mamay " + tag);
        String second = person("Жанболат Мамай " + tag);
        WebSession reviewer = signedIn(Role.REVIEWER);

        var queue = reviewer.get("/duplicates?type=persons&lang=en&q=" + tag);

        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Zhanbolat Mamay " + tag, "Жанболат Мамай " + tag,
                "Same name in another spelling or script", "Not the same", "Skip");
        String csrf = WebSession.csrf(queue.body());

        var merged = reviewer.post("/duplicates/merge", "_csrf", csrf, "type", "persons", "first", first, "second", second,
                "survivor", first);

        assertThat(merged.statusCode()).isEqualTo(302);
        String notice = path(merged.headers().firstValue("Location").orElseThrow());
        var after = reviewer.get(notice + "&lang=en");
        assertThat(after.body()).contains("Merged into " + first, "Undo the merge").doesNotContain("Жанболат Мамай " + tag);
        Matcher merge = Pattern.compile("name=\"merge\" value=\"(\\d+)\"").matcher(after.body());
        assertThat(merge.find()).isTrue();

        var undone = reviewer.post("/duplicates/undo", "_csrf", WebSession.csrf(after.body()), "type", "persons",
                "survivor", first, "merge", merge.group(1));

        assertThat(undone.statusCode()).isEqualTo(302);
        assertThat(reviewer.get(path(undone.headers().firstValue("Location").orElseThrow()) + "&lang=en&q=" + tag).body())
                .contains("The merge was undone", "Жанболат Мамай " + tag);
    }

    @Test
    void notTheSameRemovesThePairAndSkipHidesItForTheVisitOnly() {
        String tag = unique("qz").replace("-", "");
        String first = person("Max Bokayev " + tag);
        String second = person("Max Bokaev " + tag);
        WebSession reviewer = signedIn(Role.REVIEWER);
        var queue = reviewer.get("/duplicates?type=persons&q=" + tag);
        assertThat(queue.body()).contains(first);

        var skipped = reviewer.get("/duplicates?type=persons&q=" + tag + "&skip=" + first + "~" + second);
        var decided = reviewer.post("/duplicates/distinct", "_csrf", WebSession.csrf(queue.body()), "type", "persons",
                "first", first, "second", second);

        assertThat(skipped.body()).doesNotContain("Max Bokaev " + tag);
        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(reviewer.get("/duplicates?type=persons&q=" + tag).body()).doesNotContain("Max Bokaev " + tag);
    }

    @Test
    void editorsSeeTheQueueWithoutMergeButtonsAndViewersAreRefused() {
        String tag = unique("qz").replace("-", "");
        person("Inga Imanbai " + tag);
        person("Inga Imanbay " + tag);

        var editor = signedIn(Role.EDITOR).get("/duplicates?type=persons&lang=ru&q=" + tag);
        var viewer = signedIn(Role.VIEWER).get("/duplicates");

        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.body()).contains("Inga Imanbai " + tag, "Возможные дубликаты").doesNotContain("action=\"/duplicates/merge\"");
        assertThat(viewer.statusCode()).isEqualTo(403);
    }

    @Test
    void theEntryFormWarnsThatANewVictimMayAlreadyExistBeforeSavingAnything() {
        String tag = unique("qz").replace("-", "");
        String existing = person("Zhanbolat Mamay " + tag);
        WebSession editor = signedIn(Role.EDITOR);
        String csrf = WebSession.csrf(editor.get("/incidents/new").body());
        String[] fields = {"_csrf", csrf, "title", "Detained " + tag, "language", "en", "date", "2020-06-06",
            "types", "detention", "newVictims", "Жанболат Мамай " + tag, "confidentiality", "internal", "reviewStatus", "draft"};

        var warned = editor.post("/incidents?lang=en", fields);

        assertThat(warned.statusCode()).isEqualTo(200);
        assertThat(warned.body()).contains("This person may already exist:", "/persons/" + existing, "use the existing record",
                "name=\"confirmNew\"");
        assertThat(db().sql("select count(*) from person where name = ?").param("Жанболат Мамай " + tag)
                .query(Long.class).single()).isZero();

        String[] confirmed = java.util.Arrays.copyOf(fields, fields.length + 2);
        confirmed[fields.length] = "confirmNew";
        confirmed[fields.length + 1] = "true";
        var saved = editor.post("/incidents", confirmed);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(db().sql("select count(*) from person where name = ?").param("Жанболат Мамай " + tag)
                .query(Long.class).single()).isEqualTo(1);
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private org.springframework.jdbc.core.simple.JdbcClient db() {
        return jdbc;
    }

    private static String path(String location) {
        java.net.URI uri = java.net.URI.create(location);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private String person(String name) {
        String key = unique("person");
        var r = send("POST", "/api/v1/persons", json("{'key': '" + key + "', 'name': '" + name + "'}"), Role.REVIEWER);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return key;
    }
}
