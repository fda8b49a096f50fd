package org.kuzet.statistics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kuzet.statistics.StatisticsTally.Fact;
import org.kuzet.statistics.StatisticsTally.Member;
import static org.assertj.core.api.Assertions.assertThat;

/** The tally alone: facts in, numbers out, with the records and the filter behind each number. No database. */
class StatisticsTallyTest {

    private static final StatisticsPlan.KnownCodes EVERYTHING_KNOWN = new StatisticsPlan.KnownCodes() {
        @Override
        public boolean term(String vocabulary, String code) {
            return true;
        }

        @Override
        public boolean place(String code) {
            return true;
        }

        @Override
        public boolean organization(String key) {
            return true;
        }

        @Override
        public boolean article(String code, String number) {
            return true;
        }
    };

    private static StatisticsPlan plan(String unit, String by, List<String> stages) {
        return StatisticsPlan.of(new StatisticsQuery(unit, by, "2020-01-01", "2021-12-31", null, null, null, null, null,
                null, null, stages, null), EVERYTHING_KNOWN, LocalDate.of(2026, 1, 1));
    }

    private static Fact incident(long id, String key, String date, String precision) {
        return new Fact(StatisticsPlan.ALL, id, date == null ? null : LocalDate.parse(date), precision,
                new RecordList.RecordRef("incident", key, "Incident " + key, null, 1), null, null, null, Map.of());
    }

    private static Fact crowd(long id, String key, Integer count, String qualifier, String... named) {
        return counted(id, key, count, qualifier, "persons", named);
    }

    private static Fact counted(long id, String key, Integer count, String qualifier, String unit, String... named) {
        Map<String, RecordList.RecordRef> persons = new LinkedHashMap<>();
        for (String person : named) {
            persons.put(person, new RecordList.RecordRef("person", person, "Person " + person, null, 1));
        }
        return new Fact(StatisticsPlan.ALL, id, LocalDate.of(2020, 6, 1), "day",
                new RecordList.RecordRef("incident", key, "Incident " + key, null, 1), count, qualifier, unit, persons);
    }

    private static Fact caseAt(String measure, long id, String key, String date) {
        return new Fact(measure, id, LocalDate.parse(date), "day",
                new RecordList.RecordRef("case", key, "Case " + key, null, 1), null, null, null, Map.of());
    }

    private static StatisticsCounts counts(StatisticsPlan plan, List<Fact> facts, Map<Long, List<Member>> groups) {
        return StatisticsTally.of(plan, facts, groups).counts("en");
    }

    private static Member group(String key) {
        return new Member(key, GroupName.named("Name of " + key));
    }

