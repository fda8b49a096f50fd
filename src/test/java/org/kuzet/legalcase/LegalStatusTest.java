package org.kuzet.legalcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kuzet.legalcase.CaseRecord.day;
import static org.kuzet.legalcase.LegalStatus.Kind.DECEASED;
import static org.kuzet.legalcase.LegalStatus.Kind.DETAINED;
import static org.kuzet.legalcase.LegalStatus.Kind.FREE;
import static org.kuzet.legalcase.LegalStatus.Kind.HOUSE_ARREST;
import static org.kuzet.legalcase.LegalStatus.Kind.PRE_TRIAL_DETENTION;
import static org.kuzet.legalcase.LegalStatus.Kind.PSYCHIATRIC_PLACEMENT;
import static org.kuzet.legalcase.LegalStatus.Kind.RELEASED;
import static org.kuzet.legalcase.LegalStatus.Kind.SERVING_IMPRISONMENT;
import static org.kuzet.legalcase.LegalStatus.Kind.SERVING_RESTRICTION_OF_FREEDOM;
import static org.kuzet.legalcase.LegalStatus.Kind.SUSPECT;
import static org.kuzet.legalcase.LegalStatus.Kind.TRAVEL_BAN;
import static org.kuzet.legalcase.LegalStatus.Kind.WITNESS;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegalStatusTest {

    @Test
    void statusesRankFromFreeToDeceasedByHowMuchTheyRestrain() {
        List<LegalStatus.Kind> ranked = Arrays.asList(LegalStatus.Kind.values());

        assertThat(ranked).containsSubsequence(FREE, RELEASED, WITNESS, SUSPECT, TRAVEL_BAN,
                SERVING_RESTRICTION_OF_FREEDOM, HOUSE_ARREST, DETAINED, PRE_TRIAL_DETENTION, SERVING_IMPRISONMENT,
                PSYCHIATRIC_PLACEMENT, DECEASED);
        assertThat(SERVING_IMPRISONMENT.isMoreRestrictiveThan(SERVING_RESTRICTION_OF_FREEDOM)).isTrue();
        assertThat(HOUSE_ARREST.isMoreRestrictiveThan(PRE_TRIAL_DETENTION)).isFalse();
    }

    @Test
    void houseArrestAndRestrictionOfFreedomAreNotCustody() {
        assertThat(HOUSE_ARREST.inCustody()).isFalse();
        assertThat(SERVING_RESTRICTION_OF_FREEDOM.inCustody()).isFalse();
        assertThat(PSYCHIATRIC_PLACEMENT.inCustody()).isTrue();
        assertThat(DETAINED.inCustody()).isTrue();
    }

    @Test
    void aReleaseNeedsItsReasonAndNothingElseHasOne() {
        assertThatThrownBy(() -> new LegalStatus(RELEASED, Optional.of(day(2020, 3, 3)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LegalStatus(SUSPECT, Optional.of(day(2020, 3, 3)), Optional.empty(),
                Optional.of(ReleaseReason.PAROLE), Optional.empty(), Optional.empty(), Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void servingRestrictionOfFreedomNeedsTheSentenceAndAStart() {
        assertThatThrownBy(() -> new LegalStatus(SERVING_RESTRICTION_OF_FREEDOM, Optional.of(day(2020, 8, 12)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LegalStatus(SUSPECT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyCustodyHasACustodyStart() {
        assertThatThrownBy(() -> new LegalStatus(HOUSE_ARREST, Optional.of(day(2018, 3, 15)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(day(2018, 3, 13)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
