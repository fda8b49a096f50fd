package org.kuzet.legalcase;

/** A change to a sentence being served, or a refused request for one ({@link #DENIED}). */
public enum SentenceChange {
    CONVERSION,
    PAROLE,
    EARLY_RELEASE,
    PARDON,
    AMNESTY,
    REDUCTION,
    EXTENSION,
    DENIED;

    /**
     * Changes that may state a new sentence: a conversion states the punishment that replaces the old one; a reduction,
     * an extension, an amnesty or a pardon that shortens rather than ends the term states the new term.
     */
    boolean mayStateNewSentence() {
        return this == CONVERSION || this == REDUCTION || this == EXTENSION || this == AMNESTY || this == PARDON;
    }

    public String code() {
        return Codes.of(this);
    }

    public static SentenceChange fromCode(String code) {
        return Codes.parse(SentenceChange.class, code, "sentence change");
    }
}
