package org.kuzet.figure;

import java.time.LocalDate;
import java.util.function.BiFunction;
import org.kuzet.shared.DatePrecision;

/**
 * The period of a reported figure as the organisation gave it, for wording: a day, a month or a year when there is no
 * end or the end is the start ("2020"); a quarter when it runs from the first to the last month of one ("2020-01" to
 * "2020-03": the first quarter of 2020); else from its start to its end ("February 2020 – 2021"). A year stays a year
 * and a quarter a quarter: nothing is widened to days.
 *
 * @param from          the start, {@code YYYY-MM-DD}
 * @param fromPrecision the start's precision
 * @param to            the end, or null
 * @param toPrecision   the end's precision, or null
 */
public record FigurePeriod(String from, String fromPrecision, String to, String toPrecision) {

    public static FigurePeriod of(ReportedFigureDocument doc) {
        return new FigurePeriod(doc.from(), doc.fromPrecision(), doc.to(), doc.toPrecision());
    }

    /** The quarter (1 to 4) the period is exactly, or 0 when it is not one. */
    public int quarter() {
        if (to == null || !DatePrecision.MONTH.code().equals(fromPrecision)
                || !DatePrecision.MONTH.code().equals(toPrecision)) {
            return 0;
        }
        LocalDate start = LocalDate.parse(from);
        LocalDate end = LocalDate.parse(to);
        boolean quarter = start.getYear() == end.getYear() && (start.getMonthValue() - 1) % 3 == 0
                && end.getMonthValue() == start.getMonthValue() + 2;
        return quarter ? (start.getMonthValue() - 1) / 3 + 1 : 0;
    }

    /** Whether the period is its start alone: no end, or the end written as the start. */
    public boolean single() {
        return to == null || (to.equals(from) && String.valueOf(toPrecision).equals(String.valueOf(fromPrecision)));
    }

    /**
     * The period in words: {@code date} words a date as precise as it is ({@code 2020}, {@code February 2020},
     * {@code 22 February 2020}), {@code quarter} a quarter of a year (1–4, the year).
     */
    public String text(BiFunction<String, String, String> date, BiFunction<Integer, Integer, String> quarter) {
        if (single()) {
            return date.apply(from, fromPrecision);
        }
        int q = quarter();
        if (q > 0) {
            return quarter.apply(q, LocalDate.parse(from).getYear());
        }
        return date.apply(from, fromPrecision) + " – " + date.apply(to, toPrecision);
    }

    /**
     * The period as a form writes it in its "from" and "to" fields: {@code 2020}, {@code 2020-02}, {@code 2020-02-22};
     * a quarter as {@code 2020-Q1} in "from" alone.
     */
    public String[] typed() {
        int q = quarter();
        if (q > 0) {
            return new String[] {from.substring(0, 4) + "-Q" + q, null};
        }
        return new String[] {shown(from, fromPrecision), single() ? null : shown(to, toPrecision)};
    }

    private static String shown(String date, String precision) {
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
