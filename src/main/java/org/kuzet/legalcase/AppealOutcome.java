package org.kuzet.legalcase;

/** How a higher court decided an appeal against the latest decision of the case. */
public enum AppealOutcome {
    UPHELD,
    OVERTURNED,
    REDUCED,
    INCREASED,
    PENDING,
    REJECTED;

    /** Only a changed term comes with a (new) sentence. */
    boolean changesTheSentence() {
        return this == REDUCED || this == INCREASED;
    }

    /** The decision under appeal stands: the appeal was dismissed, or the decision confirmed. */
    boolean letsTheDecisionStand() {
        return this == UPHELD || this == REJECTED;
    }

    public String code() {
        return Codes.of(this);
    }

    public static AppealOutcome fromCode(String code) {
        return Codes.parse(AppealOutcome.class, code, "appeal outcome");
    }
}
