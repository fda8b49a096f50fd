package org.kuzet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterQueryTest {

    @Test
    void aSearchForAPercentSignOrAnUnderscoreFindsThatSignAndNothingElse() {
        assertThat(FilterQuery.containing("100%_sure\\")).isEqualTo("%100\\%\\_sure\\\\%");
        assertThat(FilterQuery.containing("Ақорда")).isEqualTo("%Ақорда%");
    }
}
