package org.kuzet.statistics;

/**
 * How many, as far as the record tells: from {@code low} to {@code high} ({@code null}: no upper limit), and whether
 * a figure given as "about" went into it. Amounts add up end by end. What an incident's victim count adds, and how
 * a total is worded, is the rule of {@link VictimTally}; this is its arithmetic.
 *
 * @param low         the least it can be (for an approximate amount, the figure as given)
 * @param high        the most it can be; {@code null} when nothing limits it ("at least", "more than")
 * @param approximate whether an "about" figure went into it
 */
public record Amount(long low, Long high, boolean approximate) {

    static final Amount NONE = exactly(0);

    public Amount {
        if (low < 0 || (high != null && high < low)) {
            throw new IllegalArgumentException("an amount runs from 0 up: " + low + ".." + high);
        }
    }

    static Amount exactly(long n) {
        return new Amount(n, n, false);
    }

    static Amount about(long n) {
        return new Amount(n, n, true);
    }

    static Amount atLeast(long n) {
        return new Amount(n, null, false);
    }

    static Amount between(long low, long high) {
        return new Amount(low, high, false);
    }

    /** The amount a counted number says it is ({@link #precision()}, {@link #value()}, {@link #upTo()}). */
    public static Amount of(String precision, long value, Long upTo) {
        return switch (precision) {
            case "exact" -> exactly(value);
            case "about" -> about(value);
            case "at_least" -> atLeast(value);
            case "about_or_more" -> new Amount(value, null, true);
            case "between" -> between(value, upTo);
            case "about_between" -> new Amount(value, upTo, true);
            default -> throw new IllegalArgumentException("unknown precision " + precision);
        };
    }

    public Amount plus(Amount other) {
        return new Amount(low + other.low, high == null || other.high == null ? null : high + other.high,
                approximate || other.approximate);
    }

    /**
     * How the amount is worded: {@code exact} (N), {@code about} (about N), {@code at_least} (at least N),
     * {@code about_or_more} (about N or more), {@code between} (between N and M), {@code about_between}
     * (about N to M).
     */
    public String precision() {
        String bound = high == null ? "at_least" : high == low ? "exact" : "between";
        if (!approximate) {
            return bound;
        }
        return switch (bound) {
            case "exact" -> "about";
            case "at_least" -> "about_or_more";
            default -> "about_between";
        };
    }

    /** The number a report puts first: the amount's lower end, or its approximate figure. */
    public long value() {
        return low;
    }

    /** The upper end of a range ({@code between}, {@code about_between}); otherwise null. */
    public Long upTo() {
        return high == null || high == low ? null : high;
    }

    /** Whether it is anything but an exact number: what the older field {@code atLeast} says. */
    public boolean inexact() {
        return !"exact".equals(precision());
    }

    /**
     * The amount as a report writes it, in the reader's language: {@code 12}, {@code at least 212}, {@code about 100},
     * {@code about 300 or more}, {@code between 3 and 25}, {@code about 101 to 150}.
     */
    public String text(StatisticsResult.Words words) {
        String value = Long.toString(low);
        String upTo = high == null ? null : Long.toString(high);
        return switch (precision()) {
            case "exact" -> value;
            case "about" -> words.word("stats.about", value);
            case "at_least" -> words.word("stats.atLeast", value);
            case "about_or_more" -> words.word("stats.aboutOrMore", value);
            case "between" -> words.word("stats.between", value, upTo);
            case "about_between" -> words.word("stats.aboutBetween", value, upTo);
            default -> throw new IllegalStateException(precision());
        };
    }
}
