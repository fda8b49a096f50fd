package org.kuzet.legalcase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;

/** The status the API derives from a person's cases: never typed by hand. */
class LegalStatusApiIntegrationTest extends ApiIntegrationTest {

    private String aPerson(String name) {
        String key = unique("person");
        var created = send("POST", "/api/v1/persons", json("{'key': '%s', 'name': '%s'}".formatted(key, name)), Role.EDITOR);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return key;
    }

    @Test
    void restrictionOfFreedomConvertedToImprisonmentCountsAsImprisonedFromTheConversion() {
        String ibrayev = aPerson("Askar Ibrayev");
        var created = send("POST", "/api/v1/cases", json("""
                {'key': '%1$s', 'kind': 'criminal', 'parties': [{'person': '%2$s', 'role': 'defendant'}],
                 'charges': [{'defendant': '%2$s', 'code': 'CC', 'article': '405', 'status': 'convicted'}],
                 'stages': [
                   {'kind': 'verdict', 'date': '2020-01-01', 'datePrecision': 'month', 'outcome': 'convicted',
                    'sentence': [{'kind': 'restriction_of_freedom', 'duration': 'P1Y'}]},
                   {'kind': 'detained', 'date': '2020-06-05'},
                   {'kind': 'sentence_change', 'date': '2020-06-05', 'change': 'conversion'}]}"""
                .formatted(unique("ibrayev"), ibrayev)), Role.EDITOR);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var march = get("/api/v1/persons/" + ibrayev + "/legal-status?asOf=2020-03-01").json();
        var june = get("/api/v1/persons/" + ibrayev + "/legal-status?asOf=2020-06-10").json();

        assertThat(march.get("status").get("kind").asString()).isEqualTo("serving_restriction_of_freedom");
        assertThat(march.get("status").get("since").asString()).isEqualTo("2020-01-01");
        assertThat(march.get("status").get("sincePrecision").asString()).isEqualTo("month");
        assertThat(june.get("status").get("kind").asString()).isEqualTo("serving_imprisonment");
        assertThat(june.get("status").get("cause").get("stage").asString()).isEqualTo("sentence_change");
        assertThat(june.get("timeline").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aPersonWithoutCasesIsFreeAndBadDatesOrUnknownPersonsAreErrors() {
        String nobody = aPerson("Daria Ulzhagalieva");

        assertThat(get("/api/v1/persons/" + nobody + "/legal-status?asOf=2020-02-22").json().get("status").get("kind").asString())
                .isEqualTo("free");
        assertThat(get("/api/v1/persons/" + nobody + "/legal-status?asOf=2021-02-30").errorFields())
                .containsExactly("query.asOf");
        assertThat(get("/api/v1/persons/" + unique("ghost") + "/legal-status").status()).isEqualTo(404);
    }
}
