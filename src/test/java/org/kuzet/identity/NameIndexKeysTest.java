package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The blocking keys: the records compared as possible duplicates are those that share one. */
class NameIndexKeysTest {

    @Test
    void theStartOfAWordWithinASlipIsItsFirstThreeLettersAndEachWithOneLeftOut() {
        assertThat(NameIndex.startsWithinASlip("nurbekov")).containsExactly("nur", "ur", "nr", "nu");
        assertThat(NameIndex.startsWithinASlip("li")).containsExactly("li", "i", "l");
        assertThat(NameIndex.startsWithinASlip("u")).containsExactly("u");
    }

    @Test
    void aSlipOrAnotherLetterAtTheStartOfTheOtherWordStillSharesAKey() {
        for (String other : List.of("Kairat Nrubekov", "Kairat Urbekov", "Kairat Nuurbekov", "Kairat Murbekov",
                "Kairat Narbekov", "Кайрат Нурбеков", "Nurbekov Kairat")) {
            assertThat(shareAKey("Kairat Nurbekov", other)).as(other).isTrue();
        }
        assertThat(shareAKey("Li Wei", "Lim Wei")).isTrue();
    }

    @Test
    void namesakesOfOneWordOnlyShareNoKeyWhenTheOtherWordsStartDifferently() {
        // the one-letter keys put all of these in one block with Kairat Nurbekov ("kairat|n", "kairat|u")
        for (String other : List.of("Kairat Nazarov", "Kairat Nysanbayev", "Kairat Zhunusov", "Kairat Ospanov")) {
            assertThat(shareAKey("Kairat Nurbekov", other)).as(other).isFalse();
        }
    }

    private static boolean shareAKey(String one, String other) {
        Set<String> keys = NameIndex.keys(Subject.PERSON, List.of(one));
        return NameIndex.keys(Subject.PERSON, List.of(other)).stream().anyMatch(keys::contains);
    }
}
