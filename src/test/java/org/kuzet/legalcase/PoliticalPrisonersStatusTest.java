package org.kuzet.legalcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.legalcase.CaseRecord.around;
import static org.kuzet.legalcase.CaseRecord.day;
import static org.kuzet.legalcase.CaseRecord.month;
import static org.kuzet.legalcase.CaseRecord.year;
import static org.kuzet.legalcase.LegalStatus.Kind.DETAINED;
import static org.kuzet.legalcase.LegalStatus.Kind.FREE;
import static org.kuzet.legalcase.LegalStatus.Kind.HOUSE_ARREST;
import static org.kuzet.legalcase.LegalStatus.Kind.PRE_TRIAL_DETENTION;
import static org.kuzet.legalcase.LegalStatus.Kind.PSYCHIATRIC_PLACEMENT;
import static org.kuzet.legalcase.LegalStatus.Kind.RELEASED;
import static org.kuzet.legalcase.LegalStatus.Kind.SERVING_IMPRISONMENT;
import static org.kuzet.legalcase.LegalStatus.Kind.SERVING_RESTRICTION_OF_FREEDOM;
import static org.kuzet.legalcase.LegalStatus.Kind.SUSPECT;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kuzet.shared.DatePrecision;

/** The legal status of real people, from the sequences the reports in the corpus give. */
class PoliticalPrisonersStatusTest {

    private final LegalStatusPolicy policy = new LegalStatusPolicy();

    private LegalStatus statusOf(List<Stage> stages, int year, int month, int day) {
        return policy.statusOn(stages, LocalDate.of(year, month, day));
    }

