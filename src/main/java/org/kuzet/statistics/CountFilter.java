package org.kuzet.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter behind one number of the statistics: the query that counted it, narrowed to its group and measure. Given
 * back to {@link Statistics#records} it lists the records that make the number; the API and the pages turn it into
 * their own addresses ({@code /api/v1/stats/records?…}, {@code /stats/records?…}).
 *
 * @param query   the query as asked
 * @param unit    the unit counted (the query's, or its default)
 * @param by      the grouping (the query's, or its default)
 * @param on      the day of {@code pre_trial_detention} when it was asked for, else null
 * @param group   the group's key; null for a total
 * @param measure the measure ({@code all}, or a stage)
 */
public record CountFilter(StatisticsQuery query, String unit, String by, String on, String group, String measure) {

    /** The filter as the parameters the statistics API takes, in a fixed order; absent values are left out. */
    public List<Map.Entry<String, String>> parameters() {
        List<Map.Entry<String, String>> p = new ArrayList<>();
        p.add(Map.entry("unit", unit));
        p.add(Map.entry("by", by));
        add(p, "from", query.from());
        add(p, "to", query.to());
        add(p, "type", query.type());
        add(p, "right", query.right());
        add(p, "region", query.region());
        add(p, "organization", query.organization());
        add(p, "article", query.article());
        add(p, "perpetrator", query.perpetrator());
        add(p, "reviewStatus", query.reviewStatus());
        query.stages().forEach(s -> p.add(Map.entry("stage", s)));
        add(p, "on", on);
        add(p, "group", group);
        if (!StatisticsPlan.ALL.equals(measure)) {
            add(p, "measure", measure);
        }
        return p;
    }

    /** {@link #parameters()} as the encoded query of a URL ({@code unit=incidents&by=year&group=2020}). */
    public String queryString() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        parameters().forEach(e -> b.queryParam(e.getKey(), e.getValue()));
        return b.encode().build().getQuery();
    }

    private static void add(List<Map.Entry<String, String>> p, String name, String value) {
        if (value != null) {
            p.add(Map.entry(name, value));
        }
    }
}
