package org.kuzet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import org.kuzet.vocabulary.Labels;
import org.kuzet.vocabulary.Place;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The incident list, search and statistics count the same incidents for the same organisation, region, article,
 * incident type and period, on a fixture made of the cases where their rules once disagreed: an organisation that
 * is only the perpetrator (statistics' grouping missed it), one linked only by a victim's membership (search missed
 * it), a place abroad (statistics counted it as "unknown"), and "February 2020" to "2021" (the list ignored the end
 * date's precision). A confidential member's membership links nothing for a reader who may not see that person.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsistencyIntegrationTest extends ApiIntegrationTest {

    private final String p = unique("cons");
    private final String org = p + "-org";
    private final String abroad = p + "-land";
    private final String town = p + "-town";

    @Autowired
    private Vocabularies vocabularies;

    @BeforeAll
    void fixtures() {
        vocabularies.savePlace(new Place(abroad, "country", null, new Labels("Land " + p, "Страна " + p, null), List.of(), null, null));
        vocabularies.savePlace(new Place(town, "city", abroad, new Labels("Town " + p, "Город " + p, null), List.of(), null, null));
        create("/api/v1/organizations", "{'key': '%s', 'name': 'Union %s', 'kind': 'opposition_movement', 'confidentiality': 'public'}", org, p);
        person("member", "public", true);
        person("secret", "confidential", true);
        person("plain", "public", false);
        // the organisation itself a victim
        incident("victim", "2021-03-10", "day", null, null, "kz-almaty-city", "[{'organization': '%s'}]".formatted(org), "");
        // the organisation only the perpetrator
        incident("perpetrator", "2021-05-01", "month", null, null, "kz-semey", "[{'person': '%s-plain'}]".formatted(p),
                ", 'organization': '%s'".formatted(org));
        // only a victim's membership links it; abroad; "February 2020" to "2021"
        incident("member", "2020-02-01", "month", "2021-01-01", "year", town, "[{'person': '%s-member'}]".formatted(p), "");
        // only a confidential victim's membership links it
        incident("secret", "2021-07-01", "day", null, null, "kz-astana-city", "[{'person': '%s-secret'}]".formatted(p), "");
        // not the organisation's at all
        incident("other", "2021-07-02", "day", null, null, town, "[{'person': '%s-plain'}]".formatted(p), "");
    }

    private void person(String suffix, String confidentiality, boolean member) {
        create("/api/v1/persons", """
                {'key': '%s-%s', 'name': 'Person %s %s', 'confidentiality': '%s', 'sensitive': {'consentToPublish': 'yes'},
                 'memberships': %s}""", p, suffix, suffix, p, confidentiality,
                member ? "[{'organization': '%s', 'kind': 'member'}]".formatted(org) : "[]");
    }

    private void incident(String suffix, String date, String precision, String endDate, String endPrecision, String place,
                          String victims, String perpetratorOrganization) {
        create("/api/v1/incidents", """
                {'key': '%s-%s', 'title': {'original': 'en', 'en': 'Incident %s %s'}, 'date': '%s', 'datePrecision': '%s',
                 %s 'place': '%s', 'types': ['detention'], 'rights': ['assembly'], 'victims': %s,
                 'perpetrators': [{'kind': 'police'%s}], 'articles': [{'code': 'CC', 'article': '405', 'part': '1'}],
                 'reviewStatus': 'published', 'confidentiality': 'public'}""",
                p, suffix, suffix, p, date, precision,
                endDate == null ? "" : "'endDate': '%s', 'endDatePrecision': '%s',".formatted(endDate, endPrecision),
                place, victims, perpetratorOrganization);
    }

    private void create(String path, String template, Object... args) {
        var created = send("POST", path, json(template.formatted(args)), Role.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private JsonNode call(String path, Role role) {
        var response = send("GET", path, null, role);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    /** One filter, as each of the three spells it. */
    private record Filter(String region, String article, String type, String from, String to, String year) {
    }

    /** The incident counts of the list, search and statistics for the organisation and the filter. */
    private Map<String, Long> counts(Filter f, Role role) {
        String list = "/api/v1/incidents?organization=" + org + "&size=1"
                + (f.region == null ? "" : "&place=" + f.region) + (f.article == null ? "" : "&article=" + f.article)
                + (f.type == null ? "" : "&type=" + f.type) + (f.from == null ? "" : "&from=" + f.from)
                + (f.to == null ? "" : "&to=" + f.to);
        String stats = "/api/v1/stats?unit=incidents&by=region&organization=" + org
                + (f.region == null ? "" : "&region=" + f.region) + (f.article == null ? "" : "&article=" + f.article)
                + (f.type == null ? "" : "&type=" + f.type) + (f.from == null ? "" : "&from=" + f.from)
                + (f.to == null ? "" : "&to=" + f.to);
        Map<String, Long> counts = new HashMap<>();
        counts.put("list", call(list, role).get("total").asLong());
        counts.put("stats", call(stats, role).get("totals").get(0).get("value").asLong());
        if (f.from == null && f.to == null || f.year != null) {
            String search = "/api/v1/search?type=incident&size=1&organization=" + org
                    + (f.region == null ? "" : "&region=" + f.region) + (f.article == null ? "" : "&article=" + f.article)
                    + (f.type == null ? "" : "&incidentType=" + f.type) + (f.year == null ? "" : "&year=" + f.year);
            counts.put("search", call(search, role).get("total").asLong());
        }
        return counts;
    }

    private void assertAllCount(Filter filter, Role role, long expected) {
        Map<String, Long> counts = counts(filter, role);
        assertThat(counts).as(filter + " for " + role).allSatisfy((source, n) -> assertThat(n).as(source).isEqualTo(expected));
    }

    @Test
    void listSearchAndStatisticsCountTheSameIncidents() {
        // victim, perpetrator, member, confidential member: every link counts for who may see it
        assertAllCount(new Filter(null, null, null, null, null, null), Role.ADMIN, 4);
        assertAllCount(new Filter(null, "CC-405", "detention", null, null, null), Role.ADMIN, 4);
        assertAllCount(new Filter("kz-abai-region", null, null, null, null, null), Role.ADMIN, 1);
        assertAllCount(new Filter(abroad, null, null, null, null, null), Role.ADMIN, 1);
        assertAllCount(new Filter("kz", "CC-405", null, null, null, null), Role.ADMIN, 3);
        // the whole of 2021: "February 2020 to 2021" is in it
        assertAllCount(new Filter(null, null, "detention", "2021-01-01", "2021-12-31", "2021"), Role.ADMIN, 4);
        assertAllCount(new Filter(abroad, null, null, "2021-01-01", "2021-12-31", "2021"), Role.ADMIN, 1);
        assertAllCount(new Filter(null, null, null, "2020-01-01", "2020-12-31", "2020"), Role.ADMIN, 1);
        // and so is its second half, by the end date's own precision (the list once stopped on 1 January 2021)
        assertAllCount(new Filter(abroad, null, null, "2021-06-01", "2021-12-31", null), Role.ADMIN, 1);
        // a viewer may not see the confidential victim, so not the membership that links the fourth incident
        assertAllCount(new Filter(null, null, null, null, null, null), Role.VIEWER, 3);
        assertAllCount(new Filter(null, null, null, "2021-01-01", "2021-12-31", "2021"), Role.VIEWER, 3);
    }

    @Test
    void statisticsGroupsAndSearchFacetsAgreeOnOrganisationsAndRegions() {
        JsonNode byOrganization = call("/api/v1/stats?unit=incidents&by=organization&organization=" + org, Role.ADMIN);
        JsonNode byRegion = call("/api/v1/stats?unit=incidents&by=region&organization=" + org, Role.ADMIN);
        JsonNode search = call("/api/v1/search?type=incident&size=1&organization=" + org, Role.ADMIN);

        assertThat(groups(byOrganization)).containsEntry(org, 4L);
        assertThat(facet(search, "organization")).containsEntry(org, 4L);
        // the place abroad counts under its country, not as "unknown"
        Map<String, Long> regions = groups(byRegion);
        assertThat(regions).isEqualTo(Map.of("kz-almaty-city", 1L, "kz-abai-region", 1L, "kz-astana-city", 1L, abroad, 1L));
        assertThat(facet(search, "region")).containsAllEntriesOf(regions);
    }

    private static Map<String, Long> groups(JsonNode stats) {
        Map<String, Long> groups = new HashMap<>();
        stats.get("groups").forEach(g -> groups.put(g.get("key").asString(), g.get("counts").get(0).get("value").asLong()));
        return groups;
    }

    private static Map<String, Long> facet(JsonNode search, String name) {
        Map<String, Long> values = new HashMap<>();
        search.get("facets").forEach(f -> {
            if (f.get("name").asString().equals(name)) {
                f.get("values").forEach(v -> values.put(v.get("value").asString(), v.get("count").asLong()));
            }
        });
        return values;
    }
}