    @Test
    void restrictionOfFreedomConvertedToImprisonmentCountsAsImprisonedFromConversionDate() {
        List<Stage> ibrayev = PoliticalPrisoners.askarIbrayev();

        LegalStatus march = statusOf(ibrayev, 2020, 3, 1);
        assertThat(march.kind()).isEqualTo(SERVING_RESTRICTION_OF_FREEDOM);
        assertThat(march.since()).contains(month(2020, 1));
        assertThat(march.expectedEnd()).contains(month(2021, 1));
        assertThat(march.isInCustody()).isFalse();

        LegalStatus june = statusOf(ibrayev, 2020, 6, 10);
        assertThat(june.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(june.since()).contains(around(2020, 6, 5));
        assertThat(june.inCustodySince()).contains(day(2020, 6, 5));
        assertThat(june.cause().map(Stage::kind)).contains(StageKind.SENTENCE_CHANGE);
    }

    @Test
    void ibrayevsUnservedRestrictionOfFreedomIsConvertedDayForDaySoHeIsDueOutInJanuary2021() {
        LegalStatus imprisoned = statusOf(PoliticalPrisoners.askarIbrayev(), 2020, 6, 10);

        assertThat(imprisoned.expectedEnd()).contains(month(2021, 1));
        // 5 June 2020 to 1 January 2021: 210 unserved days of restriction of freedom become 210 days of imprisonment.
        assertThat(imprisoned.sentence().orElseThrow().components())
                .containsExactly(SentenceComponent.imprisonment(Period.ofDays(210)));
    }

    @Test
    void ibrayevIsReleasedAtTheEndOfTheConvertedTermWithTheMonthPrecisionOfHisVerdict() {
        List<StatusPeriod> timeline = policy.timeline(PoliticalPrisoners.askarIbrayev());

        assertThat(timeline).extracting(p -> p.status().kind())
                .containsExactly(SERVING_RESTRICTION_OF_FREEDOM, SERVING_IMPRISONMENT, RELEASED);
        assertThat(timeline).extracting(StatusPeriod::from)
                .containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 5), LocalDate.of(2021, 1, 1));
        LegalStatus released = timeline.getLast().status();
        assertThat(released.releaseReason()).contains(ReleaseReason.END_OF_SENTENCE);
        assertThat(released.since()).contains(month(2021, 1));
    }

    @Test
    void idryshevIsImprisonedFromTheApproximateConversionDateAndHisBansRunFromTheVerdict() {
        List<Stage> idryshev = PoliticalPrisoners.serikIdryshev();

        LegalStatus beforeConversion = statusOf(idryshev, 2020, 3, 1);
        assertThat(beforeConversion.kind()).isEqualTo(SERVING_RESTRICTION_OF_FREEDOM);
        assertThat(beforeConversion.since()).contains(month(2019, 12));

        LegalStatus imprisoned = statusOf(idryshev, 2020, 7, 1);
        assertThat(imprisoned.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(imprisoned.since()).contains(around(2020, 6, 1));
        assertThat(imprisoned.since().orElseThrow().precision()).isEqualTo(DatePrecision.APPROXIMATE);
        assertThat(imprisoned.expectedEnd()).contains(month(2020, 12));
        // Bans added to restriction of freedom count from the sentence, not from release (CC Art. 50).
        assertThat(imprisoned.bans()).containsExactly(
                new LegalStatus.Ban(SentenceKind.SOCIAL_MEDIA_BAN, Period.ofYears(3), Optional.of(month(2022, 12))),
                new LegalStatus.Ban(SentenceKind.ACTIVITY_BAN, Period.ofYears(3), Optional.of(month(2022, 12))));

        LegalStatus afterwards = statusOf(idryshev, 2021, 3, 1);
        assertThat(afterwards.kind()).isEqualTo(RELEASED);
        assertThat(afterwards.since()).contains(month(2020, 12));
        assertThat(afterwards.bans()).extracting(LegalStatus.Ban::until)
                .containsOnly(Optional.of(month(2022, 12)));
    }

    @Test
    void utepovaIsDetainedForAtMost72HoursThenASuspectThenForciblyPlacedInAPsychiatricInstitution() {
        List<Stage> utepova = PoliticalPrisoners.aigulUtepova();

        LegalStatus detained = statusOf(utepova, 2020, 9, 16);
        assertThat(detained.kind()).isEqualTo(DETAINED);
        assertThat(detained.since()).contains(around(2020, 9, 15));
        assertThat(detained.expectedEnd()).contains(around(2020, 9, 18));

        // The report records no measure of restraint: at liberty, and a suspect since she was told of the case.
        LegalStatus october = statusOf(utepova, 2020, 10, 15);
        assertThat(october.kind()).isEqualTo(SUSPECT);
        assertThat(october.since()).contains(around(2020, 9, 15));

        LegalStatus december = statusOf(utepova, 2020, 12, 1);
        assertThat(december.kind()).isEqualTo(PSYCHIATRIC_PLACEMENT);
        assertThat(december.since()).contains(day(2020, 11, 23));
        assertThat(december.inCustodySince()).contains(day(2020, 11, 23));
        assertThat(december.expectedEnd()).isEmpty();
    }

    @Test
    void dzhakishevParoledIn2020IsImprisonedFromHisArrestInMay2009UntilTheParole() {
        List<Stage> dzhakishev = PoliticalPrisoners.mukhtarDzhakishev();

        assertThat(statusOf(dzhakishev, 2009, 4, 30).kind()).isEqualTo(FREE);
        // Not 72 hours of police custody and then freedom: the parole proves he was held on a sentence all along.
        LegalStatus held = statusOf(dzhakishev, 2019, 12, 31);
        assertThat(held.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(held.since()).contains(month(2009, 5));
        assertThat(held.since().orElseThrow().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(held.inCustodySince()).contains(month(2009, 5));
        assertThat(held.sentence()).isEmpty();
        assertThat(held.expectedEnd()).isEmpty();

        LegalStatus paroled = statusOf(dzhakishev, 2020, 3, 3);
        assertThat(paroled.kind()).isEqualTo(RELEASED);
        assertThat(paroled.releaseReason()).contains(ReleaseReason.PAROLE);
        assertThat(paroled.since()).contains(day(2020, 3, 3));
    }

    @Test
    void dzhakishevsTimelineIsOneImprisonmentFromMay2009ThenHisParole() {
        List<StatusPeriod> timeline = policy.timeline(PoliticalPrisoners.mukhtarDzhakishev());

        assertThat(timeline).extracting(p -> p.status().kind()).containsExactly(SERVING_IMPRISONMENT, RELEASED);
        assertThat(timeline).extracting(StatusPeriod::from)
                .containsExactly(LocalDate.of(2009, 5, 1), LocalDate.of(2020, 3, 3));
    }

    @Test
    void assetAbishevDeniedEarlyReleaseInTheColonyIsAPrisonerSinceHisArrestWithNoExpectedEnd() {
        List<Stage> abishev = PoliticalPrisoners.assetAbishev();

        for (LegalStatus prisoner : List.of(statusOf(abishev, 2019, 1, 1), statusOf(abishev, 2020, 11, 1))) {
            assertThat(prisoner.kind()).isEqualTo(SERVING_IMPRISONMENT);
            assertThat(prisoner.since()).contains(day(2018, 7, 7));
            assertThat(prisoner.inCustodySince()).contains(day(2018, 7, 7));
            // "Subsequently sentenced to four years' imprisonment", on a date the report does not give: the term
            // cannot be counted from anything.
            assertThat(prisoner.expectedEnd()).isEmpty();
            assertThat(prisoner.sentence()).isEmpty();
            // The refused early release is the only evidence of the sentence.
            assertThat(prisoner.cause()).map(Stage::change).contains(SentenceChange.DENIED);
        }
        assertThat(statusOf(abishev, 2018, 7, 6).kind()).isEqualTo(FREE);
    }

    @Test
    void assetAbishevsCustodyIsUnbrokenFromHisArrestAndTheRefusalChangesNothingElse() {
        List<StatusPeriod> timeline = policy.timeline(PoliticalPrisoners.assetAbishev());

        assertThat(timeline).hasSize(1);
        assertThat(timeline.getFirst().from()).isEqualTo(LocalDate.of(2018, 7, 7));
        assertThat(timeline.getFirst().until()).isEmpty();
        assertThat(timeline.getFirst().status().kind()).isEqualTo(SERVING_IMPRISONMENT);
    }

    @Test
    void yerimbetovImprisonedIn2017AndSentencedIn2018IsReleasedOnHealthGroundsOn30December2019() {
        List<Stage> yerimbetov = PoliticalPrisoners.iskanderYerimbetov();

        assertThat(statusOf(yerimbetov, 2017, 6, 1).kind()).isEqualTo(PRE_TRIAL_DETENTION);

        LegalStatus serving = statusOf(yerimbetov, 2019, 6, 1);
        assertThat(serving.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(serving.since()).contains(year(2018));
        assertThat(serving.inCustodySince()).contains(year(2017));
        // Only custody certainly served is credited: from 31 December 2017 to 1 January 2018, one day.
        assertThat(serving.expectedEnd()).contains(around(2024, 12, 31));

        LegalStatus released = statusOf(yerimbetov, 2020, 1, 1);
        assertThat(released.kind()).isEqualTo(RELEASED);
        assertThat(released.releaseReason()).contains(ReleaseReason.HEALTH);
        assertThat(released.since()).contains(day(2019, 12, 30));
    }

    @Test
    void abishevsConversionAppealedByTheProsecutorLeavesHimImprisoned() {
        LegalStatus november2020 = statusOf(PoliticalPrisoners.kenzhebekAbishev(), 2020, 11, 1);

        assertThat(november2020.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(november2020.since()).contains(month(2018, 10));
        assertThat(november2020.inCustodySince()).contains(month(2017, 11));
        // Seven years from October 2018, less the custody certainly served from 30 November 2017: 305 days.
        assertThat(november2020.expectedEnd()).contains(around(2024, 11, 30));
        assertThat(november2020.sentence().orElseThrow().custodialComponent())
                .contains(SentenceComponent.imprisonment(Period.ofYears(7)));
    }

    @Test
    void abishevsConversionTakesEffectOnlyWhenTheAppealCourtConfirmsIt() {
        List<Stage> confirmed = PoliticalPrisoners.kenzhebekAbishevUntilTheProsecutorsAppeal()
                .appeal(day(2020, 7, 1), AppealOutcome.REJECTED)
                .stages();

        assertThat(statusOf(confirmed, 2020, 6, 30).kind()).isEqualTo(SERVING_IMPRISONMENT);
        LegalStatus atLiberty = statusOf(confirmed, 2020, 7, 1);
        assertThat(atLiberty.kind()).isEqualTo(SERVING_RESTRICTION_OF_FREEDOM);
        assertThat(atLiberty.since()).contains(day(2020, 7, 1));
        assertThat(atLiberty.expectedEnd()).contains(around(2024, 11, 30));
        assertThat(atLiberty.sentence().orElseThrow().restrictionOfFreedom())
                .contains(SentenceComponent.restrictionOfFreedom(Period.ofDays(1613)));
    }

    @Test
    void tobylovaIsDetainedThenUnderHouseArrestForTwoMonthsThenASuspect() {
        List<Stage> tobylova = PoliticalPrisoners.akmaralTobylova();

        LegalStatus detained = statusOf(tobylova, 2018, 3, 14);
        assertThat(detained.kind()).isEqualTo(DETAINED);
        assertThat(detained.since()).contains(day(2018, 3, 13));
        assertThat(detained.expectedEnd()).contains(day(2018, 3, 16));

        LegalStatus houseArrest = statusOf(tobylova, 2018, 4, 1);
        assertThat(houseArrest.kind()).isEqualTo(HOUSE_ARREST);
        assertThat(houseArrest.since()).contains(around(2018, 3, 15));
        assertThat(houseArrest.expectedEnd()).contains(around(2018, 5, 15));
        assertThat(houseArrest.isInCustody()).isFalse();

        LegalStatus afterwards = statusOf(tobylova, 2018, 6, 1);
        assertThat(afterwards.kind()).isEqualTo(SUSPECT);
        assertThat(afterwards.since()).contains(around(2018, 3, 15));
    }

    @Test
    void tulesovaLeavesTheCourthouseToServeRestrictionOfFreedomWithHerCustodyCredited() {
        List<Stage> tulesova = PoliticalPrisoners.asyaTulesova();

        LegalStatus preTrial = statusOf(tulesova, 2020, 7, 1);
        assertThat(preTrial.kind()).isEqualTo(PRE_TRIAL_DETENTION);
        assertThat(preTrial.since()).contains(around(2020, 6, 10));
        assertThat(preTrial.inCustodySince()).contains(day(2020, 6, 8));

        LegalStatus sentenced = statusOf(tulesova, 2020, 8, 12);
        assertThat(sentenced.kind()).isEqualTo(SERVING_RESTRICTION_OF_FREEDOM);
        assertThat(sentenced.since()).contains(day(2020, 8, 12));
        assertThat(sentenced.isInCustody()).isFalse();
        // 12 August 2020 + 18 months = 12 February 2022, less 65 days held from 8 June to 12 August.
        assertThat(sentenced.expectedEnd()).contains(day(2021, 12, 9));
        assertThat(sentenced.sentence().orElseThrow().component(SentenceKind.FINE))
                .contains(SentenceComponent.fine("55560", "KZT"));

        LegalStatus afterwards = statusOf(tulesova, 2021, 12, 9);
        assertThat(afterwards.kind()).isEqualTo(RELEASED);
        assertThat(afterwards.releaseReason()).contains(ReleaseReason.END_OF_SENTENCE);
    }

    @Test
    void tulesovasTwoDetentionsInTwoCasesAppearInHerTimeline() {
        List<StatusPeriod> timeline = policy.timeline(PoliticalPrisoners.asyaTulesova());

        assertThat(timeline).extracting(StatusPeriod::from).containsExactly(
                LocalDate.of(2020, 6, 6), LocalDate.of(2020, 6, 7), LocalDate.of(2020, 6, 8),
                LocalDate.of(2020, 6, 10), LocalDate.of(2020, 8, 12), LocalDate.of(2021, 12, 9));
        assertThat(timeline).extracting(p -> p.status().kind()).containsExactly(
                DETAINED, FREE, DETAINED, PRE_TRIAL_DETENTION, SERVING_RESTRICTION_OF_FREEDOM, RELEASED);
        assertThat(timeline.getFirst().until()).contains(LocalDate.of(2020, 6, 7));
    }

    @Test
    void bokayevIsReleasedAtTheEndOfHisFiveYearsAndBannedFromPublicActivityForThreeYearsAfter() {
        List<Stage> bokayev = PoliticalPrisoners.maxBokayev();

        LegalStatus imprisoned = statusOf(bokayev, 2020, 11, 1);
        assertThat(imprisoned.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(imprisoned.since()).contains(day(2016, 11, 28));
        assertThat(imprisoned.inCustodySince()).contains(day(2016, 11, 28));
        assertThat(imprisoned.expectedEnd()).contains(day(2021, 11, 28));

        LegalStatus released = statusOf(bokayev, 2022, 1, 1);
        assertThat(released.kind()).isEqualTo(RELEASED);
        assertThat(released.releaseReason()).contains(ReleaseReason.END_OF_SENTENCE);
        assertThat(released.since()).contains(day(2021, 11, 28));
        assertThat(released.bans()).containsExactly(
                new LegalStatus.Ban(SentenceKind.ACTIVITY_BAN, Period.ofYears(3), Optional.of(day(2024, 11, 28))));
    }

    @Test
    void atabekIsImprisonedSinceHisVerdictInCustodySinceHisArrestAndDueOut18YearsAfterTheArrest() {
        LegalStatus status = statusOf(PoliticalPrisoners.aronAtabek(), 2020, 11, 1);

        assertThat(status.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(status.since()).contains(day(2007, 10, 5));
        assertThat(status.inCustodySince()).contains(day(2006, 7, 17));
        // 445 days held before the verdict are credited: 5 October 2025 becomes 17 July 2024.
        assertThat(status.expectedEnd()).contains(day(2024, 7, 17));
    }
}
