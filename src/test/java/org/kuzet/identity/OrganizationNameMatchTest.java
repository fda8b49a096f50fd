package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organisations' names: a name inside a longer one is another body; a translation or an abbreviation is the same. */
class OrganizationNameMatchTest {

    private static final double THRESHOLD = DuplicateScoring.DEFAULT_THRESHOLD;

    @Test
    void aNameInsideALongerOneIsAnotherBody() {
        // the demo record's pairs that scored 0.90 and 0.95 before
        assertThat(NameMatch.best(List.of("Council of Europe"),
                List.of("Parliamentary Assembly of the Council of Europe", "PACE"), true).score()).isLessThan(THRESHOLD);
        assertThat(NameMatch.best(List.of("Atajurt Foundation", "Atajurt", "Атажұрт"),
                List.of("Nagyz Atajurt", "Nagyz Atajurt Foundation", "Нағыз Атажұрт"), true).score()).isLessThan(THRESHOLD);
        assertThat(NameMatch.compare("Human Rights Bureau", "Kazakhstan International Bureau for Human Rights", true).how())
                .isEqualTo("contained_in_longer_name");
    }

    @Test
    void aLongerNameThatOnlySaysWhatKindOfBodyItIsIsTheSameBody() {
        assertThat(NameMatch.compare("Atajurt", "Atajurt Foundation", true).score()).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(NameMatch.compare("Oyan Qazaqstan", "Oyan Qazaqstan movement", true).score())
                .isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(NameMatch.compare("Көше партиясы", "Көше", true).score()).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void theSameNameInEnglishRussianOrKazakhAndItsAbbreviationsAreOneBody() {
        List<String> names = List.of("Democratic Choice of Kazakhstan", "Демократический выбор Казахстана",
                "Қазақстанның демократиялық таңдауы", "DVK", "DCK", "ДВК");
        for (String a : names) {
            for (String b : names) {
                boolean twoAbbreviations = a.length() == 3 && b.length() == 3;
                if (!a.equals(b) && !twoAbbreviations) {
                    NameMatch m = NameMatch.compare(a, b, true);
                    assertThat(m.score()).as(a + " ~ " + b + " (" + m.how() + ")").isGreaterThanOrEqualTo(THRESHOLD);
                    assertThat(NameMatch.compare(b, a, true).score()).as("either way round").isEqualTo(m.score());
                }
            }
        }
        assertThat(NameMatch.compare("DVK", "ДВК", true).score()).isEqualTo(1);
    }

    @Test
    void anAbbreviationOrATranslationOfOtherWordsIsNot() {
        assertThat(NameMatch.compare("DVK", "Democratic Party of Kazakhstan", true).score()).isLessThan(THRESHOLD);
        assertThat(NameMatch.compare("Democratic Choice of Kazakhstan", "Демократическая партия Казахстана", true).score())
                .isLessThan(THRESHOLD);
        assertThat(NameMatch.compare("KDT", "Democratic Party of Kazakhstan", true).score()).isLessThan(THRESHOLD);
    }
}
