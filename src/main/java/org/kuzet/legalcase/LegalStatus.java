package org.kuzet.legalcase;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kuzet.shared.DateWithPrecision;

/**
 * A person's legal situation on a given day, as far as the recorded stages of their cases tell it.
 *
 * @param kind           the situation
 * @param since          when this situation began, with the precision the record gives ("from February 2020" stays
 *                       month-precise). A situation overshadowed for a while by a more restrictive one keeps its own
 *                       start: a restriction of freedom interrupted by 72 hours of police custody is still served
 *                       "since the verdict". Empty only for a person no record ever restrained.
 * @param expectedEnd    when the situation ends by itself, where computable: a sentence's term, a measure's duration,
 *                       the 72 hours of police custody. See {@link LegalStatusPolicy} for how terms are reckoned.
 * @param releaseReason  how the person was released, for {@link Kind#RELEASED} only
 * @param cause          the stage that brought the situation about (for a sentence run out: the stage that imposed it;
 *                       for a prison sentence the record does not give: the later stage that proves it, such as a
 *                       parole, see {@link LegalStatusPolicy})
 * @param sentence       the sentence in force, or the one last served for {@link Kind#RELEASED}
 * @param inCustodySince for a person in custody, when the uninterrupted custody began: an imprisoned person held in
 *                       pre-trial detention since their arrest is imprisoned since the verdict but in custody since the
 *                       arrest
 * @param bans           the additional bans of the sentence and when they run out
 */
public record LegalStatus(
        Kind kind,
        Optional<DateWithPrecision> since,
        Optional<DateWithPrecision> expectedEnd,
        Optional<ReleaseReason> releaseReason,
        Optional<Stage> cause,
        Optional<Sentence> sentence,
        Optional<DateWithPrecision> inCustodySince,
        List<Ban> bans) {

    /**
     * The situations a person can be in, declared from the least to the most restrictive. When several cases overlap,
     * the most restrictive situation is the person's status (the others continue underneath and reappear in the
     * timeline when it ends).
     */
    public enum Kind {
        /** No case restrains the person. */
        FREE(false),
        /** Was held or sentenced, and no longer is. */
        RELEASED(false),
        /** Questioned as a witness in an open case. */
        WITNESS(false),
        /** Suspected or charged, without a measure of restraint. */
        SUSPECT(false),
        /** Convicted, at liberty, and the record does not say to what. */
        CONVICTED_SENTENCE_UNKNOWN(false),
        /** Serving probation, a suspended sentence, forced labour or a ban, at liberty. */
        SERVING_NON_CUSTODIAL_SENTENCE(false),
        ON_BAIL(false),
        UNDER_POLICE_SUPERVISION(false),
        TRAVEL_BAN(false),
        /** Restriction of freedom is served at home under probation control, not in a colony. */
        SERVING_RESTRICTION_OF_FREEDOM(false),
        HOUSE_ARREST(false),
        /** Short police or KNB custody, up to 72 hours. */
        DETAINED(true),
        SERVING_ADMINISTRATIVE_DETENTION(true),
        PRE_TRIAL_DETENTION(true),
        SERVING_IMPRISONMENT(true),
        /**
         * Forced placement in a psychiatric institution. Ranked above imprisonment because it says where the person
         * actually is: a prisoner sent for forced examination is in the hospital, not the colony.
         */
        PSYCHIATRIC_PLACEMENT(true),
        DECEASED(false);

        private final boolean inCustody;

        Kind(boolean inCustody) {
            this.inCustody = inCustody;
        }

        /** Held by the state: police cells, pre-trial detention, a colony, a psychiatric institution. */
        public boolean inCustody() {
            return inCustody;
        }

        public boolean isMoreRestrictiveThan(Kind other) {
            return ordinal() > other.ordinal();
        }

        public String code() {
            return Codes.of(this);
        }
    }

    /**
     * An additional ban of the sentence.
     *
     * @param kind  activity ban or social-media ban
     * @param term  as the court set it
     * @param until when it runs out, when computable (a ban added to imprisonment runs from release)
     */
    public record Ban(SentenceKind kind, Period term, Optional<DateWithPrecision> until) {
        public Ban {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(until, "until");
            if (!kind.isBan()) {
                throw new IllegalArgumentException(kind.code() + " is not a ban");
            }
        }
    }

    public LegalStatus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(expectedEnd, "expectedEnd");
        Objects.requireNonNull(releaseReason, "releaseReason");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(inCustodySince, "inCustodySince");
        bans = List.copyOf(Objects.requireNonNull(bans, "bans"));
        if ((kind == Kind.RELEASED) != releaseReason.isPresent()) {
            throw new IllegalArgumentException("a release reason belongs to RELEASED and only to it, got " + kind
                    + " with " + releaseReason);
        }
        if (since.isEmpty() && kind != Kind.FREE) {
            throw new IllegalArgumentException(kind + " needs the date it began");
        }
        if (inCustodySince.isPresent() && !kind.inCustody()) {
            throw new IllegalArgumentException(kind + " is not custody; it has no custody start");
        }
        if (sentence.isEmpty() && (kind == Kind.SERVING_RESTRICTION_OF_FREEDOM
                || kind == Kind.SERVING_ADMINISTRATIVE_DETENTION || kind == Kind.SERVING_NON_CUSTODIAL_SENTENCE)) {
            throw new IllegalArgumentException(kind + " needs the sentence being served");
        }
    }

    /** The status of a person no recorded stage concerns yet. */
    public static LegalStatus free() {
        return new LegalStatus(Kind.FREE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
    }

    public boolean isInCustody() {
        return kind.inCustody();
    }

    /**
     * Whether this is a release no stage records: the sentence's term ran out by our reckoning (see
     * {@link LegalStatusPolicy}). Reports should say "due to have been released", not "released".
     */
    public boolean isReleaseByReckoning() {
        return kind == Kind.RELEASED && releaseReason.orElseThrow() == ReleaseReason.END_OF_SENTENCE
                && cause.map(Stage::kind).filter(k -> k == StageKind.RELEASE).isEmpty();
    }

    LegalStatus withInCustodySince(DateWithPrecision custodyStart) {
        return new LegalStatus(kind, since, expectedEnd, releaseReason, cause, sentence,
                Optional.ofNullable(custodyStart), bans);
    }
}
