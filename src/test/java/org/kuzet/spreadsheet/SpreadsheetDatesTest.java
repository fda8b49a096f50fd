package org.kuzet.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kuzet.shared.DateWithPrecision;

class SpreadsheetDatesTest {

    @Test
    void dottedDatesAreDayFirstWithDayPrecision() {
        assertThat(SpreadsheetDates.parse("12.05.2021")).isEqualTo(DateWithPrecision.day(2021, 5, 12));
        assertThat(SpreadsheetDates.parse(" 1.5.2021 г.")).isEqualTo(DateWithPrecision.day(2021, 5, 1));
    }

    @Test
    void monthsInWordsOrDigitsHaveMonthPrecision() {
        assertThat(SpreadsheetDates.parse("May 2021")).isEqualTo(DateWithPrecision.month(2021, 5));
        assertThat(SpreadsheetDates.parse("май 2021")).isEqualTo(DateWithPrecision.month(2021, 5));
        assertThat(SpreadsheetDates.parse("Мамыр 2021")).isEqualTo(DateWithPrecision.month(2021, 5));
        assertThat(SpreadsheetDates.parse("05.2021")).isEqualTo(DateWithPrecision.month(2021, 5));
        assertThat(SpreadsheetDates.parse("2021-05")).isEqualTo(DateWithPrecision.month(2021, 5));
    }

    @Test
    void aYearAloneHasYearPrecision() {
        assertThat(SpreadsheetDates.parse("2021")).isEqualTo(DateWithPrecision.year(2021));
        assertThat(SpreadsheetDates.parse("2021 г.")).isEqualTo(DateWithPrecision.year(2021));
    }

    @Test
    void isoDatesAndDaysWithMonthNamesHaveDayPrecision() {
        assertThat(SpreadsheetDates.parse("2021-05-12")).isEqualTo(DateWithPrecision.day(2021, 5, 12));
        assertThat(SpreadsheetDates.parse("12 мая 2021")).isEqualTo(DateWithPrecision.day(2021, 5, 12));
        assertThat(SpreadsheetDates.parse("May 12, 2021")).isEqualTo(DateWithPrecision.day(2021, 5, 12));
    }

    @Test
    void aSlashedDateIsReadOnlyWhenOneReadingAloneIsADate() {
        assertThat(SpreadsheetDates.parse("25/05/2021")).isEqualTo(DateWithPrecision.day(2021, 5, 25));
        assertThat(SpreadsheetDates.parse("05/25/2021")).isEqualTo(DateWithPrecision.day(2021, 5, 25));
        assertThatThrownBy(() -> SpreadsheetDates.parse("05/06/2021")).hasMessageContaining("day/month or month/day");
    }

    @Test
    void textThatIsNoDateOrNoCalendarDayIsRefusedWithTheValue() {
        assertThatThrownBy(() -> SpreadsheetDates.parse("31.02.2021")).hasMessageContaining("'31.02.2021'");
        assertThatThrownBy(() -> SpreadsheetDates.parse("весной")).hasMessageContaining("'весной'");
        assertThatThrownBy(() -> SpreadsheetDates.parse("2021-05-12T10:30")).hasMessageContaining("time of day");
        assertThatThrownBy(() -> SpreadsheetDates.parse("Foo 2021")).hasMessageContaining("not a month");
    }
}
