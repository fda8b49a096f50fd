package org.kuzet.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kuzet.shared.Json;
import org.kuzet.statistics.Statistics;
import org.kuzet.statistics.StatisticsCounts;
import org.kuzet.statistics.StatisticsQuery;
import org.kuzet.statistics.StatisticsResult;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count incidents, persons or cases, grouped and filtered, as GET /api/v1/stats does.")
class StatsCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Option(names = "--unit", defaultValue = "incidents", description = "incidents, persons or cases (default: ${DEFAULT-VALUE})")
    String unit;

    @Option(names = "--by", defaultValue = "year", description = "month, quarter, year, type, right, region, organization, "
            + "article, perpetrator, sanction (default: ${DEFAULT-VALUE})")
    String by;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD")
    String to;

    @Option(names = "--type")
    String type;

    @Option(names = "--right")
    String right;

    @Option(names = "--region", description = "A place code; the places within it count too")
    String region;

    @Option(names = "--organization")
    String organization;

    @Option(names = "--article", description = "e.g. CC-405")
    String article;

    @Option(names = "--perpetrator")
    String perpetrator;

    @Option(names = "--review-status")
    String reviewStatus;

    @Option(names = "--stage", split = ",", description = "For cases and persons: arrested, charged, convicted, pre_trial_detention")
    List<String> stages;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day of pre_trial_detention (default: --to, else today)")
    String on;

    @Option(names = "--json", description = "Print the result as JSON, as the API gives it")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (var context = Context.start(db)) {
            StatisticsCounts counts = context.getBean(Statistics.class).count(new StatisticsQuery(unit, by, from, to,
                    type, right, region, organization, article, perpetrator, reviewStatus, stages, on), "en");
            // worded in English, every number linked as the API links it
            MessageSource messages = context.getBean(MessageSource.class);
            StatisticsResult result = StatisticsResult.of(counts,
                    (message, args) -> messages.getMessage(message, args, message, Locale.ENGLISH),
                    filter -> "/api/v1/stats/records?" + filter.queryString(),
                    filter -> "/stats/records?" + filter.queryString());
            if (json) {
                System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result));
                return 0;
            }
            System.out.println(result.by() + "\t" + String.join("\t", result.measures()));
            for (StatisticsResult.Group g : result.groups()) {
                System.out.println(g.label() + "\t" + String.join("\t",
                        g.counts().stream().map(StatisticsResult.Count::text).toList()));
            }
            System.out.println("total\t" + String.join("\t",
                    result.totals().stream().map(StatisticsResult.Count::text).toList()));
        }
        return 0;
    }
}
