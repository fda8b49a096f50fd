package org.kuzet.legalcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kuzet.legalcase.CaseRecord.day;
import static org.kuzet.legalcase.SentenceComponent.imprisonment;

import java.time.Period;
import org.junit.jupiter.api.Test;

class StageTest {

    private static final String CASE = "tobylova-2018";

    @Test
    void aVerdictNeedsItsOutcome() {
        assertThatThrownBy(() -> Stage.verdict(CASE, day(2018, 10, 1), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a verdict stage needs its outcome");
    }

    @Test
    void aMeasureOfRestraintNeedsItsMeasure() {
        assertThatThrownBy(() -> Stage.measureOfRestraint(CASE, day(2018, 3, 15), null, Period.ofMonths(2), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a measure_of_restraint stage needs its measure");
    }

    @Test
    void aMeasureMayBeLiftedWithOrWithoutNamingIt() {
        assertThat(Stage.measureLifted(CASE, day(2018, 5, 15), Measure.HOUSE_ARREST).measure())
                .isEqualTo(Measure.HOUSE_ARREST);
        assertThat(Stage.measureLifted(CASE, day(2018, 5, 15), null).measure()).isNull();
    }

    @Test
    void aMeasureEndingBeforeItBeginsIsRefused() {
        assertThatThrownBy(() -> Stage.measureOfRestraint(CASE, day(2018, 3, 15), Measure.HOUSE_ARREST, null,
                day(2018, 3, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void propertiesOfOtherKindsAreRefused() {
        assertThatThrownBy(() -> new Stage(CASE, StageKind.OPENED, day(2018, 3, 13), null, Period.ofDays(3), null,
                null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a opened stage has no duration");
        assertThatThrownBy(() -> new Stage(CASE, StageKind.DETAINED, day(2018, 3, 13), null, null, null,
                null, null, null, ReleaseReason.OTHER, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a detained stage has no reason");
    }

    @Test
    void onlyAConvictionAChangedAppealOrAStatedChangeCarriesASentence() {
        Sentence fiveYears = Sentence.of(imprisonment(Period.ofYears(5)));

        assertThatThrownBy(() -> Stage.verdict(CASE, day(2018, 10, 1), VerdictOutcome.ACQUITTED, fiveYears))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a verdict stage (acquitted) carries no sentence");
        assertThatThrownBy(() -> Stage.appeal(CASE, day(2019, 1, 1), AppealOutcome.UPHELD, fiveYears))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stage.sentenceChange(CASE, day(2020, 3, 3), SentenceChange.PAROLE, fiveYears))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Stage.appeal(CASE, day(2019, 1, 1), AppealOutcome.REDUCED, fiveYears).sentence()).isEqualTo(fiveYears);
    }

    @Test
    void keysMustBeBundleKeys() {
        assertThatThrownBy(() -> Stage.of("case 1", StageKind.OPENED, day(2018, 3, 13)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stage.of(CASE, StageKind.OPENED, day(2018, 3, 13)).concerning("Akmaral Tobylova"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStageNamingNobodyConcernsEveryDefendant() {
        Stage opened = Stage.of(CASE, StageKind.OPENED, day(2018, 3, 13));
        Stage detained = Stage.detained(CASE, day(2018, 3, 13), null).concerning("akmaral-tobylova");

        assertThat(opened.concerns("akmaral-tobylova")).isTrue();
        assertThat(detained.concerns("akmaral-tobylova")).isTrue();
        assertThat(detained.concerns("arsen-zhumatayev")).isFalse();
    }
}
