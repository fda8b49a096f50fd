package org.kuzet.legalcase;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.kuzet.shared.DatePrecision;
import org.kuzet.shared.DateWithPrecision;

/**
 * Reckoning of terms on dates that may be imprecise. The rule throughout: a result keeps the precision of its inputs
 * when it honestly can ("sentenced in January 2020 to one year" ends "January 2021"), and becomes approximate, with the
 * best estimate as its date, when it cannot.
 */
final class Reckoning {

    private Reckoning() {
    }

    /**
     * Days of custody to deduct from a term, and whether they were counted from day-precise dates only.
     *
     * @param days  days certainly spent in custody
     * @param exact false when a custody start was imprecise, so that more days may have been spent
     */
    record Credit(long days, boolean exact) {
        static final Credit NONE = new Credit(0, true);

        Credit plus(DateWithPrecision custodyStart, LocalDate custodyEnd) {
            return new Credit(days + certainDays(custodyStart, custodyEnd),
                    exact && custodyStart.precision() == DatePrecision.DAY);
        }
    }

    /**
     * Days certainly spent between an imprecise start and a day: counted from the latest day the start may stand for,
     * so that an imprecise arrest ("in 2017") is never credited with days the person may not have spent in custody.
     */
    static long certainDays(DateWithPrecision from, LocalDate to) {
        return Math.max(0, ChronoUnit.DAYS.between(from.latest(), to));
    }

    /** A date some period after another, as precise as the start allows. */
    static DateWithPrecision plus(DateWithPrecision start, Period period) {
        LocalDate date = start.date().plus(period);
        DatePrecision precision = switch (start.precision()) {
            case DAY -> DatePrecision.DAY;
            // The 1st of a month plus whole months is the 1st of a month: "January 2020 + 1 year" is "January 2021".
            case MONTH -> period.getDays() == 0 ? DatePrecision.MONTH : DatePrecision.APPROXIMATE;
            case YEAR -> period.getDays() == 0 && period.getMonths() == 0 ? DatePrecision.YEAR : DatePrecision.APPROXIMATE;
            case APPROXIMATE -> DatePrecision.APPROXIMATE;
        };
        return new DateWithPrecision(date, precision);
    }

    /**
     * The day a term starting on {@code start} runs out, less the custody credited against it. Exact only when the start
     * and every credited custody day are day-precise; otherwise approximate (the date is then a best estimate that errs
     * late, since only certain custody days are credited).
     */
    static DateWithPrecision endOfTerm(DateWithPrecision start, Period term, Credit credit) {
        if (credit.days() == 0 && credit.exact()) {
            return plus(start, term);
        }
        LocalDate date = start.date().plus(term).minusDays(credit.days());
        boolean exact = credit.exact() && start.precision() == DatePrecision.DAY;
        return new DateWithPrecision(date, exact ? DatePrecision.DAY : DatePrecision.APPROXIMATE);
    }
}
