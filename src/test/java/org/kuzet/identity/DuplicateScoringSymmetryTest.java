package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kuzet.names.NameVariants;

/** Which record is first in a pair changes nothing: not its score, not whether it is proposed. */
class DuplicateScoringSymmetryTest {

    @Test
    void theScoreOfAPairIsTheScoreOfThePairReversedOnEveryLabelledPair() {
        List<String> asymmetric = new ArrayList<>();
        for (NameVariants.Pair p : NameVariants.committed()) {
            double forth = DuplicateScoring.score(Subject.PERSON, facts(1, p.left()), facts(2, p.right())).score();
            double back = DuplicateScoring.score(Subject.PERSON, facts(1, p.right()), facts(2, p.left())).score();
            boolean proposedForth = DuplicateProposalsGeneralisationTest.proposed(p.left(), p.right());
            boolean proposedBack = DuplicateProposalsGeneralisationTest.proposed(p.right(), p.left());
            if (forth != back || proposedForth != proposedBack) {
                asymmetric.add(p.left() + " / " + p.right() + ": " + forth + " / " + back);
            }
        }
        assertThat(asymmetric).isEmpty();
    }

    @Test
    void namesOfEqualLengthMatchedFromEitherSideScoreAlike() {
        for (String[] pair : List.of(new String[] {"Aset Abishev", "Abishev Asset"},
                new String[] {"Nurlan Bokeev", "Nrulan Bokeyev"}, new String[] {"Almat Zhumagulov", "Dschumagulow Almat"})) {
            assertThat(NameMatch.compare(pair[0], pair[1]).score()).as(pair[0] + " / " + pair[1])
                    .isEqualTo(NameMatch.compare(pair[1], pair[0]).score()).isGreaterThanOrEqualTo(0.8);
        }
    }

    private static Facts facts(long id, String name) {
        return new Facts(id, "p" + id, name, List.of(), null, null, null, null, Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of());
    }
}
