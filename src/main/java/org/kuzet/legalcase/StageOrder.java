package org.kuzet.legalcase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kuzet.shared.DateWithPrecision;

/**
 * Checks the order of a case's stages against the rule of the bundle format: no stage may be dated before the case's
 * {@code opened} stage. The importer and the API reject stages that break it.
 *
 * <p>Imprecise dates are judged honestly: a stage is reported only if it is certainly earlier, that is if the last day
 * it may stand for is before the first day the opening may stand for. A verdict "in March 2020" in a case opened on
 * 15 March 2020 may well be later, and is not reported.
 */
public final class StageOrder {

    /**
     * A stage that breaks the order.
     *
     * @param index   position of the stage in the list given to {@link #validate(List)} (as in the bundle's
     *                {@code stages} array)
     * @param stage   the stage
     * @param message what is wrong, naming the stage and both dates
     */
    public record Problem(int index, Stage stage, String message) {
        public Problem {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(message, "message");
        }
    }

    private StageOrder() {
    }

    /**
     * The stages dated before their case's {@code opened} stage, in list order. Stages of several cases may be given
     * together; each is checked against its own case's opening (the earliest, if several were recorded). A case without
     * an {@code opened} stage has nothing to check against.
     */
    public static List<Problem> validate(List<Stage> stages) {
        Objects.requireNonNull(stages, "stages");
        Map<String, Integer> openingOfCase = new LinkedHashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (stage.kind() == StageKind.OPENED) {
                Integer known = openingOfCase.get(stage.caseKey());
                if (known == null || stage.date().date().isBefore(stages.get(known).date().date())) {
                    openingOfCase.put(stage.caseKey(), i);
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            Integer opening = openingOfCase.get(stage.caseKey());
            if (opening == null) {
                continue;
            }
            DateWithPrecision opened = stages.get(opening).date();
            if (stage.date().latest().isBefore(opened.earliest())) {
                problems.add(new Problem(i, stage, "stages[" + i + "] (" + stage.kind().code() + ", "
                        + shown(stage.date()) + ") is dated before the case was opened (stages[" + opening + "], "
                        + shown(opened) + ")"));
            }
        }
        return List.copyOf(problems);
    }

    /** For the importer and the API: refuses stages out of order, with every problem in the message. */
    public static void requireValid(List<Stage> stages) {
        List<Problem> problems = validate(stages);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
        }
    }

    private static String shown(DateWithPrecision date) {
        return date.display(Locale.ENGLISH);
    }
}
