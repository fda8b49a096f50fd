package org.kuzet.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Clearance;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Counts of incidents are made by the database (grouped in SQL) rather than tallied from every incident's facts: for
 * every grouping, with and without filters, and for every clearance, they are exactly the numbers the facts give, group
 * by group, names and order included. The fixture brings what the groupings must get right: a date known only to the
 * year, an unknown date, an incident in no group (no organisation, no article, no sanction), a place below a region,
 * a confidential incident.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsCountedInDatabaseIntegrationTest extends ApiIntegrationTest {

    private final String p = unique("sq");

    @Autowired
    private Statistics statistics;
    @Autowired
    private StatisticsFacts facts;

    @BeforeAll
    void fixtures() {
        create("/api/v1/organizations", "{'key': '%s-org', 'name': 'Org %s', 'kind': 'ngo', 'confidentiality': 'public'}", p, p);
        create("/api/v1/persons", "{'key': '%s-victim', 'name': 'Victim %s', 'memberships': [{'organization': '%s-org', 'kind': 'member'}]}", p, p, p);
        create("/api/v1/cases", """
                {'key': '%1$s-case', 'kind': 'criminal', 'parties': [{'person': '%1$s-victim', 'role': 'defendant'}],
                 'stages': [{'kind': 'verdict', 'date': '2020-06-01', 'outcome': 'convicted',
                             'sentence': [{'kind': 'imprisonment', 'duration': 'P2Y'}]}]}""", p);
        incident("a", "'date': '2020-03-10', 'datePrecision': 'day'", "kz-semey", "detention", "public",
                "'victims': [{'person': '%1$s-victim'}], 'articles': [{'code': 'CC', 'article': '405'}], 'legalCases': ['%1$s-case'],".formatted(p));
        incident("b", "'date': '2020-01-01', 'datePrecision': 'year'", "kz-almaty-city", "search", "public", "");
        incident("c", "'datePrecision': 'unknown'", "kz-astana-city", "detention", "internal", "");
        incident("d", "'date': '2021-11-01', 'datePrecision': 'month'", "kz-shymkent-city", "torture", "confidential",
                "'victims': [{'person': '%s-victim'}],".formatted(p));
    }

    private void incident(String suffix, String date, String place, String type, String confidentiality, String more) {
        create("/api/v1/incidents", """
                {'key': '%1$s-%2$s', 'title': {'original': 'en', 'en': 'Incident %2$s %1$s'}, %3$s,
                 'place': '%4$s', 'types': ['%5$s'], 'rights': ['assembly'], %7$s
                 'perpetrators': [{'kind': 'police'}], 'reviewStatus': 'published', 'confidentiality': '%6$s'}""",
                p, suffix, date, place, type, confidentiality, more);
    }

    private void create(String path, String template, Object... args) {
        var created = send("POST", path, json(template.formatted(args)), Role.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    /** The numbers as the facts give them: every incident read, then tallied in Java. */
    private StatisticsCounts fromFacts(StatisticsQuery query) {
        StatisticsPlan plan = StatisticsPlan.of(query, facts, LocalDate.now());
        List<StatisticsTally.Fact> found = facts.facts(plan, "ru");
        return StatisticsTally.of(plan, found, facts.groups(plan, found, "ru")).counts("ru");
    }

    private static StatisticsQuery query(String by, String from, String to, String region) {
        return new StatisticsQuery("incidents", by, from, to, null, null, region, null, null, null, null, List.of(), null);
    }

    @Test
    void everyGroupingCountsWhatTheFactsCountForEveryReader() {
        Actor staff = new Actor(null, "(staff)", null, Clearance.INTERNAL);
        List<StatisticsQuery> queries = new ArrayList<>();
        for (String by : Statistics.GROUPINGS) {
            queries.add(query(by, null, null, null));
            queries.add(query(by, "2020-01-15", "2021-12-31", null));
            queries.add(query(by, null, null, "kz-abai-region"));
        }
        for (Actor reader : List.of(Actor.COMMAND_LINE, staff, Actor.PUBLIC)) {
            for (StatisticsQuery query : queries) {
                StatisticsCounts counted = Actor.callAs(reader, () -> statistics.count(query, "ru"));
                StatisticsCounts tallied = Actor.callAs(reader, () -> fromFacts(query));
                assertThat(counted).as(reader.username() + " " + query).isEqualTo(tallied);
            }
        }
    }

    @Test
    void theFixtureReachesTheGroupsTheCountsMustGetRight() {
        StatisticsCounts byMonth = Actor.callAs(Actor.COMMAND_LINE, () -> statistics.count(query("month", null, null, null), "en"));
        assertThat(byMonth.groups()).extracting(StatisticsCounts.Group::key).contains("2020", "unknown", "2020-03", "2021-11");
        StatisticsCounts byOrganization = Actor.callAs(Actor.COMMAND_LINE,
                () -> statistics.count(query("organization", null, null, null), "en"));
        assertThat(byOrganization.groups()).extracting(StatisticsCounts.Group::key).contains(p + "-org", "unknown");
        StatisticsCounts inAbai = Actor.callAs(Actor.COMMAND_LINE,
                () -> statistics.count(query("region", "2020-03-01", "2020-03-31", "kz-abai-region"), "en"));
        assertThat(inAbai.groups()).extracting(StatisticsCounts.Group::key).contains("kz-abai-region");
        // the confidential incident counts for those who may see it, and only for them
        StatisticsCounts secretForAdmin = Actor.callAs(Actor.COMMAND_LINE,
                () -> statistics.count(query("month", "2021-11-01", "2021-11-30", "kz-shymkent-city"), "en"));
        StatisticsCounts secretForStaff = Actor.callAs(new Actor(null, "(staff)", null, Clearance.INTERNAL),
                () -> statistics.count(query("month", "2021-11-01", "2021-11-30", "kz-shymkent-city"), "en"));
        assertThat(secretForAdmin.totals().getFirst().value()).isEqualTo(secretForStaff.totals().getFirst().value() + 1);
    }
}
