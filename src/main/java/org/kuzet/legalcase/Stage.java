package org.kuzet.legalcase;

import java.time.Period;
import java.util.Objects;
import java.util.regex.Pattern;
import org.kuzet.shared.DateWithPrecision;

/**
 * One dated step of a legal case, as the bundle format's {@code stages} list records it. Only the properties that bear on
 * a person's legal status are kept here (court, judge, note and sources stay with the case record).
 *
 * <p>A stage refuses properties its kind does not have: a verdict needs an outcome, a measure of restraint needs its
 * measure, only a measure may have an end date, a sentence comes only with a conviction, a granted claim, a changed
 * appeal or a sentence change that states one.
 *
 * @param caseKey        key of the legal case the stage belongs to (stages of several cases are told apart by it)
 * @param kind           what happened
 * @param date           when, with its precision
 * @param endDate        for a measure of restraint: the day it stops applying, when the court set one
 * @param duration       for detention, a measure of restraint or a psychiatric placement: how long it was set for
 * @param measure        the measure imposed (required) or lifted (optional: omitted means whatever measure applies)
 * @param verdictOutcome outcome of a verdict
 * @param appealOutcome  outcome of an appeal
 * @param change         what change was made to the sentence
 * @param releaseReason  why the person was released
 * @param sentence       the sentence imposed, or the new one after an appeal or change; absent when unknown
 * @param personKey      the defendant the stage concerns; {@code null} means every defendant of the case
 */
