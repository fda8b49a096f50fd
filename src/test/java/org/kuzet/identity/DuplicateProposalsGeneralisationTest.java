package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kuzet.names.NameEvaluation;
import org.kuzet.names.NameEvaluation.Tallies;
import org.kuzet.names.NameVariants;

/**
 * How well the duplicate queue (and the create-time warning, which decides alike) tells one person written two ways
 * from two people, measured on the generated labelled set of issue 14 (see {@link NameVariants}): precision and
 * recall at the default threshold, overall, per romanisation system and per kind of typo or negative, on the
 * held-out half (the measure of generalisation) and on the development half (the half to tune on).
 *
 * <p>A pair is proposed exactly as {@link Duplicates} proposes it: the two records share a blocking key of
 * {@link NameIndex}, and {@link DuplicateScoring} scores them at or above {@link DuplicateScoring#DEFAULT_THRESHOLD}.
 * The records hold the names alone (no birth year, place, gender or links), so the score is the names' score:
 * what the queue sees when a monitor has entered only a name. Pure Java, no database: this is a unit test.
 *
 * <p>The targets of the issue are not met yet: the test prints the gap to them and fails only if a number falls
 * below the committed baseline ({@code names/baseline-duplicates.properties}).
 */
class DuplicateProposalsGeneralisationTest {

    private static final String BASELINE = "/names/baseline-duplicates.properties";

    @Test
    void duplicateProposalsDoNotFallBelowTheBaselineOnEitherHalf() {
        List<NameVariants.Pair> pairs = NameVariants.committed();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(1000);
        Map<String, Tallies> byHalf = new TreeMap<>();
        for (NameVariants.Pair pair : pairs) {
            byHalf.computeIfAbsent(pair.split(), k -> new Tallies()).count(pair, proposed(pair.left(), pair.right()));
        }
        StringBuilder report = new StringBuilder();
        Map<String, Double> numbers = new TreeMap<>();
        for (String half : List.of(NameVariants.HELD_OUT, NameVariants.DEV)) {
            Tallies t = byHalf.get(half);
            report.append(NameEvaluation.report("Duplicate proposals at the default threshold "
                    + DuplicateScoring.DEFAULT_THRESHOLD + ", " + half + " half:", t, true));
            report.append("  ").append(NameEvaluation.gap("recall", t.group("all").recall(),
                    NameEvaluation.TARGET_DUPLICATE_RECALL)).append('\n');
            report.append("  ").append(NameEvaluation.gap("precision", t.group("all").precision(),
                    NameEvaluation.TARGET_DUPLICATE_PRECISION)).append("\n\n");
            numbers.putAll(NameEvaluation.numbers("duplicates." + half + ".", t, true));
        }
        NameEvaluation.publish("duplicates.txt", report.toString());

        assertThat(NameEvaluation.regressions(BASELINE, numbers)).as("numbers below the baseline " + BASELINE).isEmpty();
    }

    @Test
    void aProposalNeedsASharedBlockingKeyAndAScoreAtTheThreshold() {
        assertThat(proposed("Zhanbolat Mamay", "Жанболат Мамай")).isTrue();
        assertThat(proposed("Aset Abishev", "Kenzhebek Abishev")).isFalse();
        // one word only: no key in common with a two-word name other than by its own key, and a low score
        assertThat(proposed("Abishev", "Aset Abishev")).isFalse();
    }

    /** Whether the duplicate queue would propose two persons that hold only these names. */
    static boolean proposed(String left, String right) {
        Set<String> leftKeys = NameIndex.keys(Subject.PERSON, List.of(left));
        Set<String> rightKeys = NameIndex.keys(Subject.PERSON, List.of(right));
        if (Collections.disjoint(leftKeys, rightKeys)) {
            return false;
        }
        return DuplicateScoring.score(Subject.PERSON, facts(1, left), facts(2, right)).score()
                >= DuplicateScoring.DEFAULT_THRESHOLD;
    }

    private static Facts facts(long id, String name) {
        return new Facts(id, "p" + id, name, List.of(), null, null, null, null, Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of());
    }
}
