package org.kuzet.legalcase;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One punishment of a sentence: "five years' imprisonment", "a fine of 55 560 KZT", "a three-year ban on public
 * activity". Refuses components that a monitor could not have read in a judgment: a term of imprisonment without a
 * length, a fine without an amount, a prison regime on a fine.
 *
 * @param kind     what punishment
 * @param duration its term ({@code P1Y6M}); required for punishments measured in time, absent for money
 * @param amount   the sum, for fines and compensation
 * @param currency ISO 4217 code of the sum ({@code KZT})
 * @param regime   prison regime code ({@code general}, {@code strict}, …), only for imprisonment, optional
 */
public record SentenceComponent(SentenceKind kind, Period duration, BigDecimal amount, String currency, String regime) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern REGIME = Pattern.compile("[a-z][a-z_]*");

    public SentenceComponent {
        Objects.requireNonNull(kind, "kind");
        if (kind.requiresDuration() && duration == null) {
            throw new IllegalArgumentException(kind.code() + " needs a duration (e.g. P1Y)");
        }
        if (duration != null) {
            if (!kind.allowsDuration()) {
                throw new IllegalArgumentException(kind.code() + " has no duration, got " + duration);
            }
            if (duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException("the duration of " + kind.code() + " must be positive, got " + duration);
            }
        }
        if (kind.requiresAmount()) {
            if (amount == null || currency == null) {
                throw new IllegalArgumentException(kind.code() + " needs an amount and a currency");
            }
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("the amount of " + kind.code() + " must be positive, got " + amount);
            }
            if (!CURRENCY.matcher(currency).matches()) {
                throw new IllegalArgumentException("currency must be an ISO 4217 code such as KZT, got '" + currency + "'");
            }
        } else if (amount != null || currency != null) {
            throw new IllegalArgumentException(kind.code() + " carries no amount");
        }
        if (regime != null) {
            if (kind != SentenceKind.IMPRISONMENT) {
                throw new IllegalArgumentException("only imprisonment has a regime, not " + kind.code());
            }
            if (!REGIME.matcher(regime).matches()) {
                throw new IllegalArgumentException("a regime is a lower-case code such as 'general', got '" + regime + "'");
            }
        }
    }

    public static SentenceComponent imprisonment(Period term) {
        return new SentenceComponent(SentenceKind.IMPRISONMENT, term, null, null, null);
    }

    public static SentenceComponent imprisonment(Period term, String regime) {
        return new SentenceComponent(SentenceKind.IMPRISONMENT, term, null, null, regime);
    }

    public static SentenceComponent restrictionOfFreedom(Period term) {
        return withTerm(SentenceKind.RESTRICTION_OF_FREEDOM, term);
    }

    public static SentenceComponent administrativeDetention(Period term) {
        return withTerm(SentenceKind.ADMINISTRATIVE_DETENTION, term);
    }

    public static SentenceComponent activityBan(Period term) {
        return withTerm(SentenceKind.ACTIVITY_BAN, term);
    }

    public static SentenceComponent socialMediaBan(Period term) {
        return withTerm(SentenceKind.SOCIAL_MEDIA_BAN, term);
    }

    public static SentenceComponent probation(Period term) {
        return withTerm(SentenceKind.PROBATION, term);
    }

    public static SentenceComponent fine(String amount, String currency) {
        return new SentenceComponent(SentenceKind.FINE, null, new BigDecimal(amount), currency, null);
    }

    public static SentenceComponent compensation(String amount, String currency) {
        return new SentenceComponent(SentenceKind.COMPENSATION, null, new BigDecimal(amount), currency, null);
    }

    /** A component of any kind measured in time. */
    public static SentenceComponent withTerm(SentenceKind kind, Period term) {
        return new SentenceComponent(kind, term, null, null, null);
    }
}