public record Stage(
        String caseKey,
        StageKind kind,
        DateWithPrecision date,
        DateWithPrecision endDate,
        Period duration,
        Measure measure,
        VerdictOutcome verdictOutcome,
        AppealOutcome appealOutcome,
        SentenceChange change,
        ReleaseReason releaseReason,
        Sentence sentence,
        String personKey) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,120}");

    public Stage {
        requireKey(caseKey, "case key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        if (personKey != null) {
            requireKey(personKey, "person key");
        }
        requireExactlyFor(kind == StageKind.MEASURE_OF_RESTRAINT, measure != null, measure, "measure", kind);
        requireExactlyFor(kind == StageKind.VERDICT, verdictOutcome != null, verdictOutcome, "outcome", kind);
        requireExactlyFor(kind == StageKind.APPEAL, appealOutcome != null, appealOutcome, "outcome", kind);
        requireExactlyFor(kind == StageKind.SENTENCE_CHANGE, change != null, change, "change", kind);
        requireExactlyFor(kind == StageKind.RELEASE, releaseReason != null, releaseReason, "reason", kind);
        if (duration != null) {
            if (kind != StageKind.DETAINED && kind != StageKind.MEASURE_OF_RESTRAINT
                    && kind != StageKind.PSYCHIATRIC_PLACEMENT) {
                throw new IllegalArgumentException("a " + kind.code() + " stage has no duration");
            }
            if (duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException("the duration of a " + kind.code() + " stage must be positive, got "
                        + duration);
            }
        }
        if (endDate != null) {
            if (kind != StageKind.MEASURE_OF_RESTRAINT) {
                throw new IllegalArgumentException("only a measure of restraint has an end date, not " + kind.code());
            }
            if (!endDate.date().isAfter(date.date())) {
                throw new IllegalArgumentException("a measure ending " + endDate + " must end after it begins (" + date + ")");
            }
        }
        if (sentence != null && !maySentence(kind, verdictOutcome, appealOutcome, change)) {
            throw new IllegalArgumentException("a " + kind.code() + " stage"
                    + describe(verdictOutcome, appealOutcome, change) + " carries no sentence");
        }
    }

    /** Whether this stage applies to the given person: it names them, or it names nobody and so applies to every defendant. */
    public boolean concerns(String personKeyOfDefendant) {
        return personKey == null || personKey.equals(personKeyOfDefendant);
    }

    /** The same stage, concerning only the given defendant. */
    public Stage concerning(String defendant) {
        return new Stage(caseKey, kind, date, endDate, duration, measure, verdictOutcome, appealOutcome, change,
                releaseReason, sentence, defendant);
    }

    // --- one factory per shape of stage, in the words of the field -------------------------------------------------

    /** A stage with no property beyond its date: opened, summoned, search, charged, trial started, closed, died… */
    public static Stage of(String caseKey, StageKind kind, DateWithPrecision date) {
        return new Stage(caseKey, kind, date, null, null, null, null, null, null, null, null, null);
    }

    /** Police or KNB custody; without a duration it is the legal maximum of 72 hours. */
    public static Stage detained(String caseKey, DateWithPrecision date, Period duration) {
        return new Stage(caseKey, StageKind.DETAINED, date, null, duration, null, null, null, null, null, null, null);
    }

    public static Stage measureOfRestraint(String caseKey, DateWithPrecision date, Measure measure, Period duration,
                                           DateWithPrecision endDate) {
        return new Stage(caseKey, StageKind.MEASURE_OF_RESTRAINT, date, endDate, duration, measure,
                null, null, null, null, null, null);
    }

    public static Stage measureLifted(String caseKey, DateWithPrecision date, Measure measure) {
        return new Stage(caseKey, StageKind.MEASURE_LIFTED, date, null, null, measure, null, null, null, null, null, null);
    }

    public static Stage psychiatricPlacement(String caseKey, DateWithPrecision date, Period duration) {
        return new Stage(caseKey, StageKind.PSYCHIATRIC_PLACEMENT, date, null, duration, null,
                null, null, null, null, null, null);
    }

    public static Stage verdict(String caseKey, DateWithPrecision date, VerdictOutcome outcome, Sentence sentence) {
        return new Stage(caseKey, StageKind.VERDICT, date, null, null, null, outcome, null, null, null, sentence, null);
    }

    public static Stage appeal(String caseKey, DateWithPrecision date, AppealOutcome outcome, Sentence sentence) {
        return new Stage(caseKey, StageKind.APPEAL, date, null, null, null, null, outcome, null, null, sentence, null);
    }

    public static Stage sentenceChange(String caseKey, DateWithPrecision date, SentenceChange change, Sentence sentence) {
        return new Stage(caseKey, StageKind.SENTENCE_CHANGE, date, null, null, null, null, null, change, null, sentence,
                null);
    }

    public static Stage release(String caseKey, DateWithPrecision date, ReleaseReason reason) {
        return new Stage(caseKey, StageKind.RELEASE, date, null, null, null, null, null, null, reason, null, null);
    }

    // -----------------------------------------------------------------------------------------------------------------

    private static boolean maySentence(StageKind kind, VerdictOutcome verdict, AppealOutcome appeal, SentenceChange change) {
        return switch (kind) {
            case VERDICT -> verdict.maySentence();
            case APPEAL -> appeal.changesTheSentence();
            case SENTENCE_CHANGE -> change.mayStateNewSentence();
            default -> false;
        };
    }

    private static String describe(VerdictOutcome verdict, AppealOutcome appeal, SentenceChange change) {
        Enum<?> detail = verdict != null ? verdict : appeal != null ? appeal : change;
        return detail == null ? "" : " (" + Codes.of(detail) + ")";
    }

    /**
     * A property belongs to one kind: there it is required ({@code present} says whether it is), elsewhere refused.
     * Measures are the exception handled by the caller: optional on {@code measure_lifted}.
     */
    private static void requireExactlyFor(boolean kindHasIt, boolean present, Object value, String property, StageKind kind) {
        if (kindHasIt && !present) {
            throw new IllegalArgumentException("a " + kind.code() + " stage needs its " + property);
        }
        if (!kindHasIt && value != null && !(kind == StageKind.MEASURE_LIFTED && value instanceof Measure)) {
            throw new IllegalArgumentException("a " + kind.code() + " stage has no " + property);
        }
    }

    private static void requireKey(String key, String what) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(what + " must be 1–120 letters, digits or -_.:, got '" + key + "'");
        }
    }
}
