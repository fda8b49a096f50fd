package org.kuzet.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The checked query: problems under the parameters' names, defaults, measures. No database. */
class StatisticsPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    /** Knows the incident type "detention", the place "kz-almaty-city", organisation "kibhr" and article CC-405. */
    private final List<String> lookedUp = new ArrayList<>();
    private final StatisticsPlan.KnownCodes record = new StatisticsPlan.KnownCodes() {
        @Override
        public boolean term(String vocabulary, String code) {
            lookedUp.add(vocabulary + ":" + code);
            return vocabulary.equals("incident_type") && code.equals("detention");
        }

        @Override
        public boolean place(String code) {
            lookedUp.add("place:" + code);
            return code.equals("kz-almaty-city");
        }

        @Override
        public boolean organization(String key) {
            lookedUp.add("organization:" + key);
            return key.equals("kibhr");
        }

        @Override
        public boolean article(String code, String number) {
            lookedUp.add("article:" + code + "-" + number);
            return code.equals("CC") && number.equals("405");
        }
    };

    private static StatisticsQuery query(String unit, String by, String from, String to) {
        return new StatisticsQuery(unit, by, from, to, null, null, null, null, null, null, null, List.of(), null);
    }

    private List<String> problems(StatisticsQuery query) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> StatisticsPlan.of(query, record, TODAY));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(Problem::path).toList();
    }

    @Test
    void anEmptyQueryCountsIncidentsByYearWithOneMeasureAndLooksNothingUp() {
        StatisticsPlan plan = StatisticsPlan.of(query(null, null, null, null), record, TODAY);

        assertThat(plan.unit()).isEqualTo("incidents");
        assertThat(plan.by()).isEqualTo("year");
        assertThat(plan.measures()).containsExactly("all");
        assertThat(plan.on()).isEqualTo(TODAY);
        assertThat(lookedUp).isEmpty();
    }

    @Test
    void unknownCodesAndAPeriodEndingBeforeItBeginsAreProblemsUnderTheirNames() {
        StatisticsQuery bad = new StatisticsQuery("crowds", "weather", "2021-05-01", "2021-04-01", "picnic", null,
                "atlantis", "nobody", "CC405", null, "lost", List.of(), "2021-02-30");

        assertThat(problems(bad)).containsExactly("query.unit", "query.by", "query.on", "query.to", "query.type",
                "query.region", "query.organization", "query.reviewStatus", "query.article");
    }

    @Test
    void anArticleTheRecordDoesNotHaveIsAProblem() {
        StatisticsQuery query = new StatisticsQuery("cases", "year", null, null, null, null, null, null, "cc-999", null,
                null, List.of(), null);

        assertThat(problems(query)).containsExactly("query.article");
        assertThat(lookedUp).containsExactly("article:CC-999");
    }

    @Test
    void anArticleReferenceIsSplitIntoCodeAndNumber() {
        StatisticsPlan plan = StatisticsPlan.of(new StatisticsQuery("cases", "year", null, null, "detention", null,
                "kz-almaty-city", "kibhr", "cc 405", null, "published", List.of(), null), record, TODAY);

        assertThat(plan.articleCode()).isEqualTo("CC");
        assertThat(plan.articleNumber()).isEqualTo("405");
    }

    @Test
    void stagesAreCountedForCasesAndPersonsNotIncidents() {
        StatisticsQuery query = new StatisticsQuery("incidents", "year", null, null, null, null, null, null, null, null,
                null, List.of("arrested", "released"), null);

        assertThat(problems(query)).containsExactly("query.stage", "query.stage");
    }

    @Test
    void eachStageAskedIsOneMeasureOnceInTheOrderAsked() {
        StatisticsPlan plan = StatisticsPlan.of(new StatisticsQuery("persons", "year", null, null, null, null, null,
                null, null, null, null, List.of("convicted", "arrested", "convicted"), null), record, TODAY);

        assertThat(plan.measures()).containsExactly("convicted", "arrested");
        assertThat(plan.victims()).isFalse();
        assertThat(plan.incidents()).isFalse();
    }

    @Test
    void pretrialDetentionIsTakenOnTheDayAskedElseTheEndOfThePeriodElseToday() {
        List<String> detention = List.of("pre_trial_detention");
        StatisticsQuery period = new StatisticsQuery("persons", "year", "2021-01-01", "2021-12-31", null, null, null,
                null, null, null, null, detention, null);

        assertThat(StatisticsPlan.of(period, record, TODAY).on()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(StatisticsPlan.of(new StatisticsQuery("persons", "year", "2021-01-01", "2021-12-31", null, null,
                null, null, null, null, null, detention, "2021-06-30"), record, TODAY).on())
                .isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(StatisticsPlan.of(new StatisticsQuery("persons", "year", null, null, null, null, null, null, null,
                null, null, detention, null), record, TODAY).on()).isEqualTo(TODAY);
        assertThat(StatisticsPlan.of(period, record, TODAY).filter(null, "pre_trial_detention").on())
                .isEqualTo("2021-12-31");
    }

    @Test
    void personsWithoutStagesAreTheVictimsOfIncidents() {
        StatisticsPlan plan = StatisticsPlan.of(query("persons", "region", null, null), record, TODAY);

        assertThat(plan.victims()).isTrue();
        assertThat(plan.incidents()).isTrue();
        assertThat(plan.timeGrouping()).isFalse();
        assertThat(plan.filter("kz-almaty-city", "all").on()).isNull();
    }
}
