package org.kuzet.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class VictimTallyTest {

    @Test
    void exactCountsAddUp() {
        VictimTally tally = new VictimTally();
        tally.add("a", 3, "exact", Set.of());
        tally.add("b", 4, "exact", Set.of());

        assertThat(tally.value()).isEqualTo(7);
        assertThat(tally.atLeast()).isFalse();
    }

    @Test
    void namedVictimsAreAmongTheirIncidentsCountNotAddedToIt() {
        VictimTally tally = new VictimTally();
        tally.add("rally", 20, "exact", Set.of("aigerim", "bakhyt"));

        assertThat(tally.value()).isEqualTo(20);
        assertThat(tally.unnamedByIncident()).containsEntry("rally", 18L);
    }

    @Test
    void aPersonNamedInSeveralIncidentsCountsOnce() {
        VictimTally tally = new VictimTally();
        tally.add("rally", null, null, Set.of("aigerim"));
        tally.add("picket", null, null, Set.of("aigerim", "bakhyt"));
        tally.add("trial", 1, "exact", Set.of("aigerim"));

        assertThat(tally.value()).isEqualTo(2);
        assertThat(tally.atLeast()).isFalse();
    }

    @Test
    void moreThanAddsOneMoreThanItsFigureAndMakesALowerBound() {
        VictimTally tally = new VictimTally();
        tally.add("rally", 200, "more_than", Set.of("aigerim"));
        tally.add("picket", 5, "exact", Set.of());

        assertThat(tally.value()).isEqualTo(206);
        assertThat(tally.atLeast()).isTrue();
    }

    @Test
    void atLeastAndAboutAddTheirFigureAsALowerBound() {
        VictimTally tally = new VictimTally();
        tally.add("a", 10, "at_least", Set.of());
        tally.add("b", 100, "about", Set.of());

        assertThat(tally.value()).isEqualTo(110);
        assertThat(tally.atLeast()).isTrue();
    }

    @Test
    void upToAddsOnlyWhatIsCertainTheNamedOrOnePerson() {
        VictimTally none = new VictimTally();
        none.add("a", 100, "up_to", Set.of());
        VictimTally named = new VictimTally();
        named.add("a", 100, "up_to", Set.of("aigerim", "bakhyt"));

        assertThat(none.value()).isEqualTo(1);
        assertThat(none.atLeast()).isTrue();
        assertThat(named.value()).isEqualTo(2);
    }

    @Test
    void aCountSmallerThanTheNamedVictimsAddsNoOneUnnamed() {
        VictimTally tally = new VictimTally();
        tally.add("a", 1, "exact", Set.of("aigerim", "bakhyt"));

        assertThat(tally.value()).isEqualTo(2);
        assertThat(tally.unnamedByIncident()).isEmpty();
    }
}
