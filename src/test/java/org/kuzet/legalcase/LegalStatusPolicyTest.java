package org.kuzet.legalcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kuzet.legalcase.CaseRecord.caseAgainst;
import static org.kuzet.legalcase.CaseRecord.day;
import static org.kuzet.legalcase.LegalStatus.Kind.CONVICTED_SENTENCE_UNKNOWN;
import static org.kuzet.legalcase.LegalStatus.Kind.DECEASED;
import static org.kuzet.legalcase.LegalStatus.Kind.DETAINED;
import static org.kuzet.legalcase.LegalStatus.Kind.FREE;
import static org.kuzet.legalcase.LegalStatus.Kind.PRE_TRIAL_DETENTION;
import static org.kuzet.legalcase.LegalStatus.Kind.PSYCHIATRIC_PLACEMENT;
import static org.kuzet.legalcase.LegalStatus.Kind.RELEASED;
import static org.kuzet.legalcase.LegalStatus.Kind.SERVING_ADMINISTRATIVE_DETENTION;
import static org.kuzet.legalcase.LegalStatus.Kind.SERVING_IMPRISONMENT;
import static org.kuzet.legalcase.LegalStatus.Kind.SERVING_NON_CUSTODIAL_SENTENCE;
import static org.kuzet.legalcase.LegalStatus.Kind.SERVING_RESTRICTION_OF_FREEDOM;
import static org.kuzet.legalcase.LegalStatus.Kind.SUSPECT;
import static org.kuzet.legalcase.LegalStatus.Kind.WITNESS;
import static org.kuzet.legalcase.SentenceComponent.administrativeDetention;
import static org.kuzet.legalcase.SentenceComponent.fine;
import static org.kuzet.legalcase.SentenceComponent.imprisonment;
import static org.kuzet.legalcase.SentenceComponent.probation;
import static org.kuzet.legalcase.SentenceComponent.restrictionOfFreedom;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kuzet.shared.DatePrecision;

/** The rules of {@link LegalStatusPolicy}, one behaviour at a time. */
class LegalStatusPolicyTest {

    private static final String ACTIVIST = "activist";

    private final LegalStatusPolicy policy = new LegalStatusPolicy();

    private static CaseRecord criminalCase() {
        return caseAgainst(ACTIVIST, "criminal-case");
    }

    private static CaseRecord administrativeCase() {
        return caseAgainst(ACTIVIST, "administrative-case");
    }

    private LegalStatus statusOf(List<Stage> stages, int year, int month, int day) {
        return policy.statusOn(stages, LocalDate.of(year, month, day));
    }

