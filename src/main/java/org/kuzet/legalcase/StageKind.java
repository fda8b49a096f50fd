package org.kuzet.legalcase;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What happened at a stage of a legal case, in the words of the bundle format ("Stages" table).
 *
 * <p>Constants are declared in the order of the bundle format. {@link #sameDayOrder()} is a different order: the
 * logical order of events that carry the same date, because reports often give one date for a whole sequence ("on
 * 5 June he was arrested and a court changed his sentence").
 */
public enum StageKind {
    OPENED(0),
    SUMMONED_AS_WITNESS(1),
    SUMMONED_AS_SUSPECT(2),
    SEARCH(3),
    DETAINED(4),
    CHARGED(5),
    MEASURE_OF_RESTRAINT(6),
    MEASURE_LIFTED(7),
    PSYCHIATRIC_PLACEMENT(8),
    PSYCHIATRIC_RELEASE(9),
    TRIAL_STARTED(10),
    VERDICT(11),
    // On one date an appeal comes after a sentence change: an appeal that shares a (month-precise) date with a change
    // is the appeal against that change (the prosecutor appealing Kenzhebek Abishev's conversion), never the reverse.
    APPEAL(13),
    SENTENCE_CHANGE(12),
    RELEASE(14),
    CHARGES_DROPPED(15),
    CLOSED(16),
    DIED(17);

    private final int sameDayOrder;

    StageKind(int sameDayOrder) {
        this.sameDayOrder = sameDayOrder;
    }

    /**
     * The properties a stage of this kind takes beyond those of every stage (date, person, court, judge, note,
     * sources), as the bundle format's table of stages lists them; the store refuses the others, the forms show only
     * these.
     */
    public Set<String> properties() {
        return switch (this) {
            case DETAINED, PSYCHIATRIC_PLACEMENT -> Set.of("duration");
            case MEASURE_OF_RESTRAINT -> Set.of("measure", "duration", "endDate");
            case MEASURE_LIFTED -> Set.of("measure");
            case VERDICT -> Set.of("outcome", "sentence", "sentenceUnknown");
            case APPEAL -> Set.of("outcome", "sentence");
            case SENTENCE_CHANGE -> Set.of("change", "sentence");
            case RELEASE -> Set.of("reason");
            default -> Set.of();
        };
    }

    /** The codes of the kinds that take {@code property}. */
    public static Set<String> withProperty(String property) {
        return Arrays.stream(values()).filter(k -> k.properties().contains(property)).map(StageKind::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Position among stages of the same date: opened before detained before a measure before a verdict, and so on. */
    public int sameDayOrder() {
        return sameDayOrder;
    }

    public String code() {
        return Codes.of(this);
    }

    public static StageKind fromCode(String code) {
        return Codes.parse(StageKind.class, code, "stage kind");
    }
}
