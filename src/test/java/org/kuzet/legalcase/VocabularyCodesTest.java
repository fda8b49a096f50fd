package org.kuzet.legalcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The enums speak exactly the codes of docs/bundle-format.md, both ways, and refuse others. */
class VocabularyCodesTest {

    @Test
    void stageKindsAreTheBundleFormatsStageKinds() {
        assertCodes(StageKind.values(), StageKind::code, StageKind::fromCode,
                "opened", "summoned_as_witness", "summoned_as_suspect", "search", "detained", "charged",
                "measure_of_restraint", "measure_lifted", "psychiatric_placement", "psychiatric_release",
                "trial_started", "verdict", "appeal", "sentence_change", "release", "charges_dropped", "closed", "died");
    }

    @Test
    void measuresAreTheBundleFormatsMeasures() {
        assertCodes(Measure.values(), Measure::code, Measure::fromCode,
                "pre_trial_detention", "house_arrest", "travel_ban", "bail", "police_supervision");
    }

    @Test
    void sentenceKindsAreTheBundleFormatsComponentKinds() {
        assertCodes(SentenceKind.values(), SentenceKind::code, SentenceKind::fromCode,
                "imprisonment", "restriction_of_freedom", "administrative_detention", "fine", "activity_ban",
                "social_media_ban", "forced_labour", "community_service", "probation", "suspended_sentence",
                "compensation", "warning", "compulsory_treatment", "deprivation_of_citizenship");
    }

    @Test
    void outcomesChangesAndReasonsAreTheBundleFormats() {
        assertCodes(VerdictOutcome.values(), VerdictOutcome::code, VerdictOutcome::fromCode,
                "convicted", "acquitted", "dismissed", "claim_granted", "claim_rejected");
        assertCodes(AppealOutcome.values(), AppealOutcome::code, AppealOutcome::fromCode,
                "upheld", "overturned", "reduced", "increased", "pending", "rejected");
        assertCodes(SentenceChange.values(), SentenceChange::code, SentenceChange::fromCode,
                "conversion", "parole", "early_release", "pardon", "amnesty", "reduction", "extension", "denied");
        assertCodes(ReleaseReason.values(), ReleaseReason::code, ReleaseReason::fromCode,
                "end_of_sentence", "parole", "health", "amnesty", "pardon", "acquittal", "measure_lifted",
                "court_decision", "other");
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheCodesExpected() {
        assertThatThrownBy(() -> Measure.fromCode("exile"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown measure of restraint 'exile' (expected one of: pre_trial_detention, house_arrest, "
                        + "travel_ban, bail, police_supervision)");
        assertThatThrownBy(() -> StageKind.fromCode(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StageKind.fromCode("Verdict")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onOneDayAnOpeningComesBeforeADetentionBeforeAMeasureBeforeAVerdictBeforeARelease() {
        List<StageKind> logical = Arrays.stream(StageKind.values())
                .sorted((a, b) -> Integer.compare(a.sameDayOrder(), b.sameDayOrder()))
                .toList();

        assertThat(logical).containsSubsequence(StageKind.OPENED, StageKind.SEARCH, StageKind.DETAINED,
                StageKind.MEASURE_OF_RESTRAINT, StageKind.VERDICT, StageKind.SENTENCE_CHANGE, StageKind.APPEAL,
                StageKind.RELEASE, StageKind.DIED);
    }

    private static <E> void assertCodes(E[] values, Function<E, String> code, Function<String, E> fromCode,
                                        String... expected) {
        assertThat(Arrays.stream(values).map(code)).containsExactly(expected);
        for (E value : values) {
            assertThat(fromCode.apply(code.apply(value))).isEqualTo(value);
        }
    }
}
