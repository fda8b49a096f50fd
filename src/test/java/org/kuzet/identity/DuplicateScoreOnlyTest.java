package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The score a pair is stored with when records are written (without reasons) is the score the queue shows with its
 * reasons: the same contributions, counted the same way.
 */
class DuplicateScoreOnlyTest {

    private static final List<String> NAMES = List.of("Zhanbolat Mamay", "Жанболат Мамай", "Janbolat Mamai",
            "Aset Abishev", "Асет Абишев", "Әсет Әбішев", "Aigul Utepova", "Utepova-Nurlanovna Aigul", "Kairat Mamay");
    private static final List<String> ITEMS = List.of("a", "b", "c", "d");

    @Test
    void scoringWithoutReasonsGivesTheScoreTheReasonsAddUpToForPersonsAndOrganisations() {
        Random random = new Random(7);
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Subject subject = random.nextInt(4) == 0 ? Subject.ORGANIZATION : Subject.PERSON;
            Facts a = facts(random, 1);
            Facts b = facts(random, 2);
            NameMatch match = NameMatch.best(a.allNames(), b.allNames(), subject == Subject.ORGANIZATION);
            DuplicateScoring.Scored withReasons = DuplicateScoring.score(subject, a, b, match);
            double only = DuplicateScoring.scoreOnly(subject, a, b, match);
            if (only != withReasons.score()) {
                differ.add(a + " / " + b + ": " + withReasons + " against " + only);
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void sharedItemsAreCountedUpToTheirMostAndListedInTheReason() {
        Facts a = new Facts(1, "p1", "Aset Abishev", List.of(), "male", 1980, "almaty", null, Set.of(),
                Set.of("incident-1", "incident-2", "incident-3"), Set.of(), Set.of(), Set.of());
        Facts b = new Facts(2, "p2", "Асет Абишев", List.of(), "male", 1980, "almaty", null, Set.of(),
                Set.of("incident-3", "incident-2"), Set.of(), Set.of(), Set.of());
        DuplicateScoring.Scored scored = DuplicateScoring.score(Subject.PERSON, a, b);
        assertThat(scored.reasons()).filteredOn(r -> r.code().equals("shared_incidents")).singleElement()
                .satisfies(r -> {
                    assertThat(r.weight()).isEqualTo(0.15);
                    assertThat(r.detail()).isEqualTo("incident-2, incident-3");
                });
        assertThat(DuplicateScoring.scoreOnly(Subject.PERSON, a, b, NameMatch.best(a.allNames(), b.allNames(), false)))
                .isEqualTo(scored.score());
    }

    private static Facts facts(Random random, long id) {
        String name = NAMES.get(random.nextInt(NAMES.size()));
        List<String> others = random.nextBoolean() ? List.of() : List.of(NAMES.get(random.nextInt(NAMES.size())));
        String gender = List.of("male", "female", "unknown").get(random.nextInt(3));
        Integer birthYear = random.nextBoolean() ? null : 1980 + random.nextInt(3);
        String place = random.nextBoolean() ? null : List.of("almaty", "astana").get(random.nextInt(2));
        String kind = random.nextBoolean() ? null : List.of("ngo", "party").get(random.nextInt(2));
        return new Facts(id, "r" + id, name, others, gender, birthYear, place, kind, some(random), some(random),
                some(random), some(random), some(random));
    }

    private static Set<String> some(Random random) {
        Set<String> items = new java.util.HashSet<>();
        ITEMS.forEach(item -> {
            if (random.nextInt(3) == 0) {
                items.add(item);
            }
        });
        return items;
    }
}
