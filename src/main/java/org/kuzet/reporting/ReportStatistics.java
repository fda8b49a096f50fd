package org.kuzet.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kuzet.figure.FigurePeriod;
import org.kuzet.figure.ReportedFigureDocument;
import org.kuzet.figure.ReportedFigures;
import org.kuzet.reporting.ReportDocument.Bar;
import org.kuzet.reporting.ReportDocument.Block;
import org.kuzet.reporting.ReportDocument.Bullets;
import org.kuzet.reporting.ReportDocument.Chart;
import org.kuzet.reporting.ReportDocument.Paragraph;
import org.kuzet.reporting.ReportDocument.Span;
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
 * After them, the figures other organisations reported for the report's period and place ({@link ReportedFigures#relevant},
 * as the statistics page shows them beside its counts): a short list, each figure with its source footnoted, labelled
 * as others' figures and never added into the record's numbers.
 */
@Component
class ReportStatistics {

    static final List<String> NAMES = List.of("incidents_by_right", "incidents_by_type", "incidents_by_region",
            "incidents_by_month", "incidents_by_quarter", "persons_by_article", "cases_by_article");

    /** Groups a chart shows at most: the largest ones. */
    private static final int BARS = 12;

    private final Statistics statistics;
    private final ReportedFigures figures;
    private final MessageSource messages;

    ReportStatistics(Statistics statistics, ReportedFigures figures, MessageSource messages) {
        this.statistics = statistics;
        this.figures = figures;
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
        blocks.addAll(reportedByOthers(run));
        return blocks;
    }

    /**
     * The figures other organisations reported for the report's period and place that the reader may see, as a short
     * list after a heading and a note that they are not the record's: "more than 300 persons prosecuted (KIBHR,
     * 2020)" with its sources as footnotes. Nothing when there are none.
     */
    List<Block> reportedByOthers(ReportBuilder.Run run) {
        List<ReportedFigureDocument> reported = figures.relevant(ReportedFigures.Filter.of(run.request.from().toString(),
                run.request.to().toString(), null, null, run.request.place()));
        if (reported.isEmpty()) {
            return List.of();
        }
        List<Paragraph> items = new ArrayList<>();
        for (ReportedFigureDocument figure : reported) {
            List<Span> spans = new ArrayList<>();
            ReportedFigureDocument.Count count = figure.count();
            String reporter = figure.reportedBy() == null ? null : run.organization(figure.reportedBy());
            if (reporter == null) {
                reporter = figure.reportedByText();
            }
            String period = FigurePeriod.of(figure).text(run.text::date, run.text::quarter);
            spans.add(new Text(run.text.figureCount(count.qualifier(), count.value(),
                    count.upTo() == null ? null : count.upTo().longValue()), true));
            spans.add(new Text(" " + run.in(figure.description()) + " (" + (reporter == null ? "" : reporter + ", ")
                    + period + ")", false));
            spans.addAll(run.cite(figure.sources()));
            items.add(new Paragraph(spans));
        }
        return List.of(new Paragraph(List.of(new Text(run.text.reportedByOthers(), true))),
                Paragraph.of(run.text.reportedByOthersNote()), new Bullets(items));
    }

    /** One sentence for the summary: how many incidents of the period the record holds. */
    Optional<Paragraph> summary(ReportBuilder.Run run) {
        StatisticsResult result = count(query("incidents_by_right", run.request), run.language());
        String total = result.totals().getFirst().text();
        return Optional.of(Paragraph.of(run.text.incidentsInPeriod(total)));
    }
}
