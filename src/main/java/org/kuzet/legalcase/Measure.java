package org.kuzet.legalcase;

/** A measure of restraint a court imposes while a criminal case is investigated or tried. */
public enum Measure {
    PRE_TRIAL_DETENTION,
    HOUSE_ARREST,
    TRAVEL_BAN,
    BAIL,
    POLICE_SUPERVISION;

    public String code() {
        return Codes.of(this);
    }

    public static Measure fromCode(String code) {
        return Codes.parse(Measure.class, code, "measure of restraint");
    }
}
