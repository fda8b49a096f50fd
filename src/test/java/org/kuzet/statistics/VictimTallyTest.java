package org.kuzet.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule of {@link VictimTally}, one sentence each: who is counted, what a qualified count adds, how a total reads. */
class VictimTallyTest {

    /** Words a total as the English messages do. */
    private static final StatisticsResult.Words ENGLISH = (message, args) -> switch (message) {
        case "stats.atLeast" -> "at least " + args[0];
        case "stats.about" -> "about " + args[0];
        case "stats.aboutOrMore" -> "about " + args[0] + " or more";
        case "stats.between" -> "between " + args[0] + " and " + args[1];
        case "stats.aboutBetween" -> "about " + args[0] + " to " + args[1];
        default -> throw new IllegalArgumentException(message);
    };

    private static VictimTally tally(Object[]... incidents) {
        VictimTally tally = new VictimTally();
        int n = 0;
        for (Object[] incident : incidents) {
            tally.add("incident-" + n++, (Integer) incident[0], (String) incident[1], (String) incident[2],
                    Set.of((String[]) incident[3]));
        }
        return tally;
    }

    private static Object[] persons(Integer count, String qualifier, String... named) {
        return new Object[] {count, qualifier, count == null ? null : "persons", named};
    }

    private static Object[] counting(String unit, int count, String qualifier, String... named) {
        return new Object[] {count, qualifier, unit, named};
    }

    private static String text(VictimTally tally) {
        return tally.total().text(ENGLISH);
    }

    @Test
    void exactCountsAddUpToAnExactTotal() {
        VictimTally tally = tally(persons(3, "exact"), persons(4, "exact"));

        assertThat(tally.total()).isEqualTo(Amount.exactly(7));
        assertThat(tally.total().precision()).isEqualTo("exact");
        assertThat(text(tally)).isEqualTo("7");
    }

    @Test
    void namedVictimsAreAmongTheirIncidentsCountNotAddedToIt() {
        VictimTally tally = tally(persons(20, "exact", "aigerim", "bakhyt"));

        assertThat(tally.total().value()).isEqualTo(20);
        assertThat(tally.unnamedByIncident()).containsEntry("incident-0", Amount.exactly(18));
    }

    @Test
    void aPersonNamedInSeveralIncidentsCountsOnce() {
        VictimTally tally = tally(persons(null, null, "aigerim"), persons(null, null, "aigerim", "bakhyt"),
                persons(1, "exact", "aigerim"));

        assertThat(tally.total()).isEqualTo(Amount.exactly(2));
    }

    @Test
    void aCountOfOrganisationsOrOfWhatIsNotStatedAddsNoPersonsButItsNamedVictimsStillCount() {
        VictimTally tally = tally(counting("organizations", 12, "exact"), counting("unknown", 30, "more_than", "aigerim"),
                persons(5, "exact"));

        assertThat(tally.total()).as("12 NGOs and 30 detentions of whom nobody says are no persons")
                .isEqualTo(Amount.exactly(6));
        assertThat(tally.unnamedByIncident()).containsOnlyKeys("incident-2");
        assertThat(text(tally)).isEqualTo("6");
    }

    @Test
    void aUnitThatIsNotOneOfTheThreeIsRefusedNotGuessed() {
        assertThatThrownBy(() -> tally(counting("ngos", 12, "exact"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ngos");
    }

    @Test
    void atLeastAndMoreThanAreLowerBoundsAndMoreThanAddsOneMore() {
        VictimTally tally = tally(persons(200, "more_than", "aigerim"), persons(10, "at_least"), persons(5, "exact"));

        assertThat(tally.total()).isEqualTo(Amount.atLeast(201 + 10 + 5));
        assertThat(tally.total().precision()).isEqualTo("at_least");
        assertThat(text(tally)).isEqualTo("at least 216");
    }

    @Test
    void aboutIsAnApproximateTotalNotALowerBound() {
        VictimTally tally = tally(persons(100, "about"), persons(20, "exact"));

        assertThat(tally.total()).isEqualTo(Amount.about(120));
        assertThat(tally.total().precision()).isEqualTo("about");
        assertThat(tally.total().inexact()).isTrue();
        assertThat(text(tally)).isEqualTo("about 120");
    }

    @Test
    void upToIsAnUpperBoundMakingARangeFromWhatIsCertain() {
        VictimTally tally = tally(persons(25, "up_to", "aigerim", "bakhyt"), persons(1, "exact"));

        assertThat(tally.total()).isEqualTo(Amount.between(3, 26));
        assertThat(tally.total().precision()).isEqualTo("between");
        assertThat(tally.total().upTo()).isEqualTo(26);
        assertThat(text(tally)).isEqualTo("between 3 and 26");
    }

    @Test
    void upToWithNobodyNamedIsAtLeastOnePerson() {
        VictimTally tally = tally(persons(50, "up_to"));

        assertThat(tally.total()).isEqualTo(Amount.between(1, 50));
        assertThat(text(tally)).isEqualTo("between 1 and 50");
    }

    @Test
    void upToFilledByTheNamedIsExact() {
        VictimTally tally = tally(persons(2, "up_to", "aigerim", "bakhyt"));

        assertThat(tally.total()).isEqualTo(Amount.exactly(2));
        assertThat(tally.unnamedByIncident()).isEmpty();
    }

    @Test
    void aLowerBoundBesideAnUpToLeavesNoUpperLimit() {
        VictimTally tally = tally(persons(25, "up_to", "aigerim"), persons(6, "at_least"));

        assertThat(tally.total()).isEqualTo(Amount.atLeast(7));
        assertThat(text(tally)).isEqualTo("at least 7");
    }

    @Test
    void aboutBesideALowerBoundIsAboutOrMore() {
        VictimTally tally = tally(persons(100, "about"), persons(200, "more_than"));

        assertThat(tally.total().precision()).isEqualTo("about_or_more");
        assertThat(text(tally)).isEqualTo("about 301 or more");
    }

    @Test
    void aboutBesideAnUpToIsAnApproximateRange() {
        VictimTally tally = tally(persons(100, "about"), persons(50, "up_to"));

        assertThat(tally.total().precision()).isEqualTo("about_between");
        assertThat(text(tally)).isEqualTo("about 101 to 150");
    }

    @Test
    void aCountSmallerThanItsNamedVictimsAddsNoOneAndLeavesTheTotalExact() {
        VictimTally tally = tally(persons(1, "exact", "aigerim", "bakhyt"), persons(2, "about", "aigerim", "bakhyt", "dana"));

        assertThat(tally.total()).isEqualTo(Amount.exactly(3));
        assertThat(tally.unnamedByIncident()).isEmpty();
    }

    @Test
    void anAmountReadBackFromItsPrecisionValueAndUpperEndIsTheSameAmount() {
        for (Amount amount : List.of(Amount.exactly(4), Amount.about(4), Amount.atLeast(4), Amount.between(4, 9),
                new Amount(4, null, true), new Amount(4, 9L, true))) {
            assertThat(Amount.of(amount.precision(), amount.value(), amount.upTo())).isEqualTo(amount);
        }
    }
}
