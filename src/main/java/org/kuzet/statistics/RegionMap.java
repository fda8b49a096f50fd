package org.kuzet.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts by region on the map shipped in {@code /geo/kaz-admin1.json} (Natural Earth admin-1, the divisions before
 * 2018). Our places are the regions of 2022: each is drawn on the old area that contains it, so Abai counts on East
 * Kazakhstan, Jetisu on Almaty Region, Ulytau on Karaganda, Turkistan Region and the city of Shymkent on South
 * Kazakhstan. An area's number is the sum of its regions' numbers (exact for incidents and cases, which have one
 * place each; a sum of counts of persons is as exact as its parts, {@link Amount#plus}).
 */
public final class RegionMap {

    /** The address of the boundary data. */
    public static final String GEOJSON = "/geo/kaz-admin1.json";

    /** Our region (or city of republican significance) code → the map area's HASC code. */
    public static final Map<String, String> AREAS = Map.ofEntries(
            Map.entry("kz-abai-region", "KZ.EK"), Map.entry("kz-akmola-region", "KZ.AM"),
            Map.entry("kz-aktobe-region", "KZ.AT"), Map.entry("kz-almaty-region", "KZ.AA"),
            Map.entry("kz-atyrau-region", "KZ.AR"), Map.entry("kz-east-kazakhstan-region", "KZ.EK"),
            Map.entry("kz-zhambyl-region", "KZ.ZM"), Map.entry("kz-zhetisu-region", "KZ.AA"),
            Map.entry("kz-karaganda-region", "KZ.QG"), Map.entry("kz-kostanay-region", "KZ.QS"),
            Map.entry("kz-kyzylorda-region", "KZ.QO"), Map.entry("kz-mangystau-region", "KZ.MG"),
            Map.entry("kz-north-kazakhstan-region", "KZ.NK"), Map.entry("kz-pavlodar-region", "KZ.PA"),
            Map.entry("kz-turkistan-region", "KZ.SK"), Map.entry("kz-ulytau-region", "KZ.QG"),
            Map.entry("kz-west-kazakhstan-region", "KZ.WK"), Map.entry("kz-astana-city", "KZ.AS"),
            Map.entry("kz-almaty-city", "KZ.AC"), Map.entry("kz-shymkent-city", "KZ.SK"));

    private RegionMap() {
    }

    /**
     * One area of the map.
     *
     * @param name    the area's HASC code, as in the boundary data
     * @param value     the sum of its regions' first counts (their lower ends, when inexact)
     * @param atLeast   whether the sum is not exact
     * @param precision how exact it is, as a count's {@link StatisticsResult.Count#precision()}
     * @param upTo      the upper end of a range; otherwise null
     * @param label     its regions and their numbers ("Abai Region: 2; East Kazakhstan Region: 3")
     * @param link      the records of its largest region (web address)
     */
    public record Area(String name, long value, boolean atLeast, String precision, Long upTo, String label,
                       String link) {
    }

    /** The map areas of a result grouped by region; groups outside the map ("unknown") are left out. */
    public static List<Area> areas(StatisticsResult byRegion) {
        Map<String, List<StatisticsResult.Group>> byArea = new LinkedHashMap<>();
        for (StatisticsResult.Group group : byRegion.groups()) {
            String area = AREAS.get(group.key());
            if (area != null) {
                byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(group);
            }
        }
        List<Area> areas = new ArrayList<>();
        byArea.forEach((area, groups) -> {
            Amount sum = Amount.NONE;
            List<String> parts = new ArrayList<>();
            StatisticsResult.Group largest = groups.getFirst();
            for (StatisticsResult.Group g : groups) {
                StatisticsResult.Count c = g.counts().getFirst();
                sum = sum.plus(c.amount());
                parts.add(g.label() + ": " + c.text());
                if (c.value() > largest.counts().getFirst().value()) {
                    largest = g;
                }
            }
            areas.add(new Area(area, sum.value(), sum.inexact(), sum.precision(), sum.upTo(), String.join("; ", parts),
                    largest.counts().getFirst().link()));
        });
        return areas;
    }
}
