package org.kuzet.legalcase;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of time during which a person's status did not change.
 *
 * @param from   first day (for imprecise dates: the earliest day the date stands for)
 * @param until  the day the next status begins (exclusive); empty while the status lasts
 * @param status the status throughout
 */
public record StatusPeriod(LocalDate from, Optional<LocalDate> until, LegalStatus status) {

    public StatusPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(status, "status");
        if (until.isPresent() && !until.get().isAfter(from)) {
            throw new IllegalArgumentException("a period ends after it begins: " + from + " → " + until.get());
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && until.map(day::isBefore).orElse(true);
    }
}
