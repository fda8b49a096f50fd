package org.kuzet.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceWordsTest {

    @Test
    void termsAreWrittenAsReportsWriteThem() {
        assertThat(SentenceWords.component("imprisonment", "P5Y", null, null, "en")).isEqualTo("5 years' imprisonment");
        assertThat(SentenceWords.component("restriction_of_freedom", "P1Y", null, null, "en"))
                .isEqualTo("1 year's restriction of freedom");
        assertThat(SentenceWords.component("administrative_detention", "P15D", null, null, "en"))
                .isEqualTo("15 days' administrative detention");
        assertThat(SentenceWords.component("imprisonment", "P7Y6M", null, null, "en"))
                .isEqualTo("7 years 6 months' imprisonment");
        assertThat(SentenceWords.component("fine", null, "55560", "KZT", "en")).isEqualTo("fine of 55560 KZT");
    }

    @Test
    void russianTermsAgreeWithTheirNumber() {
        assertThat(SentenceWords.component("imprisonment", "P5Y", null, null, "ru")).isEqualTo("5 лет лишения свободы");
        assertThat(SentenceWords.component("imprisonment", "P1Y", null, null, "ru")).isEqualTo("1 год лишения свободы");
        assertThat(SentenceWords.component("imprisonment", "P2Y", null, null, "ru")).isEqualTo("2 года лишения свободы");
        assertThat(SentenceWords.component("imprisonment", "P11Y", null, null, "ru")).isEqualTo("11 лет лишения свободы");
        assertThat(SentenceWords.component("imprisonment", "P21Y", null, null, "ru")).isEqualTo("21 год лишения свободы");
    }
}
