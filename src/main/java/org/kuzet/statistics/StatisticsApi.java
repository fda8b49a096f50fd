package org.kuzet.statistics;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import org.kuzet.shared.RequestLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statistics and the political prisoners over HTTP: words the counts in the request's language ({@code ?lang=})
 * and links every number to its records, {@code records} here and {@code link} on the pages.
 */
@RestController
class StatisticsApi {

    /** The API address of the records behind a number. */
    static final String RECORDS = "/api/v1/stats/records?";
    /** The page of the records behind a number. */
    static final String PAGE = "/stats/records?";

    private final Statistics statistics;
    private final PoliticalPrisoners prisoners;
    private final MessageSource messages;

    StatisticsApi(Statistics statistics, PoliticalPrisoners prisoners, MessageSource messages) {
        this.statistics = statistics;
        this.prisoners = prisoners;
        this.messages = messages;
    }

    @Operation(summary = "Political prisoners on a day",
            description = "Persons whom an assessment in force on asOf (default: today) calls political prisoners, "
                    + "prisoners of conscience or politically prosecuted, and whose legal status that day is one of "
                    + "status (repeatable or comma-separated; default: serving_imprisonment, pre_trial_detention, "
                    + "house_arrest, psychiatric_placement, serving_restriction_of_freedom). Sorted by name.")
    @GetMapping(value = "/api/v1/political-prisoners", produces = MediaType.APPLICATION_JSON_VALUE)
    PrisonerList prisoners(@RequestParam(required = false) String asOf,
                           @RequestParam(required = false) List<String> status) {
        return prisoners.asOf(asOf, status);
    }

    @Operation(summary = "Statistics with provenance",
            description = """
                    Counts unit (incidents | persons | cases) by month | quarter | year | type | right | region | \
                    organization | article | perpetrator | sanction, filtered by from, to (YYYY-MM-DD), type, right, \
                    region (with the places within it), organization, article (CC-405), perpetrator, reviewStatus. \
                    For cases and persons, stage (repeatable) asks for several measures at once: arrested, charged, \
                    convicted (in the period) and pre_trial_detention (on the day `on`, default `to`). \
                    Every count carries `records`, the API address of the records behind it, and `link`, the same on \
                    the web. A count of persons from incidents' victim counts (only counts of persons; not of \
                    organisations or of what is not stated) is as exact as they are: `precision` is exact, at_least \
                    ("at least" or "more than" counts), about ("about" counts), about_or_more, between ("up to" \
                    counts: `value` to `upTo`) or about_between, and `text` words it ("between 3 and 25"). \
                    `atLeast` (true when not exact, `value` then the lower end) is kept for older clients.

                    Example: in 2021, how many people were arrested under Article 405, how many convicted, and how \
                    many are in pre-trial detention at the end of the year:
                    GET /api/v1/stats?unit=persons&by=year&from=2021-01-01&to=2021-12-31&article=CC-405\
                    &stage=arrested&stage=convicted&stage=pre_trial_detention""")
    @GetMapping(value = "/api/v1/stats", produces = MediaType.APPLICATION_JSON_VALUE)
    StatisticsResult stats(@RequestParam(required = false) String unit, @RequestParam(required = false) String by,
                           @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(required = false) String type, @RequestParam(required = false) String right,
                           @RequestParam(required = false) String region,
                           @RequestParam(required = false) String organization,
                           @RequestParam(required = false) String article,
                           @RequestParam(required = false) String perpetrator,
                           @RequestParam(required = false) String reviewStatus,
                           @RequestParam(required = false) List<String> stage,
                           @RequestParam(required = false) String on) {
        StatisticsCounts counts = statistics.count(new StatisticsQuery(unit, by, from, to, type, right, region,
                organization, article, perpetrator, reviewStatus, stage, on), RequestLanguage.current().orElse("en"));
        Locale locale = Locale.forLanguageTag(counts.language());
        return StatisticsResult.of(counts, (message, args) -> messages.getMessage(message, args, message, locale),
                f -> RECORDS + f.queryString(), f -> PAGE + f.queryString());
    }

    @Operation(summary = "The records behind one number of the statistics",
            description = "The same parameters as /api/v1/stats, with group (a group's key; none: the total) and "
                    + "measure (a stage asked for; none: the only one).")
    @GetMapping(value = "/api/v1/stats/records", produces = MediaType.APPLICATION_JSON_VALUE)
    RecordList records(@RequestParam(required = false) String unit, @RequestParam(required = false) String by,
                       @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(required = false) String type, @RequestParam(required = false) String right,
                       @RequestParam(required = false) String region,
                       @RequestParam(required = false) String organization,
                       @RequestParam(required = false) String article,
                       @RequestParam(required = false) String perpetrator,
                       @RequestParam(required = false) String reviewStatus,
                       @RequestParam(required = false) List<String> stage,
                       @RequestParam(required = false) String on, @RequestParam(required = false) String group,
                       @RequestParam(required = false) String measure) {
        return statistics.records(new StatisticsQuery(unit, by, from, to, type, right, region, organization, article,
                perpetrator, reviewStatus, stage, on), group, measure)
                .withHrefs(r -> "/api/v1/" + r.kind() + "s/" + r.key());
    }
}
