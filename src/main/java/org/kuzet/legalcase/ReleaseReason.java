package org.kuzet.legalcase;

/** Why a person was let go: recorded on {@code release} stages and reported by {@link LegalStatus.Kind#RELEASED}. */
public enum ReleaseReason {
    END_OF_SENTENCE,
    PAROLE,
    HEALTH,
    AMNESTY,
    PARDON,
    ACQUITTAL,
    MEASURE_LIFTED,
    COURT_DECISION,
    OTHER;

    /**
     * Whether the reason ends the punishment itself, not only custody. A person serving restriction of freedom at
     * liberty is "released from the courthouse" after the verdict ({@link #COURT_DECISION}): that ends the pre-trial
     * custody, not the restriction of freedom the verdict imposed.
     */
    boolean endsThePunishment() {
        return switch (this) {
            case END_OF_SENTENCE, PAROLE, HEALTH, AMNESTY, PARDON, ACQUITTAL -> true;
            case MEASURE_LIFTED, COURT_DECISION, OTHER -> false;
        };
    }

    public String code() {
        return Codes.of(this);
    }

    public static ReleaseReason fromCode(String code) {
        return Codes.parse(ReleaseReason.class, code, "release reason");
    }
}
