package org.kuzet.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {

    @Test
    void aDroppedAddedOrSwappedLetterIsOneSlipAndAReplacedLetterTwo() {
        assertThat(NameSimilarity.slips("nurlan", "nrulan")).isEqualTo(1);
        assertThat(NameSimilarity.slips("ospanov", "ospano")).isEqualTo(1);
        assertThat(NameSimilarity.slips("shukina", "shukinaa")).isEqualTo(1);
        assertThat(NameSimilarity.slips("marat", "murat")).isEqualTo(2);
        assertThat(NameSimilarity.slips("sadikov", "sadirov")).isEqualTo(2);
        assertThat(NameSimilarity.slips("abc", "abc")).isZero();
    }

    @Test
    void slipsUpToALimitAreTheSlipsOrOneMoreThanTheLimitForEveryPairOfWords() {
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 20_000; n++) {
            String a = word(random);
            String b = random.nextInt(3) == 0 ? a : random.nextBoolean() ? slipped(random, a) : word(random);
            int exact = fullAlignment(a, b);
            assertThat(NameSimilarity.slips(a, b)).as(a + " / " + b).isEqualTo(exact);
            for (int limit = 0; limit <= 3; limit++) {
                assertThat(NameSimilarity.slips(a, b, limit)).as(a + " / " + b + " up to " + limit)
                        .isEqualTo(Math.min(exact, limit + 1));
            }
        }
    }

    private static String word(java.util.Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(12); i >= 0; i--) {
            word.append("abnrs".charAt(random.nextInt(5)));
        }
        return word.toString();
    }

    /** The word with a letter dropped, added or swapped with its neighbour, once or twice. */
    private static String slipped(java.util.Random random, String word) {
        StringBuilder slipped = new StringBuilder(word);
        for (int k = 1 + random.nextInt(2); k > 0; k--) {
            int at = random.nextInt(slipped.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> slipped.insert(at, 'a');
                case 1 -> {
                    if (at < slipped.length()) {
                        slipped.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at + 1 < slipped.length()) {
                        char c = slipped.charAt(at);
                        slipped.setCharAt(at, slipped.charAt(at + 1));
                        slipped.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return slipped.toString();
    }

    /** The whole table of the optimal string alignment, as the definition reads: the reference for the above. */
    private static int fullAlignment(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                d[i][j] = Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 2),
                        Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "nurlan, nrulan",
        "ospanov, ospano",
        "shukina, shukinaa",
        "suleimenov, sleimenov",
        "dina, dian",
        "mamai, mamaiev",
        "kudaibergenov, kudaibregnov",
    })
    void aSlipInAWordLongEnoughIsTheSameWord(String one, String other) {
        assertThat(NameSimilarity.sameWordWithSlip(one, other)).isTrue();
        assertThat(NameSimilarity.sameWordWithSlip(other, one)).isTrue();
    }

    @ParameterizedTest(name = "{0} ≁ {1}")
    @CsvSource({
        "marat, murat",
        "sadikov, sadirov",
        "bokaev, bokeev",
        "aidar, aida",
        "gulnar, gulnara",
        "abishev, abisheva",
        "kasimov, kasenov",
    })
    void anotherLetterAShortWordOrAnEndingMakesAnotherName(String one, String other) {
        assertThat(NameSimilarity.sameWordWithSlip(one, other)).isFalse();
        assertThat(NameSimilarity.sameWordWithSlip(other, one)).isFalse();
    }
}
