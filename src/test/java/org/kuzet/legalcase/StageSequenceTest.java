package org.kuzet.legalcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.legalcase.CaseRecord.caseAgainst;
import static org.kuzet.legalcase.CaseRecord.day;
import static org.kuzet.legalcase.CaseRecord.month;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageSequenceTest {

    @Test
    void aStageDatedBeforeTheCaseWasOpenedIsReportedWithItsIndexAndBothDates() {
        List<Stage> stages = caseAgainst("askar-ibrayev", "ibrayev-2020")
                .opened(day(2020, 1, 15))
                .detained(day(2020, 1, 15))
                .sentenced(month(2019, 12), SentenceComponent.restrictionOfFreedom(Period.ofYears(1)))
                .stages();

        List<StageSequence.Problem> problems = StageSequence.problems(stages);

        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().index()).isEqualTo(2);
        assertThat(problems.getFirst().stage()).isEqualTo(stages.get(2));
        assertThat(problems.getFirst().property()).isEqualTo("date");
        assertThat(problems.getFirst().reason()).isEqualTo("December 2019 is before the case was opened (15 January 2020)");
    }

    @Test
    void aStageThatMayBeOnOrAfterAnImpreciseOpeningIsNotReported() {
        List<Stage> stages = caseAgainst("askar-ibrayev", "ibrayev-2020")
                .opened(month(2020, 1))
                .detained(day(2020, 1, 1))
                .stages();
        List<Stage> verdictInTheOpeningsMonth = caseAgainst("askar-ibrayev", "ibrayev-2020")
                .opened(day(2020, 1, 15))
                .sentenced(month(2020, 1), SentenceComponent.restrictionOfFreedom(Period.ofYears(1)))
                .stages();

        assertThat(StageSequence.problems(stages)).isEmpty();
        assertThat(StageSequence.problems(verdictInTheOpeningsMonth)).isEmpty();
    }

    @Test
    void eachCaseIsCheckedAgainstItsOwnOpening() {
        List<Stage> stages = new ArrayList<>(caseAgainst("asya-tulesova", "tulesova-protest-2020")
                .detained(day(2020, 6, 6))
                .stages());
        stages.addAll(caseAgainst("asya-tulesova", "tulesova-2020").opened(day(2020, 6, 8)).detained(day(2020, 6, 8))
                .stages());

        assertThat(StageSequence.problems(stages)).isEmpty();
    }

    @Test
    void aReleaseOfSomeoneNeverDeprivedOfLibertyIsRefusedAtItsKind() {
        List<Stage> stages = caseAgainst("aigerim-tleuzhan", "tleuzhan-2020")
                .opened(day(2020, 3, 1))
                .placedUnderTravelBan(day(2020, 3, 2))
                .released(day(2020, 4, 1), ReleaseReason.COURT_DECISION)
                .stages();

        List<StageSequence.Problem> problems = StageSequence.problems(stages);

        assertThat(problems).extracting(StageSequence.Problem::index).containsExactly(2);
        assertThat(problems.getFirst().property()).isEqualTo("kind");
        assertThat(problems.getFirst().reason()).startsWith("a release of someone the case never shows deprived of liberty");
    }

    @Test
    void aReleaseAfterCustodyHouseArrestAPlacementOrAConvictionIsPossible() {
        ReleaseReason other = ReleaseReason.OTHER;
        assertThat(StageSequence.problems(caseAgainst("a", "c").detained(day(2020, 1, 1))
                .released(day(2020, 1, 2), other).stages())).isEmpty();
        assertThat(StageSequence.problems(caseAgainst("a", "c").placedUnderHouseArrestFor(day(2020, 1, 1), Period.ofMonths(2))
                .released(day(2020, 2, 2), other).stages())).isEmpty();
        assertThat(StageSequence.problems(caseAgainst("a", "c").placedInPsychiatricInstitution(day(2020, 1, 1))
                .released(day(2020, 2, 2), other).stages())).isEmpty();
        // the sentence is not known, so it may have been custodial: released at the end of it
        assertThat(StageSequence.problems(caseAgainst("a", "c").convictedSentenceNotRecorded(day(2016, 1, 1))
                .released(day(2020, 6, 1), ReleaseReason.END_OF_SENTENCE).stages())).isEmpty();
        // a release "around" a day may be weeks later than that day
        assertThat(StageSequence.problems(caseAgainst("a", "c").released(CaseRecord.around(2020, 3, 1), other)
                .detained(day(2020, 3, 3)).stages())).isEmpty();
        // a release on the same (month-precise) day as the detention may come after it
        assertThat(StageSequence.problems(caseAgainst("a", "c").released(month(2020, 1), other)
                .detained(day(2020, 1, 20)).stages())).isEmpty();
    }

    @Test
    void aReleaseAfterOnlyANonCustodialSentenceIsRefused() {
        List<Stage> stages = caseAgainst("a", "c")
                .sentenced(day(2020, 1, 10), SentenceComponent.restrictionOfFreedom(Period.ofYears(1)))
                .released(day(2021, 1, 10), ReleaseReason.END_OF_SENTENCE)
                .stages();

        assertThat(StageSequence.problems(stages)).extracting(StageSequence.Problem::index).containsExactly(1);
    }

    @Test
    void aConversionWithNothingToConvertIsRefusedAndOneAfterAConvictionOrCustodyIsNot() {
        List<Stage> nothing = caseAgainst("a", "c").opened(day(2020, 1, 1)).sentenceConverted(day(2020, 6, 1)).stages();
        List<Stage> afterConviction = caseAgainst("a", "c")
                .sentenced(day(2020, 1, 10), SentenceComponent.restrictionOfFreedom(Period.ofYears(2)))
                .sentenceConverted(day(2020, 6, 1)).stages();
        // a parole years after an arrest proves the prison sentence the record does not give (Dzhakishev)
        List<Stage> paroleAfterArrest = caseAgainst("a", "c").detained(day(2009, 5, 1)).releasedOnParole(day(2020, 3, 3))
                .stages();

        List<StageSequence.Problem> problems = StageSequence.problems(nothing);
        assertThat(problems).extracting(StageSequence.Problem::index).containsExactly(1);
        assertThat(problems.getFirst().reason()).startsWith("a conversion with nothing to change");
        assertThat(StageSequence.problems(afterConviction)).isEmpty();
        assertThat(StageSequence.problems(paroleAfterArrest)).isEmpty();
    }

    @Test
    void aStageAboutOneDefendantFollowsOnlyStagesAboutThemOrAboutEveryone() {
        List<Stage> stages = new ArrayList<>();
        stages.add(Stage.detained("c", day(2020, 1, 1), null).concerning("first"));
        stages.add(Stage.release("c", day(2020, 1, 2), ReleaseReason.OTHER).concerning("second"));
        stages.add(Stage.release("c", day(2020, 1, 2), ReleaseReason.OTHER).concerning("first"));
        stages.add(Stage.of("c", StageKind.DETAINED, day(2020, 2, 1)));
        stages.add(Stage.release("c", day(2020, 2, 2), ReleaseReason.OTHER).concerning("third"));

        assertThat(StageSequence.problems(stages)).extracting(StageSequence.Problem::index).containsExactly(1);
    }
}
