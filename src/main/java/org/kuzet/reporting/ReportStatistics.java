package org.kuzet.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kuzet.reporting.ReportDocument.Bar;
import org.kuzet.reporting.ReportDocument.Block;
import org.kuzet.reporting.ReportDocument.Chart;
import org.kuzet.reporting.ReportDocument.Paragraph;
import org.kuzet.reporting.ReportDocument.Table;
import org.kuzet.reporting.ReportDocument.Text;
import org.kuzet.statistics.Statistics;
import org.kuzet.statistics.StatisticsCounts;
import org.kuzet.statistics.StatisticsQuery;
import org.kuzet.statistics.StatisticsResult;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The numbers of a report, every one taken from {@link Statistics} with the report's period and place, so that a
 * report says exactly what the statistics API says. A template names them:
 * <ul>
 *   <li>{@code incidents_by_right}, {@code incidents_by_type}, {@code incidents_by_region},
 *       {@code incidents_by_month}, {@code incidents_by_quarter}: incidents;</li>
 *   <li>{@code persons_by_article}: distinct persons charged and convicted, by article;</li>
 *   <li>{@code cases_by_article}: legal cases opened, by article.</li>
 * </ul>
 */
@Component
class ReportStatistics {

    static final List<String> NAMES = List.of("incidents_by_right", "incidents_by_type", "incidents_by_region",
            "incidents_by_month", "incidents_by_quarter", "persons_by_article", "cases_by_article");

    /** Groups a chart shows at most: the largest ones. */
    private static final int BARS = 12;

    private final Statistics statistics;
    private final MessageSource messages;

    ReportStatistics(Statistics statistics, MessageSource messages) {
        this.statistics = statistics;
        this.messages = messages;
    }

    /** The statistic worded in the report's language, as the statistics API words it. */
    private StatisticsResult count(StatisticsQuery query, String language) {
        StatisticsCounts counts = statistics.count(query, language);
        Locale locale = Locale.forLanguageTag(counts.language());
        return StatisticsResult.of(counts, (message, args) -> messages.getMessage(message, args, message, locale),
                filter -> "/api/v1/stats/records?" + filter.queryString(),
                filter -> "/stats/records?" + filter.queryString());
    }

    /** The query behind statistic {@code name} for the report's period and place (as the stats API takes it). */
    static StatisticsQuery query(String name, Reports.Valid request) {
        String[] parts = name.split("_by_");
        List<String> stages = "persons".equals(parts[0]) ? List.of("charged", "convicted") : List.of();
        return new StatisticsQuery(parts[0], parts[1], request.from().toString(), request.to().toString(), null, null,
                request.place(), null, null, null, null, stages, null);
    }

    List<Block> blocks(TemplateDefinition.SectionSpec spec, ReportBuilder.Run run) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : spec.text(run.language()).split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                blocks.add(Paragraph.of(paragraph.strip()));
            }
        }
        boolean charted = false;
        for (String name : spec.statistics()) {
            StatisticsResult result = count(query(name, run.request), run.language());
            blocks.add(new Paragraph(List.of(new Text(run.text.statisticTitle(name), true))));
            List<String> header = new ArrayList<>();
            header.add(run.text.grouping(result.by()));
            result.measures().forEach(m -> header.add(run.text.measure(result.unit(), m)));
            List<List<String>> rows = new ArrayList<>();
            for (StatisticsResult.Group group : result.groups()) {
                List<String> row = new ArrayList<>();
                row.add(group.label());
                group.counts().forEach(c -> row.add(c.text()));
                rows.add(row);
            }
            List<String> total = new ArrayList<>();
            total.add(run.text.total());
            result.totals().forEach(c -> total.add(c.text()));
            rows.add(total);
            blocks.add(new Table(header, rows));
            if (!charted && !result.groups().isEmpty()) {
                // the first statistic of the section, drawn: the largest groups by their first measure
                List<Bar> bars = result.groups().stream().limit(BARS)
                        .map(g -> new Bar(g.label(), g.counts().getFirst().value())).toList();
                blocks.add(new Chart(run.text.statisticTitle(name), bars));
                charted = true;
            }
        }
        return blocks;
    }

    /** One sentence for the summary: how many incidents of the period the record holds. */
    Optional<Paragraph> summary(ReportBuilder.Run run) {
        StatisticsResult result = count(query("incidents_by_right", run.request), run.language());
        String total = result.totals().getFirst().text();
        return Optional.of(Paragraph.of(run.text.incidentsInPeriod(total)));
    }
}