    private static List<Stage> together(List<Stage> first, List<Stage> second) {
        List<Stage> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    // --- before and outside any case -----------------------------------------------------------------------------------

    @Test
    void aPersonNoStageConcernsIsFree() {
        assertThat(policy.statusOn(List.of(), LocalDate.of(2020, 1, 1))).isEqualTo(LegalStatus.free());
        assertThat(policy.timeline(List.of())).isEmpty();
    }

    @Test
    void theStatusBeforeTheFirstStageIsFree() {
        List<Stage> bokayev = PoliticalPrisoners.maxBokayev();

        assertThat(statusOf(bokayev, 2016, 11, 27)).isEqualTo(LegalStatus.free());
        assertThat(policy.timeline(bokayev).getFirst().from()).isEqualTo(LocalDate.of(2016, 11, 28));
    }

    @Test
    void aMonthPreciseSentenceAppliesFromTheFirstOfTheMonthAndSaysItIsOnlyMonthPrecise() {
        List<Stage> ibrayev = PoliticalPrisoners.askarIbrayev();

        assertThat(statusOf(ibrayev, 2019, 12, 31).kind()).isEqualTo(FREE);
        LegalStatus firstDay = statusOf(ibrayev, 2020, 1, 1);
        assertThat(firstDay.kind()).isEqualTo(SERVING_RESTRICTION_OF_FREEDOM);
        assertThat(firstDay.since().orElseThrow().precision()).isEqualTo(DatePrecision.MONTH);
    }

    // --- before any verdict --------------------------------------------------------------------------------------------

    @Test
    void aPersonChargedWithoutAMeasureOfRestraintIsASuspect() {
        List<Stage> stages = criminalCase().opened(day(2020, 3, 1)).charged(day(2020, 3, 5)).stages();

        assertThat(statusOf(stages, 2020, 3, 3).kind()).isEqualTo(FREE);
        LegalStatus charged = statusOf(stages, 2020, 4, 1);
        assertThat(charged.kind()).isEqualTo(SUSPECT);
        assertThat(charged.since()).contains(day(2020, 3, 5));
    }

    @Test
    void aWitnessSummonedAgainAsASuspectBecomesASuspect() {
        List<Stage> stages = criminalCase()
                .summonedAsWitness(day(2020, 1, 15))
                .summonedAsSuspect(day(2020, 3, 10))
                .stages();

        assertThat(statusOf(stages, 2020, 2, 1).kind()).isEqualTo(WITNESS);
        assertThat(statusOf(stages, 2020, 3, 10).kind()).isEqualTo(SUSPECT);
    }

    @Test
    void aSearchAloneRestrainsNobody() {
        List<Stage> stages = criminalCase().searched(day(2020, 7, 1)).stages();

        assertThat(statusOf(stages, 2020, 7, 2)).isEqualTo(LegalStatus.free());
    }

    @Test
    void policeCustodyWithoutACourtOrderEndsAfter72Hours() {
        List<Stage> stages = administrativeCase().detained(day(2020, 2, 22)).stages();

        LegalStatus detained = statusOf(stages, 2020, 2, 24);
        assertThat(detained.kind()).isEqualTo(DETAINED);
        assertThat(detained.expectedEnd()).contains(day(2020, 2, 25));
        assertThat(statusOf(stages, 2020, 2, 25)).isEqualTo(LegalStatus.free());
    }

    @Test
    void liftingPreTrialDetentionLeavesASuspectAtLiberty() {
        List<Stage> stages = criminalCase()
                .detained(day(2020, 6, 8))
                .placedInPreTrialDetention(day(2020, 6, 10))
                .measureLifted(day(2020, 7, 20))
                .stages();

        assertThat(statusOf(stages, 2020, 7, 19).kind()).isEqualTo(PRE_TRIAL_DETENTION);
        LegalStatus lifted = statusOf(stages, 2020, 7, 20);
        assertThat(lifted.kind()).isEqualTo(SUSPECT);
        assertThat(lifted.isInCustody()).isFalse();
    }

    @Test
    void aMeasureWithAnEndDateEndsOnThatDate() {
        List<Stage> stages = criminalCase()
                .placedInPreTrialDetentionUntil(day(2020, 1, 10), day(2020, 3, 10))
                .stages();

        assertThat(statusOf(stages, 2020, 3, 9).expectedEnd()).contains(day(2020, 3, 10));
        assertThat(statusOf(stages, 2020, 3, 10).kind()).isEqualTo(SUSPECT);
    }

    @Test
    void extendingPreTrialDetentionKeepsTheDayItBegan() {
        List<Stage> stages = criminalCase()
                .placedInPreTrialDetentionUntil(day(2020, 1, 10), day(2020, 3, 10))
                .placedInPreTrialDetentionUntil(day(2020, 3, 9), day(2020, 5, 10))
                .stages();

        LegalStatus extended = statusOf(stages, 2020, 4, 1);
        assertThat(extended.kind()).isEqualTo(PRE_TRIAL_DETENTION);
        assertThat(extended.since()).contains(day(2020, 1, 10));
        assertThat(extended.expectedEnd()).contains(day(2020, 5, 10));
    }

    @Test
    void preTrialDetentionQuashedOnAppealEnds() {
        List<Stage> stages = criminalCase()
                .placedInPreTrialDetention(day(2020, 1, 10))
                .appeal(day(2020, 2, 1), AppealOutcome.OVERTURNED)
                .stages();

        assertThat(statusOf(stages, 2020, 2, 1).kind()).isEqualTo(SUSPECT);
    }

    @Test
    void chargesDroppedWhileInPreTrialDetentionReleaseThePerson() {
        List<Stage> stages = criminalCase()
                .placedInPreTrialDetention(day(2020, 1, 10))
                .chargesDropped(day(2020, 4, 1))
                .stages();

        LegalStatus released = statusOf(stages, 2020, 4, 1);
        assertThat(released.kind()).isEqualTo(RELEASED);
        assertThat(released.releaseReason()).contains(ReleaseReason.OTHER);
        assertThat(released.cause().map(Stage::kind)).contains(StageKind.CHARGES_DROPPED);
    }

    @Test
    void chargesDroppedAgainstASuspectAtLibertyLeaveThemFree() {
        List<Stage> stages = criminalCase().charged(day(2020, 3, 1)).chargesDropped(day(2020, 10, 1)).stages();

        LegalStatus free = statusOf(stages, 2020, 10, 2);
        assertThat(free.kind()).isEqualTo(FREE);
        assertThat(free.since()).contains(day(2020, 10, 1));
    }

    @Test
    void psychiatricPlacementLastsUntilPsychiatricReleaseThenPreTrialDetentionResumes() {
        List<Stage> stages = criminalCase()
                .placedInPreTrialDetention(day(2020, 1, 10))
                .placedInPsychiatricInstitution(day(2020, 2, 1))
                .releasedFromPsychiatricInstitution(day(2020, 3, 1))
                .stages();

        LegalStatus placed = statusOf(stages, 2020, 2, 15);
        assertThat(placed.kind()).isEqualTo(PSYCHIATRIC_PLACEMENT);
        assertThat(placed.inCustodySince()).contains(day(2020, 1, 10));
        LegalStatus back = statusOf(stages, 2020, 3, 5);
        assertThat(back.kind()).isEqualTo(PRE_TRIAL_DETENTION);
        assertThat(back.since()).contains(day(2020, 1, 10));
    }

    // --- sentences -----------------------------------------------------------------------------------------------------

    @Test
    void aSentenceThatRunsOutWithoutARecordedReleaseEndsOnTheComputedDate() {
        LegalStatus released = statusOf(PoliticalPrisoners.maxBokayev(), 2021, 11, 28);

        assertThat(released.kind()).isEqualTo(RELEASED);
        assertThat(released.releaseReason()).contains(ReleaseReason.END_OF_SENTENCE);
        assertThat(released.isReleaseByReckoning()).isTrue();
        assertThat(statusOf(PoliticalPrisoners.maxBokayev(), 2021, 11, 27).kind()).isEqualTo(SERVING_IMPRISONMENT);
    }

    @Test
    void aReleaseRecordedAfterTheComputedEndKeepsThePrisonerImprisonedUntilThen() {
        List<Stage> stages = criminalCase()
                .sentenced(day(2020, 1, 10), imprisonment(Period.ofYears(1)))
                .released(day(2021, 2, 1), ReleaseReason.END_OF_SENTENCE)
                .stages();

        LegalStatus overstaying = statusOf(stages, 2021, 1, 20);
        assertThat(overstaying.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(overstaying.expectedEnd()).contains(day(2021, 1, 10));
        LegalStatus released = statusOf(stages, 2021, 2, 1);
        assertThat(released.kind()).isEqualTo(RELEASED);
        assertThat(released.isReleaseByReckoning()).isFalse();
    }

    @Test
    void administrativeDetentionIsServedInCustodyLessTheDayOfPoliceCustody() {
        List<Stage> stages = administrativeCase()
                .detained(day(2020, 6, 6))
                .sentenced(day(2020, 6, 7), administrativeDetention(Period.ofDays(15)))
                .stages();

        LegalStatus serving = statusOf(stages, 2020, 6, 10);
        assertThat(serving.kind()).isEqualTo(SERVING_ADMINISTRATIVE_DETENTION);
        assertThat(serving.inCustodySince()).contains(day(2020, 6, 6));
        assertThat(serving.expectedEnd()).contains(day(2020, 6, 21));
        assertThat(statusOf(stages, 2020, 6, 21).kind()).isEqualTo(RELEASED);
    }

    @Test
    void custodyAlreadyCoveringTheTermReleasesThePersonFromTheCourtroom() {
        List<Stage> stages = criminalCase()
                .placedInPreTrialDetention(day(2020, 1, 1))
                .sentenced(day(2020, 3, 1), imprisonment(Period.ofMonths(1)))
                .stages();

        LegalStatus released = statusOf(stages, 2020, 3, 1);
        assertThat(released.kind()).isEqualTo(RELEASED);
        assertThat(released.releaseReason()).contains(ReleaseReason.COURT_DECISION);
        assertThat(released.since()).contains(day(2020, 3, 1));
    }

    @Test
    void aFineAfterPreTrialDetentionReleasesThePersonFromTheCourtroom() {
        List<Stage> stages = criminalCase()
                .placedInPreTrialDetention(day(2020, 1, 10))
                .sentenced(day(2020, 3, 1), fine("500000", "KZT"))
                .stages();

        LegalStatus released = statusOf(stages, 2020, 3, 1);
        assertThat(released.kind()).isEqualTo(RELEASED);
        assertThat(released.releaseReason()).contains(ReleaseReason.COURT_DECISION);
        assertThat(released.sentence()).contains(Sentence.of(fine("500000", "KZT")));
    }

    @Test
    void aFineAloneLeavesAPersonAtLibertyFree() {
        List<Stage> stages = administrativeCase().sentenced(day(2020, 8, 18), fine("138900", "KZT")).stages();

        LegalStatus fined = statusOf(stages, 2020, 9, 1);
        assertThat(fined.kind()).isEqualTo(FREE);
        assertThat(fined.sentence()).contains(Sentence.of(fine("138900", "KZT")));
    }

    @Test
    void probationIsServedAtLibertyForItsTerm() {
        List<Stage> stages = criminalCase().sentenced(day(2020, 1, 10), probation(Period.ofYears(2))).stages();

        LegalStatus serving = statusOf(stages, 2021, 1, 1);
        assertThat(serving.kind()).isEqualTo(SERVING_NON_CUSTODIAL_SENTENCE);
        assertThat(serving.expectedEnd()).contains(day(2022, 1, 10));
    }

    @Test
    void aConvictionWithoutARecordedSentenceKeepsAHeldPersonImprisonedWithNoExpectedEnd() {
        List<Stage> stages = criminalCase()
                .placedInPreTrialDetention(day(2019, 5, 1))
                .convictedSentenceNotRecorded(day(2020, 1, 10))
                .stages();

        LegalStatus status = statusOf(stages, 2030, 1, 1);
        assertThat(status.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(status.expectedEnd()).isEmpty();
        assertThat(status.sentence()).isEmpty();
        assertThat(status.inCustodySince()).contains(day(2019, 5, 1));
    }

    @Test
    void aConvictionWithoutARecordedSentenceOfSomeoneAtLibertySaysTheSentenceIsUnknown() {
        List<Stage> stages = criminalCase().charged(day(2019, 5, 1)).convictedSentenceNotRecorded(day(2020, 1, 10))
                .stages();

        assertThat(statusOf(stages, 2020, 2, 1).kind()).isEqualTo(CONVICTED_SENTENCE_UNKNOWN);
    }

    // --- changes and appeals -------------------------------------------------------------------------------------------

    @Test
    void paroleEndsImprisonment() {
        List<Stage> stages = criminalCase()
                .sentenced(day(2018, 1, 10), imprisonment(Period.ofYears(7)))
                .releasedOnParole(day(2020, 5, 4))
                .stages();

        assertThat(statusOf(stages, 2020, 5, 3).kind()).isEqualTo(SERVING_IMPRISONMENT);
        LegalStatus paroled = statusOf(stages, 2020, 5, 4);
        assertThat(paroled.kind()).isEqualTo(RELEASED);
        assertThat(paroled.releaseReason()).contains(ReleaseReason.PAROLE);
    }

    @Test
    void aDeniedParoleChangesNothing() {
        CaseRecord imprisoned = criminalCase().sentenced(day(2018, 7, 7), imprisonment(Period.ofYears(4)));
        List<StatusPeriod> withoutRequest = policy.timeline(imprisoned.stages());

        List<StatusPeriod> withDeniedRequest = policy.timeline(imprisoned.paroleDenied(day(2020, 6, 5)).stages());

        assertThat(withDeniedRequest).isEqualTo(withoutRequest);
    }

    @Test
    void anAmnestyWithoutANewTermSetsThePrisonerFree() {
        List<Stage> stages = criminalCase()
                .sentenced(day(2018, 1, 10), imprisonment(Period.ofYears(3)))
                .sentenceChanged(day(2019, 12, 16), SentenceChange.AMNESTY)
                .stages();

        assertThat(statusOf(stages, 2019, 12, 16).releaseReason()).contains(ReleaseReason.AMNESTY);
    }

    @Test
    void aReductionWithoutTheNewTermLeavesTheExpectedEndUnknown() {
        List<Stage> stages = criminalCase()
                .sentenced(day(2018, 1, 10), imprisonment(Period.ofYears(3)))
                .sentenceChanged(day(2019, 6, 1), SentenceChange.REDUCTION)
                .stages();

        LegalStatus status = statusOf(stages, 2019, 7, 1);
        assertThat(status.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(status.expectedEnd()).isEmpty();
        assertThat(statusOf(stages, 2030, 1, 1).kind()).isEqualTo(SERVING_IMPRISONMENT);
    }

    @Test
    void aConversionStatingTheNewSentenceServesItFromTheConversion() {
        List<Stage> stages = criminalCase()
                .sentenced(day(2020, 1, 10), restrictionOfFreedom(Period.ofYears(2)))
                .sentenceConvertedTo(day(2020, 5, 1), imprisonment(Period.ofMonths(6)))
                .stages();

        LegalStatus converted = statusOf(stages, 2020, 5, 1);
        assertThat(converted.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(converted.since()).contains(day(2020, 5, 1));
        assertThat(converted.expectedEnd()).contains(day(2020, 11, 1));
    }

    @Test
    void anAppealOverturningTheConvictionReleasesThePrisonerAsAcquitted() {
        List<Stage> stages = criminalCase()
                .sentenced(day(2020, 1, 10), imprisonment(Period.ofYears(5)))
                .appeal(day(2020, 4, 1), AppealOutcome.OVERTURNED)
                .stages();

        assertThat(statusOf(stages, 2020, 3, 31).kind()).isEqualTo(SERVING_IMPRISONMENT);
        LegalStatus acquitted = statusOf(stages, 2020, 4, 1);
        assertThat(acquitted.kind()).isEqualTo(RELEASED);
        assertThat(acquitted.releaseReason()).contains(ReleaseReason.ACQUITTAL);
        assertThat(acquitted.since()).contains(day(2020, 4, 1));
    }

    @Test
    void anAppealOverturningTheConvictionOfSomeoneFinedLeavesThemFree() {
        List<Stage> stages = criminalCase()
                .sentenced(day(2020, 1, 10), fine("84832", "KZT"))
                .appeal(day(2020, 4, 1), AppealOutcome.OVERTURNED)
                .stages();

        LegalStatus free = statusOf(stages, 2020, 4, 1);
        assertThat(free.kind()).isEqualTo(FREE);
        assertThat(free.cause().map(Stage::kind)).contains(StageKind.APPEAL);
    }

    @Test
    void anAcquittalOverturnedOnAppealMakesThePersonASuspectAgain() {
        List<Stage> stages = criminalCase()
                .charged(day(2019, 10, 1))
                .acquitted(day(2020, 1, 10))
                .appeal(day(2020, 4, 1), AppealOutcome.OVERTURNED)
                .stages();

        assertThat(statusOf(stages, 2020, 2, 1).kind()).isEqualTo(FREE);
        assertThat(statusOf(stages, 2020, 4, 1).kind()).isEqualTo(SUSPECT);
    }

    @Test
    void anAppealReducingTheSentenceCountsTheNewTermFromTheOriginalStart() {
        List<Stage> stages = criminalCase()
                .sentenced(day(2020, 1, 10), imprisonment(Period.ofYears(5)))
                .appealReduced(day(2020, 4, 1), imprisonment(Period.ofYears(3)))
                .stages();

        LegalStatus reduced = statusOf(stages, 2020, 5, 1);
        assertThat(reduced.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(reduced.since()).contains(day(2020, 1, 10));
        assertThat(reduced.expectedEnd()).contains(day(2023, 1, 10));
        assertThat(reduced.sentence()).contains(Sentence.of(imprisonment(Period.ofYears(3))));
    }

    @Test
    void anAppealReducingTheSentenceBelowTheTimeServedReleasesOnTheDayOfTheAppeal() {
        List<Stage> stages = criminalCase()
                .placedInPreTrialDetention(day(2019, 6, 1))
                .sentenced(day(2020, 1, 10), imprisonment(Period.ofYears(2)))
                .appealReduced(day(2020, 9, 1), imprisonment(Period.ofYears(1)))
                .stages();

        // One year from 1 June 2019, the custody credited, ran out on 1 June 2020: released when the appeal says so.
        assertThat(statusOf(stages, 2020, 8, 31).kind()).isEqualTo(SERVING_IMPRISONMENT);
        LegalStatus released = statusOf(stages, 2020, 9, 1);
        assertThat(released.kind()).isEqualTo(RELEASED);
        assertThat(released.releaseReason()).contains(ReleaseReason.COURT_DECISION);
    }

    // --- sentences the record does not give -----------------------------------------------------------------------------

    @Test
    void aParoleDeniedWithNoCustodyRecordedBeforeItMakesThePersonAPrisonerFromTheRefusal() {
        List<Stage> stages = criminalCase().charged(day(2019, 3, 1)).paroleDenied(day(2020, 6, 5)).stages();

        assertThat(statusOf(stages, 2020, 6, 4).kind()).isEqualTo(SUSPECT);
        LegalStatus prisoner = statusOf(stages, 2020, 6, 5);
        assertThat(prisoner.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(prisoner.since()).contains(day(2020, 6, 5));
        assertThat(prisoner.inCustodySince()).contains(day(2020, 6, 5));
        assertThat(prisoner.expectedEnd()).isEmpty();
    }

    @Test
    void aParoleWithNoCustodyRecordedBeforeItReleasesThePersonOnTheDayOfTheParole() {
        List<Stage> stages = criminalCase().charged(day(2019, 3, 1)).releasedOnParole(day(2020, 3, 3)).stages();

        List<StatusPeriod> timeline = policy.timeline(stages);
        assertThat(timeline).extracting(p -> p.status().kind()).containsExactly(SUSPECT, RELEASED);
        assertThat(timeline.getLast().status().releaseReason()).contains(ReleaseReason.PAROLE);
        assertThat(timeline.getLast().from()).isEqualTo(LocalDate.of(2020, 3, 3));
    }

    @Test
    void aVerdictRecordedAfterTheProvingStageWinsFromItsDateAndCreditsTheWholeCustody() {
        List<Stage> stages = criminalCase()
                .detained(day(2018, 7, 7))
                .paroleDenied(day(2020, 6, 5))
                .sentenced(day(2020, 9, 1), imprisonment(Period.ofYears(4)))
                .stages();

        LegalStatus inferred = statusOf(stages, 2020, 8, 31);
        assertThat(inferred.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(inferred.sentence()).isEmpty();
        LegalStatus sentenced = statusOf(stages, 2020, 9, 1);
        assertThat(sentenced.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(sentenced.since()).contains(day(2020, 9, 1));
        assertThat(sentenced.sentence()).contains(Sentence.of(imprisonment(Period.ofYears(4))));
        assertThat(sentenced.inCustodySince()).contains(day(2018, 7, 7));
        // Four years less every day held since the arrest: four years from the arrest.
        assertThat(sentenced.expectedEnd()).contains(day(2022, 7, 7));
    }

    @Test
    void aRecordedVerdictBeforeTheRefusalLeavesNothingToInfer() {
        CaseRecord sentenced = criminalCase()
                .detained(day(2018, 7, 7))
                .sentenced(day(2019, 1, 15), imprisonment(Period.ofYears(4)));
        List<StatusPeriod> withoutRequest = policy.timeline(sentenced.stages());

        List<StatusPeriod> withDeniedRequest = policy.timeline(sentenced.paroleDenied(day(2020, 6, 5)).stages());

        assertThat(withDeniedRequest).isEqualTo(withoutRequest);
        assertThat(withDeniedRequest).extracting(p -> p.status().kind())
                .containsExactly(DETAINED, FREE, SERVING_IMPRISONMENT, RELEASED);
    }

    @Test
    void theInferredSentenceStartsAtTheLatestCustodyStartAndCustodyIsCountedFromTheArrest() {
        List<Stage> stages = criminalCase()
                .detained(day(2020, 6, 8))
                .placedInPreTrialDetention(day(2020, 6, 10))
                .released(day(2022, 6, 8), ReleaseReason.END_OF_SENTENCE)
                .stages();

        assertThat(statusOf(stages, 2020, 6, 9).kind()).isEqualTo(DETAINED);
        LegalStatus prisoner = statusOf(stages, 2021, 1, 1);
        assertThat(prisoner.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(prisoner.since()).contains(day(2020, 6, 10));
        assertThat(prisoner.inCustodySince()).contains(day(2020, 6, 8));
        LegalStatus released = statusOf(stages, 2022, 6, 8);
        assertThat(released.releaseReason()).contains(ReleaseReason.END_OF_SENTENCE);
        assertThat(released.isReleaseByReckoning()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ReleaseReason.class, names = {"MEASURE_LIFTED", "COURT_DECISION", "OTHER"})
    void aReleaseFromPreTrialDetentionForAReasonThatEndsNoSentenceProvesNone(ReleaseReason reason) {
        List<Stage> stages = criminalCase()
                .detained(day(2020, 1, 8))
                .placedInPreTrialDetention(day(2020, 1, 10))
                .released(day(2020, 4, 1), reason)
                .stages();

        assertThat(policy.timeline(stages)).extracting(p -> p.status().kind())
                .containsExactly(DETAINED, PRE_TRIAL_DETENTION, SUSPECT);
    }

    @Test
    void anAcquittalBetweenTheCustodyAndTheStageStopsTheInferenceReachingBack() {
        List<Stage> stages = criminalCase()
                .placedInPreTrialDetention(day(2019, 1, 10))
                .acquitted(day(2019, 6, 1))
                .paroleDenied(day(2020, 6, 5))
                .stages();

        assertThat(statusOf(stages, 2019, 5, 31).kind()).isEqualTo(PRE_TRIAL_DETENTION);
        LegalStatus acquitted = statusOf(stages, 2019, 6, 1);
        assertThat(acquitted.kind()).isEqualTo(RELEASED);
        assertThat(acquitted.releaseReason()).contains(ReleaseReason.ACQUITTAL);
        assertThat(statusOf(stages, 2020, 6, 5).since()).contains(day(2020, 6, 5));
    }

    @Test
    void pretrialDetentionLiftedBeforeTheRefusalIsNotReadAsASentence() {
        List<Stage> stages = criminalCase()
                .placedInPreTrialDetention(day(2019, 1, 10))
                .measureLifted(day(2019, 3, 1))
                .paroleDenied(day(2020, 6, 5))
                .stages();

        assertThat(statusOf(stages, 2019, 6, 1).kind()).isEqualTo(SUSPECT);
        LegalStatus prisoner = statusOf(stages, 2020, 6, 5);
        assertThat(prisoner.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(prisoner.since()).contains(day(2020, 6, 5));
    }

    @Test
    void imprisonmentConvertedToRestrictionOfFreedomWithoutARecordedVerdictIsImprisonmentUntilTheConversion() {
        List<Stage> stages = criminalCase()
                .detained(day(2019, 1, 10))
                .sentenceConvertedTo(day(2020, 7, 1), restrictionOfFreedom(Period.ofYears(1)))
                .stages();

        LegalStatus imprisoned = statusOf(stages, 2020, 6, 30);
        assertThat(imprisoned.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(imprisoned.since()).contains(day(2019, 1, 10));
        LegalStatus atLiberty = statusOf(stages, 2020, 7, 1);
        assertThat(atLiberty.kind()).isEqualTo(SERVING_RESTRICTION_OF_FREEDOM);
        assertThat(atLiberty.expectedEnd()).contains(day(2021, 7, 1));
    }

    @Test
    void aParoleFromRestrictionOfFreedomProvesNoImprisonment() {
        List<Stage> stages = criminalCase()
                .placedInPreTrialDetention(day(2019, 6, 1))
                .sentenced(day(2020, 1, 10), restrictionOfFreedom(Period.ofYears(2)))
                .releasedOnParole(day(2021, 1, 10))
                .stages();

        assertThat(policy.timeline(stages)).extracting(p -> p.status().kind())
                .containsExactly(PRE_TRIAL_DETENTION, SERVING_RESTRICTION_OF_FREEDOM, RELEASED);
        assertThat(statusOf(stages, 2021, 1, 10).sentence())
                .contains(Sentence.of(restrictionOfFreedom(Period.ofYears(2))));
    }

    @Test
    void aRefusalThenAParoleProveOneSentenceFromTheArrest() {
        List<Stage> stages = criminalCase()
                .detained(day(2017, 3, 1))
                .paroleDenied(day(2019, 3, 1))
                .releasedOnParole(day(2020, 3, 1))
                .stages();

        List<StatusPeriod> timeline = policy.timeline(stages);
        assertThat(timeline).extracting(p -> p.status().kind()).containsExactly(SERVING_IMPRISONMENT, RELEASED);
        assertThat(timeline).extracting(StatusPeriod::from)
                .containsExactly(LocalDate.of(2017, 3, 1), LocalDate.of(2020, 3, 1));
    }

    // --- several cases -------------------------------------------------------------------------------------------------

    @Test
    void theMostRestrictiveStatusOfOverlappingCasesWinsAndTheOtherResumesAfterIt() {
        List<Stage> stages = together(
                criminalCase().sentenced(day(2020, 1, 10), restrictionOfFreedom(Period.ofYears(2))).stages(),
                administrativeCase()
                        .detained(day(2020, 6, 6))
                        .sentenced(day(2020, 6, 7), administrativeDetention(Period.ofDays(10)))
                        .stages());

        assertThat(statusOf(stages, 2020, 6, 10).kind()).isEqualTo(SERVING_ADMINISTRATIVE_DETENTION);
        LegalStatus resumed = statusOf(stages, 2020, 6, 20);
        assertThat(resumed.kind()).isEqualTo(SERVING_RESTRICTION_OF_FREEDOM);
        assertThat(resumed.since()).contains(day(2020, 1, 10));
        assertThat(policy.timeline(stages)).extracting(p -> p.status().kind()).containsExactly(
                SERVING_RESTRICTION_OF_FREEDOM, DETAINED, SERVING_ADMINISTRATIVE_DETENTION,
                SERVING_RESTRICTION_OF_FREEDOM, RELEASED);
    }

    @Test
    void custodyContinuingFromOneCaseIntoAnotherIsOneCustody() {
        List<Stage> stages = together(
                administrativeCase().detained(day(2020, 6, 5)).stages(),
                criminalCase().sentenced(day(2020, 6, 6), imprisonment(Period.ofYears(1))).stages());

        LegalStatus imprisoned = statusOf(stages, 2020, 6, 10);
        assertThat(imprisoned.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(imprisoned.inCustodySince()).contains(day(2020, 6, 5));
    }

    @Test
    void onlyTheCaseWithAStageOnlyAPrisonerGoesThroughHasItsCustodyReadAsASentence() {
        List<Stage> stages = together(
                administrativeCase().detained(day(2019, 5, 1)).stages(),
                criminalCase().detained(day(2019, 9, 10)).paroleDenied(day(2020, 6, 5)).stages());

        List<StatusPeriod> timeline = policy.timeline(stages);
        assertThat(timeline).extracting(p -> p.status().kind())
                .containsExactly(DETAINED, FREE, SERVING_IMPRISONMENT);
        assertThat(timeline).extracting(StatusPeriod::from).containsExactly(
                LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 4), LocalDate.of(2019, 9, 10));
    }

    @Test
    void theInferenceNeverBorrowsTheCustodyOfAnotherCase() {
        List<Stage> stages = together(
                administrativeCase().detained(day(2020, 6, 1)).stages(),
                criminalCase().charged(day(2020, 3, 1)).paroleDenied(day(2020, 6, 5)).stages());

        assertThat(statusOf(stages, 2020, 6, 4).kind()).isEqualTo(SUSPECT);
        LegalStatus prisoner = statusOf(stages, 2020, 6, 5);
        assertThat(prisoner.kind()).isEqualTo(SERVING_IMPRISONMENT);
        assertThat(prisoner.since()).contains(day(2020, 6, 5));
    }

    @Test
    void deathIsFinalAndOutranksEveryOtherCase() {
        List<Stage> stages = together(
                criminalCase().placedUnderHouseArrestFor(day(2020, 1, 20), Period.ofMonths(2)).stages(),
                administrativeCase().detained(day(2020, 2, 24)).died(day(2020, 2, 25)).stages());

        List<StatusPeriod> timeline = policy.timeline(stages);
        assertThat(timeline.getLast().status().kind()).isEqualTo(DECEASED);
        assertThat(timeline.getLast().until()).isEmpty();
        assertThat(statusOf(stages, 2021, 1, 1).since()).contains(day(2020, 2, 25));
    }

    @Test
    void stagesOfOneDayFollowTheirLogicalOrderWhateverOrderTheyWereRecordedIn() {
        List<Stage> recorded = PoliticalPrisoners.aronAtabek();
        List<Stage> reversed = new ArrayList<>(recorded);
        Collections.reverse(reversed);

        assertThat(policy.timeline(reversed)).isEqualTo(policy.timeline(recorded));
    }

    @Test
    void stagesOfSeveralPersonsAreRefused() {
        List<Stage> stages = together(PoliticalPrisoners.maxBokayev(), PoliticalPrisoners.aronAtabek());

        assertThatThrownBy(() -> policy.timeline(stages))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aron-atabek, max-bokayev");
    }
}
