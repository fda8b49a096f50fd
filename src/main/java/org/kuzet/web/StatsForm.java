package org.kuzet.web;

import java.util.List;
import org.kuzet.statistics.StatisticsQuery;

/** The statistics form's values, as the page shows them back. */
public record StatsForm(String unit, String by, String from, String to, String type, String right, String region,
                        String organization, String article, String perpetrator, String reviewStatus,
                        List<String> stages, String on) {

    /** An option of a select: its code and label. */
    public record Option(String code, String label) {
    }

    StatisticsQuery query() {
        return new StatisticsQuery(unit, by, from, to, type, right, region, organization, article, perpetrator,
                reviewStatus, stages, on);
    }
}
