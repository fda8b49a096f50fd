package org.kuzet.legalcase;

import java.util.Arrays;
import java.util.List;

/** A kind of punishment that can make up a sentence (the bundle format's sentence components). */
public enum SentenceKind {
    IMPRISONMENT,
    RESTRICTION_OF_FREEDOM,
    ADMINISTRATIVE_DETENTION,
    FINE,
    ACTIVITY_BAN,
    SOCIAL_MEDIA_BAN,
    FORCED_LABOUR,
    COMMUNITY_SERVICE,
    PROBATION,
    SUSPENDED_SENTENCE,
    COMPENSATION,
    WARNING,
    COMPULSORY_TREATMENT,
    DEPRIVATION_OF_CITIZENSHIP;

    /** Every kind's code, in this order: what a form offers and the store accepts. */
    public static final List<String> CODES = Arrays.stream(values()).map(SentenceKind::code).toList();

    /** Punishments measured in time, which make no sense without a term ("one year of restriction of freedom"). */
    public boolean requiresDuration() {
        return switch (this) {
            case IMPRISONMENT, RESTRICTION_OF_FREEDOM, ADMINISTRATIVE_DETENTION, ACTIVITY_BAN, SOCIAL_MEDIA_BAN,
                 FORCED_LABOUR, PROBATION, SUSPENDED_SENTENCE -> true;
            default -> false;
        };
    }

    /** Punishments that may carry a term without requiring one (community service and treatment are often open). */
    public boolean allowsDuration() {
        return requiresDuration() || this == COMMUNITY_SERVICE || this == COMPULSORY_TREATMENT;
    }

    /** Money punishments, meaningless without amount and currency. */
    public boolean requiresAmount() {
        return this == FINE || this == COMPENSATION;
    }

    /** Punishments served behind bars. */
    public boolean isCustodial() {
        return this == IMPRISONMENT || this == ADMINISTRATIVE_DETENTION;
    }

    /** Additional bans that run alongside or after the main punishment (Max Bokayev's three-year activity ban). */
    public boolean isBan() {
        return this == ACTIVITY_BAN || this == SOCIAL_MEDIA_BAN;
    }

    public String code() {
        return Codes.of(this);
    }

    public static SentenceKind fromCode(String code) {
        return Codes.parse(SentenceKind.class, code, "sentence component kind");
    }
}
