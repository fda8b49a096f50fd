package org.kuzet.legalcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kuzet.legalcase.SentenceComponent.activityBan;
import static org.kuzet.legalcase.SentenceComponent.administrativeDetention;
import static org.kuzet.legalcase.SentenceComponent.fine;
import static org.kuzet.legalcase.SentenceComponent.imprisonment;
import static org.kuzet.legalcase.SentenceComponent.probation;
import static org.kuzet.legalcase.SentenceComponent.restrictionOfFreedom;
import static org.kuzet.legalcase.SentenceComponent.socialMediaBan;

import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTest {

    @Test
    void bokayevsSentenceIsServedInCustodyWithABanBesideIt() {
        Sentence bokayev = Sentence.of(imprisonment(Period.ofYears(5)), activityBan(Period.ofYears(3)));

        assertThat(bokayev.custodialComponent()).contains(imprisonment(Period.ofYears(5)));
        assertThat(bokayev.bans()).containsExactly(activityBan(Period.ofYears(3)));
        assertThat(bokayev.restrictionOfFreedom()).isEmpty();
    }

    @Test
    void administrativeDetentionIsCustodialAndRestrictionOfFreedomIsNot() {
        assertThat(Sentence.of(administrativeDetention(Period.ofDays(15))).custodialComponent()).isPresent();
        assertThat(Sentence.of(restrictionOfFreedom(Period.ofYears(1)), fine("55560", "KZT")).custodialComponent())
                .isEmpty();
    }

    @Test
    void theLongestTermAtLibertyLeavesOutBansAndRestrictionOfFreedom() {
        Sentence sentence = Sentence.of(probation(Period.ofYears(1)), socialMediaBan(Period.ofYears(3)),
                restrictionOfFreedom(Period.ofYears(2)));

        assertThat(sentence.longestTermAtLiberty()).contains(probation(Period.ofYears(1)));
    }

    @Test
    void convertingRestrictionOfFreedomKeepsTheBans() {
        Sentence idryshev = Sentence.of(restrictionOfFreedom(Period.ofYears(1)), socialMediaBan(Period.ofYears(3)));

        Sentence converted = idryshev.replacing(SentenceKind.RESTRICTION_OF_FREEDOM, imprisonment(Period.ofDays(183)));

        assertThat(converted.components())
                .containsExactly(imprisonment(Period.ofDays(183)), socialMediaBan(Period.ofYears(3)));
    }

    @Test
    void anEmptySentenceIsRefusedBecauseAnUnknownSentenceIsLeftOut() {
        assertThatThrownBy(() -> new Sentence(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoTermsOfTheSamePunishmentAreRefused() {
        assertThatThrownBy(() -> Sentence.of(imprisonment(Period.ofYears(5)), imprisonment(Period.ofYears(2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("imprisonment appears twice");
    }
}
