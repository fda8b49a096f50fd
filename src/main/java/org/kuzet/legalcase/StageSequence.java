package org.kuzet.legalcase;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.kuzet.shared.DatePrecision;
import org.kuzet.shared.DateWithPrecision;

/**
 * The sequences of stages that cannot have happened, the one definition the API, the forms and the importer share:
 * <ul>
 *   <li>a stage dated before its case was opened;</li>
 *   <li>a release of someone the record never shows deprived of liberty (no custody, no custodial or house-arrest
 *       measure, no psychiatric placement, no conviction before it);</li>
 *   <li>a change of sentence (conversion, parole, pardon, refusal…) with nothing to change: no conviction before it,
 *       and no custody that could have led to one.</li>
 * </ul>
 *
 * <p>Imprecise dates are judged honestly: a stage is reported only if it certainly comes first, that is if the last day
 * it may stand for is before the first day the other may stand for; a verdict "in March 2020" in a case opened on
 * 15 March 2020 may well be later, and is not reported. An approximate date ("around 1 March") may be off by up to a
 * month either way ({@link #APPROXIMATE_MARGIN}). A stage that names no person concerns every defendant, so it
 * may be what another stage about one defendant follows.
 */
public final class StageSequence {

    /**
     * A stage that cannot come where it does.
     *
     * @param index   position of the stage in the list given to {@link #problems(List)} (as in the case's {@code stages})
     * @param stage   the stage
     * @param property the property of the stage that is wrong where it is: {@code date} or {@code kind}
     * @param reason  what is wrong, as said beside the stage ("1 June 2020 is before the case was opened (8 June 2020)")
     */
    public record Problem(int index, Stage stage, String property, String reason) {
        public Problem {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** How far from its day an approximate date may be, when judging what certainly came first. */
    static final Period APPROXIMATE_MARGIN = Period.ofMonths(1);

    private StageSequence() {
    }

    /** The stages that cannot come where they do, in list order; stages of several cases are each judged in their own. */
    public static List<Problem> problems(List<Stage> stages) {
        Objects.requireNonNull(stages, "stages");
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            String problem = beforeOpening(stages, stage);
            String property = "date";
            if (problem == null && stage.kind() == StageKind.RELEASE && !anyBefore(stages, stage, StageSequence::deprives)) {
                property = "kind";
                problem = "a release of someone the case never shows deprived of liberty: record the detention, the "
                        + "custodial measure or the sentence first";
            }
            if (problem == null && stage.kind() == StageKind.SENTENCE_CHANGE
                    && !anyBefore(stages, stage, StageSequence::leavesSomethingToChange)) {
                property = "kind";
                problem = "a " + Codes.of(stage.change()) + " with nothing to change: record the conviction (or "
                        + "the custody that led to it) first";
            }
            if (problem != null) {
                problems.add(new Problem(i, stage, property, problem));
            }
        }
        return List.copyOf(problems);
    }

    /** Why the stage is certainly dated before its case's (earliest) opening; null when it is not. */
    private static String beforeOpening(List<Stage> stages, Stage stage) {
        Stage opening = null;
        for (Stage s : stages) {
            if (s.kind() == StageKind.OPENED && s.caseKey().equals(stage.caseKey())
                    && (opening == null || s.date().date().isBefore(opening.date().date()))) {
                opening = s;
            }
        }
        if (opening == null || opening == stage || !latest(stage.date()).isBefore(earliest(opening.date()))) {
            return null;
        }
        return shown(stage.date()) + " is before the case was opened (" + shown(opening.date()) + ")";
    }

    /** Whether some other stage of the same case, about the same person, may have come before {@code stage} and is one. */
    private static boolean anyBefore(List<Stage> stages, Stage stage, Predicate<Stage> what) {
        for (Stage other : stages) {
            if (other != stage && other.caseKey().equals(stage.caseKey()) && samePerson(other, stage)
                    && !earliest(other.date()).isAfter(latest(stage.date())) && what.test(other)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate earliest(DateWithPrecision date) {
        return date.precision() == DatePrecision.APPROXIMATE ? date.date().minus(APPROXIMATE_MARGIN) : date.earliest();
    }

    private static LocalDate latest(DateWithPrecision date) {
        return date.precision() == DatePrecision.APPROXIMATE ? date.date().plus(APPROXIMATE_MARGIN) : date.latest();
    }

    private static boolean samePerson(Stage a, Stage b) {
        return a.personKey() == null || b.personKey() == null || a.personKey().equals(b.personKey());
    }

    /** A stage that takes someone's liberty, or a conviction that may have (its sentence is unknown or custodial). */
    private static boolean deprives(Stage s) {
        return switch (s.kind()) {
            case DETAINED, PSYCHIATRIC_PLACEMENT -> true;
            case MEASURE_OF_RESTRAINT -> s.measure() == Measure.PRE_TRIAL_DETENTION || s.measure() == Measure.HOUSE_ARREST;
            case VERDICT -> s.verdictOutcome() == VerdictOutcome.CONVICTED
                    && (s.sentence() == null || s.sentence().custodialComponent().isPresent());
            case APPEAL, SENTENCE_CHANGE -> s.sentence() != null && s.sentence().custodialComponent().isPresent();
            default -> false;
        };
    }

    /**
     * A stage after which a sentence may be changed: a conviction, a changed sentence, or custody, which a later parole
     * proves to have led to a sentence the record does not give (see {@link CaseReplay}).
     */
    private static boolean leavesSomethingToChange(Stage s) {
        return switch (s.kind()) {
            case VERDICT -> s.verdictOutcome() == VerdictOutcome.CONVICTED || s.verdictOutcome() == VerdictOutcome.CLAIM_GRANTED;
            case APPEAL -> s.sentence() != null;
            case SENTENCE_CHANGE -> s.sentence() != null;
            case DETAINED -> true;
            case MEASURE_OF_RESTRAINT -> s.measure() == Measure.PRE_TRIAL_DETENTION || s.measure() == Measure.HOUSE_ARREST;
            default -> false;
        };
    }

    private static String shown(DateWithPrecision date) {
        return date.display(Locale.ENGLISH);
    }
}
