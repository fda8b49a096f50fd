package org.kuzet.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A calendar date and how precisely it is known. A month-precise date is stored as the first of the
 * month and a year-precise one as 1 January, so that dates sort and compare naturally.
 */
public record DateWithPrecision(LocalDate date, DatePrecision precision) implements Comparable<DateWithPrecision> {

    public DateWithPrecision {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (precision == DatePrecision.MONTH && date.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a month-precise date must be the 1st of the month, not " + date);
        }
        if (precision == DatePrecision.YEAR && date.getDayOfYear() != 1) {
            throw new IllegalArgumentException("a year-precise date must be 1 January, not " + date);
        }
    }

    public static DateWithPrecision day(LocalDate date) {
        return new DateWithPrecision(date, DatePrecision.DAY);
    }

    public static DateWithPrecision day(int year, int month, int day) {
        return day(LocalDate.of(year, month, day));
    }

    public static DateWithPrecision month(int year, int month) {
        return new DateWithPrecision(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static DateWithPrecision year(int year) {
        return new DateWithPrecision(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    public static DateWithPrecision around(LocalDate date) {
        return new DateWithPrecision(date, DatePrecision.APPROXIMATE);
    }

    /** The first day the date may stand for. */
    public LocalDate earliest() {
        return date;
    }

    /**
     * The last day the date may stand for (approximate dates stand for themselves). The database's
     * {@code kuzet_last_day(date, precision)} (V16) is the same rule.
     */
    public LocalDate latest() {
        return switch (precision) {
            case DAY, APPROXIMATE -> date;
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    /**
     * The last day of a record's span from {@code start} to {@code end} (null: no end date): the end date's own
     * last day when there is one, else the start's. "February 2020" to "2021" ends on 31 December 2021. The
     * database's {@code kuzet_span_last_day(date, precision, end_date, end_precision)} (V16) is the same rule.
     */
    public static LocalDate lastDayOfSpan(DateWithPrecision start, DateWithPrecision end) {
        return (end != null ? end : start).latest();
    }

    /** Human form: "13 March 2018", "February 2020", "2019", "around 2019-06-01". */
    public String display(Locale locale) {
        return switch (precision) {
            case DAY -> date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
            case MONTH -> date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + date.getYear();
            case YEAR -> Integer.toString(date.getYear());
            case APPROXIMATE -> ("ru".equals(locale.getLanguage()) ? "около " : "around ")
                    + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        };
    }

    @Override
    public int compareTo(DateWithPrecision other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : precision.compareTo(other.precision);
    }

    @Override
    public String toString() {
        return date + (precision == DatePrecision.DAY ? "" : "~" + precision.code());
    }
}
