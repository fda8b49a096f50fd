package org.kuzet.web;

import org.kuzet.shared.Checker;

/**
 * How every form writes a date that may be imprecise: "2020-02-22", "2020-02" or "2020", the precision following
 * from what is written, and a box for "approximately".
 */
final class FormDates {

    private FormDates() {
    }

    /**
     * The date and its precision from what was typed ({@code {null, null}} when nothing was); a problem at {@code at}
     * when it is not a date such a form takes. "Approximately" makes a day approximate ("around 12 February 2021");
     * a month or a year stays a month or a year, which is already as imprecise as it says: "2021-02" is never stored
     * as "around 1 February 2021".
     */
    static String[] parse(String typed, Boolean approximate, Checker at) {
        String d = typed == null ? "" : typed.strip();
        String[] result;
        if (d.matches("\\d{4}")) {
            result = new String[] {d + "-01-01", "year"};
        } else if (d.matches("\\d{4}-\\d{2}")) {
            result = new String[] {d + "-01", "month"};
        } else if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
            result = new String[] {d, "day"};
        } else {
            if (!d.isEmpty()) {
                at.problem("'" + d + "' is not a date such as 2020-02-22, 2020-02 or 2020");
            }
            return new String[] {null, null};
        }
        if (Boolean.TRUE.equals(approximate) && result[1].equals("day")) {
            result[1] = "approximate";
        }
        return result;
    }

    /** The date as a form writes it: as precise as it is known. */
    static String shown(String date, String precision) {
        if (date == null) {
            return null;
        }
        return switch (precision == null ? "day" : precision) {
            case "year" -> date.substring(0, 4);
            case "month" -> date.substring(0, 7);
            default -> date;
        };
    }
}
