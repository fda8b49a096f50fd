package org.kuzet.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's areas add their regions' numbers as exactly as the numbers are. */
class RegionMapTest {

    private static StatisticsResult.Group region(String key, String label, Amount amount) {
        return new StatisticsResult.Group(key, label, List.of(new StatisticsResult.Count("all", amount.value(),
                amount.inexact(), amount.precision(), amount.upTo(), label + " number", null, "/stats/records?group=" + key)));
    }

    @Test
    void anAreaOfTwoRegionsAddsAnApproximateNumberAndARangeIntoAnApproximateRange() {
        StatisticsResult byRegion = new StatisticsResult("persons", "region", List.of("all"), null, List.of(
                region("kz-east-kazakhstan-region", "East Kazakhstan Region", Amount.about(100)),
                region("kz-abai-region", "Abai Region", Amount.between(1, 25)),
                region("kz-astana-city", "Astana", Amount.exactly(4))), List.of());

        List<RegionMap.Area> areas = RegionMap.areas(byRegion);

        assertThat(areas).extracting(RegionMap.Area::name, RegionMap.Area::value, RegionMap.Area::precision,
                        RegionMap.Area::upTo, RegionMap.Area::atLeast)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KZ.EK", 101L, "about_between", 125L, true),
                        org.assertj.core.groups.Tuple.tuple("KZ.AS", 4L, "exact", null, false));
        assertThat(areas.getFirst().label()).isEqualTo("East Kazakhstan Region: East Kazakhstan Region number; "
                + "Abai Region: Abai Region number");
    }
}
