package org.kuzet.legalcase;

/** How a first-instance court decided: criminal and administrative outcomes, and civil ones for lawsuits. */
public enum VerdictOutcome {
    CONVICTED,
    ACQUITTED,
    DISMISSED,
    CLAIM_GRANTED,
    CLAIM_REJECTED;

    /** Outcomes that may carry a sentence: a conviction, or a granted civil claim (compensation). */
    boolean maySentence() {
        return this == CONVICTED || this == CLAIM_GRANTED;
    }

    public String code() {
        return Codes.of(this);
    }

    public static VerdictOutcome fromCode(String code) {
        return Codes.parse(VerdictOutcome.class, code, "verdict outcome");
    }
}