    @Test
    void aCrowdOfMoreThan200CountsAsAtLeast201() {
        StatisticsPlan persons = plan("persons", "year", List.of());
        StatisticsTally tally = StatisticsTally.of(persons, List.of(crowd(1, "rally", 200, "more_than")), Map.of());

        StatisticsCounts.Count total = tally.counts("en").totals().getFirst();
        assertThat(total.value()).isEqualTo(201);
        assertThat(total.atLeast()).isTrue();
        assertThat(tally.records(null, StatisticsPlan.ALL).records())
                .extracting(RecordList.RecordRef::key, RecordList.RecordRef::contributes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rally", 201L));
    }

    @Test
    void theRecordsBehindAPersonTotalLeaveOutCountsOfOrganisationsAndAddUpToItsBothEnds() {
        StatisticsPlan persons = plan("persons", "year", List.of());
        StatisticsTally tally = StatisticsTally.of(persons, List.of(
                counted(1, "ngos-inspected", 12, "exact", "organizations"),
                counted(2, "detentions", 30, "about", "unknown", "aigerim"),
                crowd(3, "picket", 25, "up_to", "bakhyt"),
                crowd(4, "rally", 100, "about")), Map.of());

        StatisticsCounts.Count total = tally.counts("en").totals().getFirst();
        RecordList records = tally.records(null, StatisticsPlan.ALL);

        assertThat(total.precision()).isEqualTo("about_between");
        assertThat(total.value()).isEqualTo(2 + 0 + 100);
        assertThat(total.upTo()).isEqualTo(2 + 24 + 100);
        assertThat(records.precision()).isEqualTo(total.precision());
        assertThat(records.value()).isEqualTo(total.value());
        assertThat(records.upTo()).isEqualTo(total.upTo());
        assertThat(records.records())
                .extracting(RecordList.RecordRef::key, RecordList.RecordRef::contributes, RecordList.RecordRef::precision,
                        RecordList.RecordRef::upTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("picket", 0L, "between", 24L),
                        org.assertj.core.groups.Tuple.tuple("rally", 100L, "about", null),
                        org.assertj.core.groups.Tuple.tuple("aigerim", 1L, "exact", null),
                        org.assertj.core.groups.Tuple.tuple("bakhyt", 1L, "exact", null));
    }

    @Test
    void namedVictimsAreAmongTheirCrowdAndCountOnceAcrossIncidents() {
        StatisticsPlan persons = plan("persons", "year", List.of());
        StatisticsTally tally = StatisticsTally.of(persons,
                List.of(crowd(1, "rally", 3, "exact", "aigerim", "bakhyt"), crowd(2, "trial", 1, "exact", "aigerim")),
                Map.of());

        StatisticsCounts.Count total = tally.counts("en").totals().getFirst();
        assertThat(total.value()).isEqualTo(3);
        assertThat(total.atLeast()).isFalse();
        assertThat(tally.records(null, StatisticsPlan.ALL).records()).extracting(RecordList.RecordRef::key)
                .containsExactly("rally", "aigerim", "bakhyt");
    }

    @Test
    void anIncidentOfTwoTypesCountsUnderBothAndOnceInTheTotal() {
        StatisticsCounts counts = counts(plan("incidents", "type", List.of()),
                List.of(incident(1, "a", "2020-06-01", "day"), incident(2, "b", "2020-07-01", "day")),
                Map.of(1L, List.of(group("detention"), group("torture")), 2L, List.of(group("detention"))));

        assertThat(counts.groups()).extracting(StatisticsCounts.Group::key).containsExactly("detention", "torture");
        assertThat(counts.groups()).extracting(g -> g.counts().getFirst().value()).containsExactly(2L, 1L);
        assertThat(counts.totals().getFirst().value()).isEqualTo(2);
    }

    @Test
    void aRecordWithoutAGroupIsUnknownAndUnknownComesLastWhateverItsSize() {
        StatisticsCounts counts = counts(plan("incidents", "region", List.of()),
                List.of(incident(1, "a", "2020-06-01", "day"), incident(2, "b", "2020-06-02", "day"),
                        incident(3, "c", "2020-06-03", "day")),
                Map.of(3L, List.of(group("kz-almaty-city"))));

        assertThat(counts.groups()).extracting(StatisticsCounts.Group::key).containsExactly("kz-almaty-city", "unknown");
        assertThat(counts.groups().getLast().name()).isEqualTo(GroupName.worded("stats.unknown", null));
        assertThat(counts.groups().getLast().counts().getFirst().value()).isEqualTo(2);
    }

    @Test
    void aDateKnownOnlyToTheYearIsItsOwnGroupNotJanuary() {
        StatisticsCounts counts = counts(plan("incidents", "month", List.of()),
                List.of(incident(1, "a", "2020-01-01", "year"), incident(2, "b", "2020-01-15", "day"),
                        incident(3, "c", null, null)),
                Map.of());

        assertThat(counts.groups()).extracting(StatisticsCounts.Group::key).containsExactly("2020", "2020-01", "unknown");
        assertThat(counts.groups().getFirst().name()).isEqualTo(GroupName.worded("stats.yearOnly", "2020"));
        assertThat(counts.groups().get(1).name()).isEqualTo(GroupName.named("2020-01"));
    }

    @Test
    void quartersAreKeyedByYearAndQuarter() {
        StatisticsCounts counts = counts(plan("incidents", "quarter", List.of()),
                List.of(incident(1, "a", "2020-05-31", "day"), incident(2, "b", "2020-12-01", "month")), Map.of());

        assertThat(counts.groups()).extracting(StatisticsCounts.Group::key, StatisticsCounts.Group::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2020-Q2", GroupName.named("2020 Q2")),
                        org.assertj.core.groups.Tuple.tuple("2020-Q4", GroupName.named("2020 Q4")));
    }

    @Test
    void eachStageIsItsOwnColumnAndACaseCountsOncePerColumn() {
        StatisticsPlan cases = plan("cases", "year", List.of("arrested", "convicted"));
        StatisticsCounts counts = counts(cases, List.of(caseAt("arrested", 1, "c1", "2020-03-01"),
                caseAt("arrested", 1, "c1", "2020-04-01"), caseAt("convicted", 1, "c1", "2021-02-01")), Map.of());

        assertThat(counts.measures()).containsExactly("arrested", "convicted");
        assertThat(counts.groups()).extracting(g -> g.counts().stream().map(StatisticsCounts.Count::value).toList())
                .containsExactly(List.of(1L, 0L), List.of(0L, 1L));
        assertThat(counts.totals()).extracting(StatisticsCounts.Count::value).containsExactly(1L, 1L);
    }

    @Test
    void everyNumberCarriesTheFilterThatListsItsRecords() {
        StatisticsPlan cases = plan("cases", "year", List.of("charged", "pre_trial_detention"));
        StatisticsCounts counts = counts(cases, List.of(caseAt("charged", 1, "c1", "2020-03-01")), Map.of());

        CountFilter inGroup = counts.groups().getFirst().counts().getFirst().filter();
        assertThat(inGroup.queryString()).isEqualTo("unit=cases&by=year&from=2020-01-01&to=2021-12-31&stage=charged"
                + "&stage=pre_trial_detention&on=2021-12-31&group=2020&measure=charged");
        assertThat(counts.totals().get(1).filter().queryString()).endsWith("&on=2021-12-31&measure=pre_trial_detention");
        assertThat(counts.on()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void aNumberWithoutStagesHasNoMeasureAndNoDayInItsFilter() {
        StatisticsCounts counts = counts(plan("incidents", "year", List.of()),
                List.of(incident(1, "a", "2020-06-01", "day")), Map.of());

        assertThat(counts.totals().getFirst().filter().queryString())
                .isEqualTo("unit=incidents&by=year&from=2020-01-01&to=2021-12-31");
        assertThat(counts.groups().getFirst().counts().getFirst().filter().group()).isEqualTo("2020");
        assertThat(counts.on()).isNull();
    }

    @Test
    void theRecordsOfAGroupWithNothingInItAreNone() {
        StatisticsTally tally = StatisticsTally.of(plan("incidents", "year", List.of()),
                List.of(incident(1, "a", "2020-06-01", "day")), Map.of());

        assertThat(tally.records("1999", StatisticsPlan.ALL).value()).isZero();
        assertThat(tally.records("2020", StatisticsPlan.ALL).records()).extracting(RecordList.RecordRef::key)
                .containsExactly("a");
    }

    @Test
    void theResultWordsGroupsAndLowerBoundsAndSortsEqualGroupsByName() {
        StatisticsCounts counts = counts(plan("incidents", "type", List.of()),
                List.of(incident(1, "a", "2020-06-01", "day"), incident(2, "b", "2020-06-01", "day")),
                Map.of(1L, List.of(new Member("x", GroupName.named("Zhanaozen"))),
                        2L, List.of(new Member("y", GroupName.named("Almaty")))));

        StatisticsResult result = StatisticsResult.of(counts, (message, args) -> message + List.of(args),
                f -> "api?" + f.queryString(), f -> "page?" + f.queryString());

        assertThat(result.groups()).extracting(StatisticsResult.Group::label).containsExactly("Almaty", "Zhanaozen");
        assertThat(result.groups().getFirst().counts().getFirst().records())
                .isEqualTo("api?unit=incidents&by=type&from=2020-01-01&to=2021-12-31&group=y");
        assertThat(result.totals().getFirst().text()).isEqualTo("2");
        StatisticsResult crowd = StatisticsResult.of(counts(plan("persons", "year", List.of()),
                        List.of(crowd(1, "rally", 20, "at_least")), Map.of()),
                (message, args) -> message + List.of(args), f -> "", f -> "");
        assertThat(crowd.totals().getFirst().text()).isEqualTo("stats.atLeast[20]");
    }
}
