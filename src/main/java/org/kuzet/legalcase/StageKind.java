package org.kuzet.legalcase;

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
