package org.kuzet.incident;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

class IncidentApiIntegrationTest extends ApiIntegrationTest {

    private String aSource() {
        String key = unique("source");
        send("POST", "/api/v1/sources", json("{'key': '%s', 'url': 'https://bureau.kz/novosti/x', 'kind': 'media'}".formatted(key)),
                Role.EDITOR);
        return key;
    }

    private String crowdDetention(String key, String source) {
        return """
                {'key': '%s',
                 'title': {'original': 'en', 'en': '70 Democratic Party members detained in Almaty',
                           'ru': 'В Алматы задержаны 70 членов Демократической партии'},
                 'date': '2020-02-22', 'datePrecision': 'day', 'place': 'kz-almaty-city',
                 'types': ['detention'], 'rights': ['assembly', 'association'],
                 'victimCount': {'qualifier': 'exact', 'value': 70},
                 'perpetrators': [{'kind': 'police'}],
                 'articles': [{'code': 'AC', 'article': '488'}],
                 'confidentiality': 'public', 'reviewStatus': 'published',
                 'sources': [{'source': '%s', 'locator': 'footnote 33'}]}""".formatted(key, source);
    }

    @Test
    void crowdDetentionRoundTripsWithCountTypesAndCitation() {
        String key = unique("detention");
        var created = send("POST", "/api/v1/incidents", json(crowdDetention(key, aSource())), Role.REVIEWER);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var read = get("/api/v1/incidents/" + key).json();
        assertThat(read.get("victimCount").get("value").asInt()).isEqualTo(70);
        assertThat(read.get("title").get("ru").asString()).isEqualTo("В Алматы задержаны 70 членов Демократической партии");
        assertThat(read.get("types").get(0).asString()).isEqualTo("detention");
        assertThat(read.get("sources").get(0).get("locator").asString()).isEqualTo("footnote 33");
    }

    private String countedIncident(String key, String count) {
        return """
                {'key': '%s', 'title': {'original': 'en', 'en': 'Inspections %s'}, 'date': '2021-03-01',
                 'types': ['search'], 'victimCount': %s}""".formatted(key, key, count);
    }

