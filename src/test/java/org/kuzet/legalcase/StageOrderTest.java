package org.kuzet.legalcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kuzet.legalcase.CaseRecord.caseAgainst;
import static org.kuzet.legalcase.CaseRecord.day;
import static org.kuzet.legalcase.CaseRecord.month;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageOrderTest {

    @Test
    void aStageDatedBeforeTheCaseWasOpenedIsReportedWithItsIndexAndBothDates() {
        List<Stage> stages = caseAgainst("askar-ibrayev", "ibrayev-2020")
                .opened(day(2020, 1, 15))
                .detained(day(2020, 1, 15))
                .sentenced(month(2019, 12), SentenceComponent.restrictionOfFreedom(Period.ofYears(1)))
                .stages();

        List<StageOrder.Problem> problems = StageOrder.validate(stages);

        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().index()).isEqualTo(2);
        assertThat(problems.getFirst().stage()).isEqualTo(stages.get(2));
        assertThat(problems.getFirst().message()).isEqualTo(
                "stages[2] (verdict, December 2019) is dated before the case was opened (stages[0], 15 January 2020)");
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

        assertThat(StageOrder.validate(stages)).isEmpty();
        assertThat(StageOrder.validate(verdictInTheOpeningsMonth)).isEmpty();
    }

    @Test
    void eachCaseIsCheckedAgainstItsOwnOpening() {
        List<Stage> stages = new ArrayList<>(caseAgainst("asya-tulesova", "tulesova-protest-2020")
                .detained(day(2020, 6, 6))
                .stages());
        stages.addAll(caseAgainst("asya-tulesova", "tulesova-2020").opened(day(2020, 6, 8)).detained(day(2020, 6, 8))
                .stages());

        assertThat(StageOrder.validate(stages)).isEmpty();
    }

    @Test
    void theImporterIsRefusedStagesOutOfOrderWithEveryProblemNamed() {
        List<Stage> stages = caseAgainst("akmaral-tobylova", "tobylova-2018")
                .detained(day(2018, 3, 12))
                .opened(day(2018, 3, 13))
                .searched(day(2018, 3, 1))
                .stages();

        assertThatThrownBy(() -> StageOrder.requireValid(stages))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages[0] (detained, 12 March 2018) is dated before the case was opened (stages[1], "
                        + "13 March 2018); stages[2] (search, 1 March 2018) is dated before the case was opened "
                        + "(stages[1], 13 March 2018)");
    }
}
