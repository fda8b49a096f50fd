package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.shared.Checker;

class FormDatesTest {

    @Test
    void thePrecisionFollowsWhatIsWritten() {
        assertThat(FormDates.parse("2020-02-22", false, Checker.root())).containsExactly("2020-02-22", "day");
        assertThat(FormDates.parse("2020-02", false, Checker.root())).containsExactly("2020-02-01", "month");
        assertThat(FormDates.parse(" 2019 ", false, Checker.root())).containsExactly("2019-01-01", "year");
    }

    @Test
    void anApproximateDayIsAroundThatDayButAnApproximateMonthOrYearStaysAMonthOrAYear() {
        assertThat(FormDates.parse("2021-02-12", true, Checker.root())).containsExactly("2021-02-12", "approximate");
        assertThat(FormDates.parse("2021-02", true, Checker.root())).containsExactly("2021-02-01", "month");
        assertThat(FormDates.parse("2021", true, Checker.root())).containsExactly("2021-01-01", "year");
    }

    @Test
    void nothingTypedIsNoDateAndSomethingElseIsAProblem() {
        Checker check = Checker.root();

        assertThat(FormDates.parse("", true, check)).containsExactly(null, null);
        assertThat(FormDates.parse("last spring", false, check.at("date"))).containsExactly(null, null);
        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.date");
            assertThat(p.message()).contains("'last spring' is not a date");
        });
    }
}