    @Test
    void aCountSaysWhatItCountsPersonsUnlessToldOtherwiseAndAnUnknownUnitIsRefusedByName() {
        String ngos = unique("ngos");
        String detentions = unique("detentions");
        String crowd = unique("crowd");
        var organisations = send("POST", "/api/v1/incidents", json(countedIncident(ngos,
                "{'qualifier': 'exact', 'value': 12, 'unit': 'organizations'}")), Role.EDITOR);
        var unsaid = send("POST", "/api/v1/incidents", json(countedIncident(detentions,
                "{'qualifier': 'exact', 'value': 30, 'unit': 'unknown'}")), Role.EDITOR);
        var withoutUnit = send("POST", "/api/v1/incidents", json(countedIncident(crowd,
                "{'qualifier': 'more_than', 'value': 200}")), Role.EDITOR);
        String guessed = unique("guessed");
        var refused = send("POST", "/api/v1/incidents", json(countedIncident(guessed,
                "{'qualifier': 'exact', 'value': 12, 'unit': 'ngos'}")), Role.EDITOR);

        assertThat(List.of(organisations.status(), unsaid.status(), withoutUnit.status())).containsOnly(201);
        assertThat(get("/api/v1/incidents/" + ngos).json().get("victimCount"))
                .isEqualTo(json("{'qualifier': 'exact', 'value': 12, 'unit': 'organizations'}"));
        assertThat(get("/api/v1/incidents/" + detentions).json().get("victimCount").get("unit").asString())
                .isEqualTo("unknown");
        assertThat(get("/api/v1/incidents/" + crowd).json().get("victimCount"))
                .as("a count that does not say what it counts counts persons, and says so when read")
                .isEqualTo(json("{'qualifier': 'more_than', 'value': 200, 'unit': 'persons'}"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("$.victimCount.unit");
        assertThat(refused.body()).contains("'ngos' is not one of persons, organizations, unknown");
        assertThat(get("/api/v1/incidents/" + guessed).status()).isEqualTo(404);
    }

    @Test
    void listFiltersByTypeArticleAndRegionIncludingItsSettlements() {
        String key = unique("filtered");
        send("POST", "/api/v1/incidents", json(crowdDetention(key, aSource())), Role.REVIEWER);

        var byArticle = get("/api/v1/incidents?article=AC-488&type=detention&q=" + key).json();
        var byOtherType = get("/api/v1/incidents?type=search&q=" + key).json();
        var byMonth = get("/api/v1/incidents?from=2020-02-01&to=2020-02-29&region=kz-almaty-city&q=" + key).json();
        var byOlderName = get("/api/v1/incidents?place=kz-almaty-city&q=" + key).json();
        var elsewhere = get("/api/v1/incidents?region=kz-abai-region&q=" + key).json();

        assertThat(byArticle.get("total").asLong()).isEqualTo(1);
        assertThat(byOtherType.get("total").asLong()).isZero();
        assertThat(byMonth.get("items").get(0).get("key").asString()).isEqualTo(key);
        assertThat(byOlderName.get("total").asLong()).as("place is the older name of region").isEqualTo(1);
        assertThat(elsewhere.get("total").asLong()).isZero();
    }

    @Test
    void badInputNamesEveryFieldAndStoresNothing() {
        String key = unique("bad");
        var response = send("POST", "/api/v1/incidents", json("""
                {'key': '%s', 'date': '2021-02-30', 'types': ['detention', 'teleportation'],
                 'rights': ['flying'], 'victimCount': {'qualifier': 'more_than'},
                 'victims': [{'person': 'nobody-%s'}], 'place': 'atlantis',
                 'articles': [{'code': 'CC', 'article': '9999'}]}""".formatted(key, key)), Role.EDITOR);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("$.title", "$.date", "$.types[1]", "$.rights[0]",
                "$.victimCount.value", "$.victims[0].person", "$.place", "$.articles[0]");
        assertThat(get("/api/v1/incidents/" + key).status()).isEqualTo(404);
    }

    @Test
    void aNarrativeFiveTimesTooLongIsRefusedWithItsLength() {
        String key = unique("huge");
        String huge = "а".repeat(500_000); // a megabyte: within the size of a request, five times the narrative's limit
        String body = crowdDetention(key, aSource()).replace('\'', '"')
                .replace("\"confidentiality\"", "\"narrative\": {\"original\": \"ru\", \"ru\": \"" + huge + "\"}, \"confidentiality\"");
        var response = send("POST", "/api/v1/incidents", body, token(Role.REVIEWER), "application/json");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("$.narrative.ru");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("500000 characters");
        assertThat(get("/api/v1/incidents/" + key).status()).isEqualTo(404);
    }

    @Test
    void malformedJsonAndWrongContentTypeAreRejected() {
        var malformed = send("POST", "/api/v1/incidents", "{\"title\": ", token(Role.EDITOR), "application/json");
        var wrongType = send("POST", "/api/v1/incidents", "title=x", token(Role.EDITOR), "text/plain");
        var wrongShape = send("POST", "/api/v1/incidents", "{\"types\": \"detention\"}", token(Role.EDITOR), "application/json");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongShape.status()).isEqualTo(400);
        assertThat(wrongShape.errorFields()).containsExactly("$.types");
    }

    @Test
    void staleUpdateIsAConflictAndLeavesTheIncidentUnchanged() {
        String key = unique("edited");
        String source = aSource();
        send("POST", "/api/v1/incidents", json(crowdDetention(key, source)), Role.REVIEWER);
        String changed = crowdDetention(key, source).replace("'value': 70", "'value': 71").replace("{'key'", "{'version': 1, 'key'");
        String stale = crowdDetention(key, source).replace("'value': 70", "'value': 99").replace("{'key'", "{'version': 1, 'key'");

        assertThat(send("PUT", "/api/v1/incidents/" + key, json(changed), Role.EDITOR).status()).isEqualTo(200);
        assertThat(send("PUT", "/api/v1/incidents/" + key, json(stale), Role.EDITOR).status()).isEqualTo(409);
        assertThat(get("/api/v1/incidents/" + key).json().get("victimCount").get("value").asInt()).isEqualTo(71);
    }

    @Test
    void editorsKeepOrLowerAReviewStatusButOnlyReviewersVerifyOrPublish() {
        String key = unique("review");
        String source = aSource();
        String draft = crowdDetention(key, source).replace("'published'", "'draft'");

        var published = send("POST", "/api/v1/incidents", json(crowdDetention(unique("early"), source)), Role.EDITOR);
        send("POST", "/api/v1/incidents", json(draft), Role.EDITOR);
        var verifiedByEditor = send("PUT", "/api/v1/incidents/" + key,
                json(draft.replace("'draft'", "'verified'").replace("{'key'", "{'version': 1, 'key'")), Role.EDITOR);
        var verifiedByReviewer = send("PUT", "/api/v1/incidents/" + key,
                json(draft.replace("'draft'", "'verified'").replace("{'key'", "{'version': 1, 'key'")), Role.REVIEWER);
        var keptByEditor = send("PUT", "/api/v1/incidents/" + key,
                json(draft.replace("'draft'", "'verified'").replace("{'key'", "{'version': 2, 'key'")), Role.EDITOR);

        assertThat(published.status()).isEqualTo(422);
        assertThat(published.errorFields()).containsExactly("$.reviewStatus");
        assertThat(verifiedByEditor.status()).isEqualTo(422);
        assertThat(verifiedByEditor.errorFields()).containsExactly("$.reviewStatus");
        assertThat(verifiedByReviewer.status()).isEqualTo(200);
        assertThat(keptByEditor.status()).as(keptByEditor.body()).isEqualTo(200);
    }

    @Test
    void theKeyOfAnIncidentCannotBeChanged() {
        String key = unique("fixed-incident");
        String source = aSource();
        send("POST", "/api/v1/incidents", json(crowdDetention(key, source)), Role.REVIEWER);
        String renamed = crowdDetention(unique("renamed-incident"), source).replace("{'key'", "{'version': 1, 'key'");

        var response = send("PUT", "/api/v1/incidents/" + key, json(renamed), Role.REVIEWER);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("$.key");
        assertThat(get("/api/v1/incidents/" + key).json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void requestedLanguageIsDisplayedAndAFallbackIsSaidToBeOne() {
        String key = unique("languages");
        send("POST", "/api/v1/incidents", json(crowdDetention(key, aSource())), Role.REVIEWER);

        var russian = get("/api/v1/incidents/" + key + "?lang=ru").json();
        var kazakh = get("/api/v1/incidents/" + key + "?lang=kk").json();
        var plain = get("/api/v1/incidents/" + key).json();

        assertThat(russian.get("title").get("display").get("text").asString())
                .isEqualTo("В Алматы задержаны 70 членов Демократической партии");
        assertThat(russian.get("title").get("display").get("fallback").asBoolean()).isFalse();
        assertThat(kazakh.get("title").get("display").get("lang").asString()).isEqualTo("en");
        assertThat(kazakh.get("title").get("display").get("fallback").asBoolean()).isTrue();
        assertThat(plain.get("title").has("display")).isFalse();
        assertThat(get("/api/v1/incidents/" + key + "?lang=de").status()).isEqualTo(422);
    }

    @Test
    void aSourceCitedByALiveIncidentCannotBeDeletedUntilTheIncidentIs() {
        String key = unique("cited");
        String source = aSource();
        send("POST", "/api/v1/incidents", json(crowdDetention(key, source)), Role.REVIEWER);

        var refused = send("DELETE", "/api/v1/sources/" + source, json("{'reason': 'wrong outlet'}"), Role.EDITOR);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("referencedBy").get(0).asString()).isEqualTo("incident " + key);
        assertThat(get("/api/v1/sources/" + source).status()).isEqualTo(200);

        assertThat(send("DELETE", "/api/v1/incidents/" + key, json("{'reason': 'entered twice'}"), Role.EDITOR).status()).isEqualTo(204);
        assertThat(send("DELETE", "/api/v1/sources/" + source, json("{'reason': 'wrong outlet'}"), Role.EDITOR).status()).isEqualTo(204);
    }

    @Test
    void aReviewerVerifiesThenPublishesAtTheVersionTheyReadAndAStaleVersionChangesNothing() {
        String key = unique("review");
        String draft = crowdDetention(key, aSource()).replace("'reviewStatus': 'published'", "'reviewStatus': 'draft'");
        assertThat(send("POST", "/api/v1/incidents", json(draft), Role.EDITOR).status()).isEqualTo(201);

        var verified = send("POST", "/api/v1/incidents/" + key + "/verify", json("{'version': 1}"), Role.REVIEWER);
        var stale = send("POST", "/api/v1/incidents/" + key + "/publish", json("{'version': 1}"), Role.REVIEWER);
        var byAnEditor = send("POST", "/api/v1/incidents/" + key + "/publish", json("{'version': 2}"), Role.EDITOR);
        var published = send("POST", "/api/v1/incidents/" + key + "/publish", json("{'version': 2}"), Role.REVIEWER);

        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("reviewStatus").asString()).isEqualTo("verified");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(byAnEditor.status()).isEqualTo(403);
        assertThat(published.json().get("reviewStatus").asString()).isEqualTo("published");
        assertThat(published.json().get("version").asInt()).isEqualTo(3);
    }

    @Test
    void aTextMayBeAPlainStringInTheRequestsLanguageMarkedAsTheOriginal() {
        String key = unique("plain");
        var created = send("POST", "/api/v1/incidents?lang=ru", json("""
                {'key': '%s', 'title': 'Задержан активист в Алматы', 'date': '2021-01-05', 'types': ['detention']}"""
                .formatted(key)), Role.EDITOR);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var title = get("/api/v1/incidents/" + key).json().get("title");
        assertThat(title.get("original").asString()).isEqualTo("ru");
        assertThat(title.get("ru").asString()).isEqualTo("Задержан активист в Алматы");
        var withoutLanguage = send("POST", "/api/v1/incidents", json("""
                {'key': '%s', 'title': 'Задержан активист', 'date': '2021-01-05', 'types': ['detention']}"""
                .formatted(unique("plain"))), Role.EDITOR);
        assertThat(withoutLanguage.status()).as("the language is not guessed").isEqualTo(400);
        assertThat(withoutLanguage.body()).contains("needs the request's language");
    }

    @Test
    void aValueOfTheWrongKindIsNamedInWordsWithoutJavaTypes() {
        var refused = send("POST", "/api/v1/incidents", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Crowd detained'}, 'date': '2021-01-05',
                 'types': ['detention'], 'victimCount': {'qualifier': 'about', 'value': 'many'}}""".formatted(unique("kind"))), Role.EDITOR);
        var notAList = send("POST", "/api/v1/incidents", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Crowd detained'}, 'date': '2021-01-05',
                 'types': 'detention'}"""
                .formatted(unique("kind"))), Role.EDITOR);

        assertThat(refused.status()).as("a malformed body").isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("$.victimCount.value");
        assertThat(refused.body()).contains("must be a whole number").doesNotContain("java.", "Integer", "`");
        assertThat(notAList.body()).as("taken as a list of one, or refused in words").doesNotContain("java.", "`");
    }
}
