package org.kuzet.legalcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Period;
import org.junit.jupiter.api.Test;

class SentenceComponentTest {

    @Test
    void fiveYearsImprisonmentInAGeneralRegimeColonyIsAComponent() {
        SentenceComponent component = SentenceComponent.imprisonment(Period.ofYears(5), "general");

        assertThat(component.kind()).isEqualTo(SentenceKind.IMPRISONMENT);
        assertThat(component.duration()).isEqualTo(Period.ofYears(5));
        assertThat(component.regime()).isEqualTo("general");
    }

    @Test
    void aFineCarriesItsAmountAndCurrency() {
        SentenceComponent fine = SentenceComponent.fine("55560", "KZT");

        assertThat(fine.amount()).isEqualByComparingTo(new BigDecimal("55560"));
        assertThat(fine.currency()).isEqualTo("KZT");
        assertThat(fine.duration()).isNull();
    }

    @Test
    void imprisonmentWithoutATermIsRefused() {
        assertThatThrownBy(() -> new SentenceComponent(SentenceKind.IMPRISONMENT, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("imprisonment needs a duration (e.g. P1Y)");
    }

    @Test
    void everyPunishmentMeasuredInTimeNeedsATerm() {
        for (SentenceKind kind : SentenceKind.values()) {
            if (kind.requiresDuration()) {
                assertThatThrownBy(() -> new SentenceComponent(kind, null, null, null, null))
                        .as(kind.code()).isInstanceOf(IllegalArgumentException.class);
            }
        }
        assertThat(SentenceKind.RESTRICTION_OF_FREEDOM.requiresDuration()).isTrue();
        assertThat(SentenceKind.SOCIAL_MEDIA_BAN.requiresDuration()).isTrue();
        assertThat(SentenceKind.COMMUNITY_SERVICE.requiresDuration()).isFalse();
    }

    @Test
    void aZeroOrNegativeTermIsRefused() {
        assertThatThrownBy(() -> SentenceComponent.restrictionOfFreedom(Period.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SentenceComponent.restrictionOfFreedom(Period.of(1, -2, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFineWithoutCurrencyOrWithAnInvalidOneIsRefused() {
        assertThatThrownBy(() -> new SentenceComponent(SentenceKind.FINE, null, new BigDecimal("84832"), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fine needs an amount and a currency");
        assertThatThrownBy(() -> SentenceComponent.fine("84832", "tenge"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SentenceComponent.compensation("-1", "KZT"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTermOnAFineAndAnAmountOnImprisonmentAreRefused() {
        assertThatThrownBy(() -> new SentenceComponent(SentenceKind.FINE, Period.ofYears(1), BigDecimal.TEN, "KZT", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SentenceComponent(SentenceKind.IMPRISONMENT, Period.ofYears(1), BigDecimal.TEN,
                "KZT", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyImprisonmentHasARegime() {
        assertThatThrownBy(() -> new SentenceComponent(SentenceKind.RESTRICTION_OF_FREEDOM, Period.ofYears(1), null,
                null, "general"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("only imprisonment has a regime, not restriction_of_freedom");
        assertThatThrownBy(() -> SentenceComponent.imprisonment(Period.ofYears(1), "General Regime"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
