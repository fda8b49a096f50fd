package org.kuzet.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Counts of persons from victim counts through the statistics API, on a fixture of its own (a union only it uses, in
 * 2022): only counts of persons count as persons, and a total says how exact it is — "about", a range for "up to" —
 * in the request's language, with the records behind it adding up to both its ends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VictimCountStatisticsIntegrationTest extends ApiIntegrationTest {

    private final String p = unique("vc");
    private String scope;

    @BeforeAll
    void fixtures() {
        scope = "&organization=" + p + "-union";
        create("/api/v1/organizations", "{'key': '%s-union', 'name': 'Union %s', 'kind': 'trade_union', 'confidentiality': 'public'}", p, p);
        for (String person : List.of("dana", "erlan")) {
            create("/api/v1/persons", """
                    {'key': '%1$s-%2$s', 'name': '%2$s %1$s', 'confidentiality': 'public', 'sensitive': {'consentToPublish': 'yes'},
                     'memberships': [{'organization': '%1$s-union', 'kind': 'member'}]}""", p, person);
        }
        String union = "{'organization': '%s-union'}".formatted(p);
        // "12 NGOs were inspected" and "more than 30 detentions" of whom the report does not say: no persons
        incident("inspected", "2022-02-10", "kz-almaty-city", "search", union, "{'qualifier': 'exact', 'value': 12, 'unit': 'organizations'}");
        incident("detentions", "2022-02-20", "kz-almaty-city", "detention", union, "{'qualifier': 'more_than', 'value': 30, 'unit': 'unknown'}");
        // about 100 people, Dana among them; up to 25 people, Erlan among them
        incident("rally", "2022-05-01", "kz-almaty-city", "detention", "{'person': '%s-dana'}".formatted(p),
                "{'qualifier': 'about', 'value': 100}");
        incident("picket", "2022-05-02", "kz-astana-city", "detention", "{'person': '%s-erlan'}".formatted(p),
                "{'qualifier': 'up_to', 'value': 25, 'unit': 'persons'}");
    }

    private void incident(String suffix, String date, String place, String type, String victim, String count) {
        create("/api/v1/incidents", """
                {'key': '%1$s-%2$s', 'title': {'original': 'en', 'en': 'Incident %2$s %1$s'}, 'date': '%3$s',
                 'place': '%4$s', 'types': ['%5$s'], 'victims': [%6$s], 'victimCount': %7$s,
                 'reviewStatus': 'published', 'confidentiality': 'public'}""", p, suffix, date, place, type, victim, count);
    }

    private void create(String path, String template, Object... args) {
        var created = send("POST", path, json(template.formatted(args)), Role.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private JsonNode total(String query) {
        var response = send("GET", "/api/v1/stats?" + query + scope, null, token(Role.VIEWER), "application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("totals").get(0);
    }

    private JsonNode records(JsonNode count) {
        var response = send("GET", count.get("records").asString(), null, token(Role.VIEWER), "application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void countsOfOrganisationsAndOfWhatIsNotStatedAreNoPersons() {
        JsonNode persons = total("unit=persons&by=month&from=2022-02-01&to=2022-02-28");
        JsonNode incidents = total("unit=incidents&by=month&from=2022-02-01&to=2022-02-28");

        assertThat(incidents.get("value").asLong()).isEqualTo(2);
        assertThat(persons.get("value").asLong()).as("12 NGOs and 30 detentions are not 42 persons").isZero();
        assertThat(persons.get("precision").asString()).isEqualTo("exact");
        assertThat(persons.get("atLeast").asBoolean()).isFalse();
        assertThat(persons.get("text").asString()).isEqualTo("0");
        JsonNode records = records(persons);
        assertThat(records.get("value").asLong()).isZero();
        assertThat(records.has("records") ? records.get("records").size() : 0)
                .as("the records behind the figure agree with it: none").isZero();
    }

    @Test
    void aboutMakesAnApproximateTotalAndUpToARange() {
        JsonNode about = total("unit=persons&by=year&from=2022-05-01&to=2022-05-01");
        JsonNode upTo = total("unit=persons&by=year&from=2022-05-02&to=2022-05-02");

        assertThat(about.get("precision").asString()).isEqualTo("about");
        assertThat(about.get("value").asLong()).isEqualTo(100);
        assertThat(about.get("text").asString()).isEqualTo("about 100");
        assertThat(about.get("atLeast").asBoolean()).as("kept for older clients: not exact").isTrue();
        assertThat(upTo.get("precision").asString()).isEqualTo("between");
        assertThat(upTo.get("value").asLong()).isEqualTo(1);
        assertThat(upTo.get("upTo").asLong()).isEqualTo(25);
        assertThat(about.has("upTo")).as("only a range has an upper end").isFalse();
        assertThat(upTo.get("text").asString()).isEqualTo("between 1 and 25");
    }

    @Test
    void theYearsTotalIsAnApproximateRangeInTheRequestsLanguageAndItsRecordsAddUpToBothEnds() {
        JsonNode year = total("unit=persons&by=year&from=2022-01-01&to=2022-12-31");
        JsonNode russian = total("unit=persons&by=year&from=2022-01-01&to=2022-12-31&lang=ru");

        // Dana and about 99 others; Erlan and up to 24 others; no one from the counts of organisations or detentions
        assertThat(year.get("precision").asString()).isEqualTo("about_between");
        assertThat(year.get("value").asLong()).isEqualTo(101);
        assertThat(year.get("upTo").asLong()).isEqualTo(125);
        assertThat(year.get("text").asString()).isEqualTo("about 101 to 125");
        assertThat(russian.get("text").asString()).isEqualTo("примерно от 101 до 125");

        JsonNode records = records(year);
        assertThat(records.get("precision").asString()).isEqualTo("about_between");
        assertThat(records.get("upTo").asLong()).isEqualTo(125);
        long least = 0;
        long most = 0;
        List<String> keys = new ArrayList<>();
        for (JsonNode r : records.get("records")) {
            keys.add(r.get("key").asString());
            least += r.get("contributes").asLong();
            most += r.has("upTo") && !r.get("upTo").isNull() ? r.get("upTo").asLong() : r.get("contributes").asLong();
        }
        assertThat(keys).containsExactly(p + "-picket", p + "-rally", p + "-dana", p + "-erlan");
        assertThat(least).isEqualTo(records.get("value").asLong()).isEqualTo(101);
        assertThat(most).isEqualTo(125);
    }
}
