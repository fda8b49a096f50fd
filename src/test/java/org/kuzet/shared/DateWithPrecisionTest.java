package org.kuzet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Java side of the span of an imprecise date (V16's kuzet_span_last_day is the SQL side). */
class DateWithPrecisionTest {

    @Test
    void aDateStandsForTheDaysOfItsPrecision() {
        assertThat(DateWithPrecision.month(2020, 2).latest()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(DateWithPrecision.month(2019, 2).latest()).isEqualTo(LocalDate.of(2019, 2, 28));
        assertThat(DateWithPrecision.year(2020).latest()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(DateWithPrecision.day(2020, 2, 17).latest()).isEqualTo(LocalDate.of(2020, 2, 17));
        assertThat(DateWithPrecision.around(LocalDate.of(2020, 2, 17)).latest()).isEqualTo(LocalDate.of(2020, 2, 17));
        assertThat(DateWithPrecision.month(2020, 2).earliest()).isEqualTo(LocalDate.of(2020, 2, 1));
    }

    @Test
    void aSpanEndsOnItsEndDatesLastDayByTheEndDatesOwnPrecision() {
        DateWithPrecision february = DateWithPrecision.month(2020, 2);
        assertThat(DateWithPrecision.lastDayOfSpan(february, null)).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(DateWithPrecision.lastDayOfSpan(february, DateWithPrecision.year(2021))).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(DateWithPrecision.lastDayOfSpan(DateWithPrecision.year(2019), DateWithPrecision.day(2019, 3, 5)))
                .isEqualTo(LocalDate.of(2019, 3, 5));
    }
}
