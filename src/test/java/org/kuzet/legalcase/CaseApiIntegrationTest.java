package org.kuzet.legalcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Legal cases through the API, with cases from the 2020 EU dialogue briefing. */
class CaseApiIntegrationTest extends ApiIntegrationTest {

    @Autowired
    JdbcClient db;

    @Test
    void ibrayevsRestrictionOfFreedomConvertedToImprisonmentRoundTripsExactly() {
        String ibrayev = aPerson("askar-ibrayev", "Askar Ibrayev");
        String bureau = aSource("https://bureau.kz/novosti/esli-vrag-ne-sdaetsya/");
        String key = unique("ibrayev-2020");
        // The briefing does not give the term after the conversion: P6M below is the test's assumption.
        JsonNode sent = json("""
                {'key': '%1$s', 'kind': 'criminal',
                 'title': {'original': 'en', 'en': 'Criminal case against Askar Ibrayev', 'ru': 'Уголовное дело против Аскара Ибраева'},
                 'place': 'kz-kostanay',
                 'parties': [{'person': '%2$s', 'role': 'defendant'}],
                 'charges': [{'defendant': '%2$s', 'code': 'CC', 'article': '405', 'part': '2',
                              'label': {'original': 'en', 'en': 'participating in DVK activities'}, 'status': 'convicted'}],
                 'stages': [
                   {'kind': 'verdict', 'date': '2020-01-01', 'datePrecision': 'month', 'person': '%2$s', 'outcome': 'convicted',
                    'sentence': [{'kind': 'restriction_of_freedom', 'duration': 'P1Y'}]},
                   {'kind': 'detained', 'date': '2020-06-05', 'datePrecision': 'day', 'person': '%2$s',
                    'note': {'original': 'en', 'en': 'arrested before the demonstrations planned for 6 June'}},
                   {'kind': 'sentence_change', 'date': '2020-06-05', 'datePrecision': 'day', 'person': '%2$s',
                    'change': 'conversion', 'sentence': [{'kind': 'imprisonment', 'duration': 'P6M', 'regime': 'general'}],
                    'sources': [{'source': '%3$s', 'claim': 'a court changed his sentence of restriction of freedom to imprisonment',
                                 'locator': 'footnote 41'}]}],
                 'confidentiality': 'public',
                 'sources': [{'source': '%3$s'}]}""".formatted(key, ibrayev, bureau));

        var created = send("POST", "/api/v1/cases", sent, Role.EDITOR);
        var read = get("/api/v1/cases/" + key);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("version").asInt()).isEqualTo(1);
        assertThat(content(read.json())).isEqualTo(sent);
        assertThat(content(get("/api/v1/cases/" + created.json().get("id").asLong()).json())).isEqualTo(sent);
    }

    @Test
    void tulesovasStagesAreKeptInDateOrderWithHerSentenceOfRestrictionAndAFine() {
        String tulesova = aPerson("asya-tulesova", "Asya Tulesova");
        String court = aCourt("Medeu District Court No. 2 of Almaty");
        String key = unique("tulesova-2020");

        var created = send("POST", "/api/v1/cases", json("""
                {'key': '%1$s', 'kind': 'criminal', 'place': 'kz-almaty-city',
                 'parties': [{'person': '%2$s', 'role': 'defendant'}],
                 'charges': [{'defendant': '%2$s', 'code': 'CC', 'article': '380', 'part': '1'}],
                 'stages': [
                   {'kind': 'release', 'date': '2020-08-12', 'person': '%2$s', 'reason': 'court_decision'},
                   {'kind': 'verdict', 'date': '2020-08-12', 'court': '%3$s', 'outcome': 'convicted',
                    'sentence': [{'kind': 'restriction_of_freedom', 'duration': 'P1Y6M'},
                                 {'kind': 'fine', 'amount': '55560', 'currency': 'KZT'}]},
                   {'kind': 'measure_of_restraint', 'date': '2020-06-10', 'datePrecision': 'approximate', 'person': '%2$s',
                    'measure': 'pre_trial_detention'},
                   {'kind': 'detained', 'date': '2020-06-08', 'person': '%2$s'},
                   {'kind': 'opened', 'date': '2020-06-08'}]}""".formatted(key, tulesova, court)), Role.EDITOR);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode stages = get("/api/v1/cases/" + key).json().get("stages");
        assertThat(kinds(stages)).containsExactly("opened", "detained", "measure_of_restraint", "verdict", "release");
        JsonNode verdict = stages.get(3);
        assertThat(verdict.get("court").asString()).isEqualTo(court);
        assertThat(verdict.get("sentence")).isEqualTo(json("""
                [{'kind': 'restriction_of_freedom', 'duration': 'P1Y6M'}, {'kind': 'fine', 'amount': '55560', 'currency': 'KZT'}]"""));
        assertThat(stages.get(0).get("datePrecision").asString()).isEqualTo("day");
        assertThat(created.json().get("charges").get(0).get("status").asString()).isEqualTo("brought");
        assertThat(created.json().get("confidentiality").asString()).isEqualTo("internal");
    }

    @Test
    void casesAreFoundByPersonArticleAndKind() {
        String tulesova = aPerson("asya-tulesova", "Asya Tulesova");
        String key = unique("tulesova-list");
        send("POST", "/api/v1/cases", json("""
                {'key': '%s', 'kind': 'criminal', 'parties': [{'person': '%s', 'role': 'defendant'}],
                 'charges': [{'code': 'CC', 'article': '380'}]}""".formatted(key, tulesova)), Role.EDITOR);

        assertThat(keys(get("/api/v1/cases?person=" + tulesova))).containsExactly(key);
        assertThat(keys(get("/api/v1/cases?person=" + tulesova + "&article=CC-380"))).containsExactly(key);
        assertThat(keys(get("/api/v1/cases?person=" + tulesova + "&code=CC&article=380&kind=criminal"))).containsExactly(key);
        assertThat(keys(get("/api/v1/cases?person=" + tulesova + "&article=CC-405"))).isEmpty();
        assertThat(keys(get("/api/v1/cases?person=" + tulesova + "&kind=administrative"))).isEmpty();
        assertThat(keys(get("/api/v1/cases?q=" + key))).containsExactly(key);
        assertThat(get("/api/v1/cases?article=405").status()).isEqualTo(422);
        assertThat(get("/api/v1/cases?kind=criminal&size=1").json().get("items").size()).isEqualTo(1);
    }

    @Test
    void invalidCaseIsRejectedWithEveryFieldNamedAndNothingStored() {
        String tulesova = aPerson("asya-tulesova", "Asya Tulesova");
        String key = unique("bad-case");

        var response = send("POST", "/api/v1/cases", json("""
                {'key': '%1$s', 'kind': 'criminal',
                 'parties': [{'person': '%2$s', 'role': 'defendant'}, {'person': '%2$s', 'organization': 'kazfem', 'role': 'witness'}],
                 'charges': [{'defendant': '%2$s', 'code': 'CC', 'article': '999'},
                             {'defendant': 'somebody-else', 'code': 'CC', 'article': '380', 'part': '1a', 'status': 'pending'}],
                 'stages': [
                   {'kind': 'opened', 'date': '2020-06-08'},
                   {'kind': 'detained', 'date': '2020-06-01', 'person': '%2$s'},
                   {'kind': 'verdict', 'date': '2020-08-12', 'outcome': 'convicted', 'measure': 'house_arrest',
                    'sentence': [{'kind': 'fine', 'currency': 'KZT'}, {'kind': 'imprisonment', 'duration': '5 years'},
                                 {'kind': 'fine', 'amount': '100', 'currency': 'tenge'}]},
                   {'kind': 'appeal', 'date': '2020-10-01', 'outcome': 'convicted'},
                   {'kind': 'release', 'date': '2020-10-02'},
                   {'kind': 'sentence_change', 'date': '2020-10-03', 'change': 'parole', 'reason': 'parole'},
                   {'kind': 'charged', 'date': '2020-06-09', 'person': 'nobody'}]}""".formatted(key, tulesova)), Role.EDITOR);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactlyInAnyOrder(
                "$.parties[1]",
                "$.charges[0].article",
                "$.charges[1].defendant", "$.charges[1].part", "$.charges[1].status",
                "$.stages[1].date",
                "$.stages[2].measure", "$.stages[2].sentence[0].amount", "$.stages[2].sentence[1].duration",
                "$.stages[2].sentence[2].currency",
                "$.stages[3].outcome",
                "$.stages[4].reason",
                "$.stages[5].reason",
                "$.stages[6].person");
        assertThat(message(response, "$.stages[1].date")).contains("1 June 2020").contains("8 June 2020");
        assertThat(message(response, "$.stages[2].measure")).contains("verdict");
        assertThat(get("/api/v1/cases/" + key).status()).isEqualTo(404);
    }

    @Test
    void combinationsThatNoCourtDecidesAreRejectedAtTheStageOrComponent() {
        String ibrayev = aPerson("askar-ibrayev", "Askar Ibrayev");

        var response = send("POST", "/api/v1/cases", json("""
                {'kind': 'criminal', 'parties': [{'person': '%s', 'role': 'defendant'}],
                 'stages': [
                   {'kind': 'verdict', 'date': '2020-01-01', 'datePrecision': 'month', 'outcome': 'acquitted',
                    'sentence': [{'kind': 'restriction_of_freedom', 'duration': 'P1Y'}]},
                   {'kind': 'verdict', 'date': '2020-01-01', 'datePrecision': 'month', 'outcome': 'convicted',
                    'sentence': [{'kind': 'warning', 'amount': '100', 'currency': 'KZT'}]},
                   {'kind': 'sentence_change', 'date': '2020-06-05', 'change': 'conversion',
                    'sentence': [{'kind': 'imprisonment', 'duration': 'P1Y'}, {'kind': 'imprisonment', 'duration': 'P6M'}]},
                   {'kind': 'measure_of_restraint', 'date': '2020-06-05', 'measure': 'house_arrest', 'duration': 'P0D'}]}"""
                .formatted(ibrayev)), Role.EDITOR);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactlyInAnyOrder(
                "$.stages[0]", "$.stages[1].sentence[0]", "$.stages[2].sentence", "$.stages[3]");
        assertThat(message(response, "$.stages[0]")).contains("acquitted");
    }

    @Test
    void sequencesThatCannotHaveHappenedAndAConvictionWithoutItsSentenceAreRefusedAtTheStage() {
        String ibrayev = aPerson("askar-ibrayev", "Askar Ibrayev");

        var response = send("POST", "/api/v1/cases", json("""
                {'kind': 'criminal', 'parties': [{'person': '%s', 'role': 'defendant'}],
                 'stages': [
                   {'kind': 'opened', 'date': '2020-01-10'},
                   {'kind': 'measure_of_restraint', 'date': '2020-01-15', 'measure': 'travel_ban'},
                   {'kind': 'release', 'date': '2020-02-01', 'reason': 'court_decision'},
                   {'kind': 'sentence_change', 'date': '2020-03-01', 'change': 'conversion'},
                   {'kind': 'verdict', 'date': '2020-04-01', 'outcome': 'convicted'},
                   {'kind': 'verdict', 'date': '2020-05-01', 'outcome': 'acquitted', 'sentenceUnknown': true}]}"""
                .formatted(ibrayev)), Role.EDITOR);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactlyInAnyOrder(
                "$.stages[2].kind", "$.stages[3].kind", "$.stages[4].sentence", "$.stages[5].sentenceUnknown");
        assertThat(message(response, "$.stages[2].kind")).contains("never shows deprived of liberty");
        assertThat(message(response, "$.stages[3].kind")).contains("conversion with nothing to change");
        assertThat(message(response, "$.stages[4].sentence")).contains("sentenceUnknown");
    }

    @Test
    void aConvictionWhoseSentenceTheSourceDoesNotGiveIsKeptAsSuch() {
        String ibrayev = aPerson("askar-ibrayev", "Askar Ibrayev");
        String key = unique("unknown-sentence");

        var created = send("POST", "/api/v1/cases", json("""
                {'key': '%s', 'kind': 'administrative', 'parties': [{'person': '%s', 'role': 'defendant'}],
                 'stages': [{'kind': 'verdict', 'date': '2019-01-01', 'datePrecision': 'year', 'outcome': 'convicted',
                             'sentenceUnknown': true}]}""".formatted(key, ibrayev)), Role.EDITOR);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(get("/api/v1/cases/" + key).json().get("stages").get(0).get("sentenceUnknown").asBoolean()).isTrue();
    }

    @Test
    void aMegabyteNumberIsAClearErrorAboutThatField() {
        var response = send("POST", "/api/v1/cases", json("{'kind': 'criminal', 'number': '%s'}".formatted("7".repeat(1_000_000))),
                Role.EDITOR);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("$.number");
        assertThat(message(response, "$.number")).contains("too long");
    }

    @Test
    void aTenMegabyteRequestIsRefusedAsTooLargeBeforeItIsRead() {
        var response = send("POST", "/api/v1/cases", json("{'kind': 'criminal', 'number': '%s'}".formatted("7".repeat(10_000_000))),
                Role.EDITOR);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("larger than 2 MB");
    }

    @Test
    void updateReplacesStagesWholesaleAndAStaleVersionIsAConflictThatChangesNothing() {
        String ibrayev = aPerson("askar-ibrayev", "Askar Ibrayev");
        String source = aSource("https://bureau.kz/x");
        String key = unique("ibrayev-conflict");
        send("POST", "/api/v1/cases", json("""
                {'key': '%s', 'kind': 'criminal', 'parties': [{'person': '%s', 'role': 'defendant'}],
                 'stages': [{'kind': 'verdict', 'date': '2020-01-01', 'datePrecision': 'month', 'outcome': 'convicted',
                             'sentenceUnknown': true, 'sources': [{'source': '%s'}]},
                            {'kind': 'appeal', 'date': '2020-03-01', 'datePrecision': 'month', 'outcome': 'upheld'}]}"""
                .formatted(key, ibrayev, source)), Role.EDITOR);

        var first = send("PUT", "/api/v1/cases/" + key, json("""
                {'version': 1, 'kind': 'criminal', 'number': '201975000123', 'parties': [{'person': '%s', 'role': 'defendant'}],
                 'stages': [{'kind': 'verdict', 'date': '2020-01-01', 'datePrecision': 'month', 'outcome': 'convicted',
                             'sentenceUnknown': true}]}"""
                .formatted(ibrayev)), Role.EDITOR);
        var second = send("PUT", "/api/v1/cases/" + key, json("{'version': 1, 'kind': 'administrative'}"), Role.EDITOR);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("currentVersion").asInt()).isEqualTo(2);
        JsonNode stored = get("/api/v1/cases/" + key).json();
        assertThat(stored.get("kind").asString()).isEqualTo("criminal");
        assertThat(stored.get("number").asString()).isEqualTo("201975000123");
        assertThat(kinds(stored.get("stages"))).containsExactly("verdict");
        assertThat(stored.get("stages").get(0).has("sources")).isFalse();
        assertThat(db.sql("select count(*) from citation where subject_type = 'case_stage' and subject_id not in "
                + "(select id from case_stage)").query(Long.class).single()).isZero();
    }

    @Test
    void theKeyOfACaseCannotBeChanged() {
        String key = unique("fixed-key");
        send("POST", "/api/v1/cases", json("{'key': '%s', 'kind': 'civil'}".formatted(key)), Role.EDITOR);

        var response = send("PUT", "/api/v1/cases/" + key, json("{'version': 1, 'key': 'another', 'kind': 'civil'}"), Role.EDITOR);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("$.key");
    }

    @Test
    void deletionNeedsAReasonAndHidesTheCase() {
        String key = unique("gone-case");
        send("POST", "/api/v1/cases", json("{'key': '%s', 'kind': 'administrative'}".formatted(key)), Role.EDITOR);

        assertThat(send("DELETE", "/api/v1/cases/" + key, json("{'reason': ' '}"), Role.EDITOR).status()).isEqualTo(422);
        assertThat(send("DELETE", "/api/v1/cases/" + key, json("{'reason': 'duplicate'}"), Role.EDITOR).status()).isEqualTo(204);
        assertThat(get("/api/v1/cases/" + key).status()).isEqualTo(404);
        assertThat(keys(get("/api/v1/cases?q=" + key))).isEmpty();
    }

    @Test
    void viewersCannotWriteCases() {
        assertThat(send("POST", "/api/v1/cases", json("{'kind': 'civil'}"), Role.VIEWER).status()).isEqualTo(403);
    }

    private String aPerson(String slug, String name) {
        String key = unique(slug);
        db.sql("insert into person (key, name) values (?, ?)").params(key, name).update();
        return key;
    }

    private String aCourt(String name) {
        String key = unique("court");
        db.sql("""
                insert into organization (key, name, kind_id)
                values (?, ?, (select id from vocabulary_term where vocabulary = 'organization_kind' and code = 'court'))""")
                .params(key, name).update();
        return key;
    }

    private String aSource(String url) {
        String key = unique("source");
        var created = send("POST", "/api/v1/sources", json("{'key': '%s', 'url': '%s', 'kind': 'media'}".formatted(key, url)),
                Role.EDITOR);
        assertThat(created.status()).isEqualTo(201);
        return key;
    }

    /** The record as the bundle carries it: without what only the API shows. */
    private static JsonNode content(JsonNode doc) {
        ObjectNode copy = (ObjectNode) doc.deepCopy();
        copy.remove(List.of("id", "version", "createdAt", "updatedAt"));
        return copy;
    }

    private static List<String> kinds(JsonNode stages) {
        List<String> kinds = new ArrayList<>();
        stages.forEach(s -> kinds.add(s.get("kind").asString()));
        return kinds;
    }

    private static List<String> keys(Response page) {
        List<String> keys = new ArrayList<>();
        page.json().get("items").forEach(c -> keys.add(c.get("key").asString()));
        return keys;
    }

    private static String message(Response response, String field) {
        for (JsonNode error : response.json().get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        return null;
    }
}
