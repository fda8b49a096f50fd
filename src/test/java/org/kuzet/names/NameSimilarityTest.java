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
