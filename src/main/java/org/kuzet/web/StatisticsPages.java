package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.kuzet.figure.ReportedFigureDocument;
import org.kuzet.figure.ReportedFigures;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Json;
import org.kuzet.shared.Problem;
import org.kuzet.statistics.RecordList;
import org.kuzet.statistics.RegionMap;
import org.kuzet.statistics.Statistics;
import org.kuzet.statistics.StatisticsCounts;
import org.kuzet.statistics.StatisticsQuery;
import org.kuzet.statistics.StatisticsResult;
import org.kuzet.vocabulary.Place;
import org.kuzet.vocabulary.Regions;
import org.kuzet.vocabulary.Term;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The statistics page: pick what to count, how to group it and which records; a table whose every number links to
 * its records, a chart and, grouped by region, the map; under them, the figures other organisations reported for the
 * same period, type, article and region ({@link ReportedFigures#relevant}), labelled as theirs and never added into the
 * counts. Chart data travels in {@code data-} attributes (the content
 * security policy allows no inline script); {@code /assets/charts.js} draws them with ECharts.
 */
@Controller
class StatisticsPages {

    private final Statistics statistics;
    private final ReportedFigures figures;
    private final RecordNames names;
    private final Vocabularies vocabularies;
    private final MessageSource messages;

    StatisticsPages(Statistics statistics, ReportedFigures figures, RecordNames names, Vocabularies vocabularies,
                    MessageSource messages) {
        this.statistics = statistics;
        this.figures = figures;
        this.names = names;
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    @GetMapping("/stats")
    String stats(@RequestParam(required = false) String unit, @RequestParam(required = false) String by,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(required = false) String type, @RequestParam(required = false) String right,
                 @RequestParam(required = false) String region, @RequestParam(required = false) String organization,
                 @RequestParam(required = false) String article, @RequestParam(required = false) String perpetrator,
                 @RequestParam(required = false) String reviewStatus,
                 @RequestParam(required = false) List<String> stage, @RequestParam(required = false) String on,
                 jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, Model model) {
        String lang = Languages.of(RequestContextUtils.getLocale(request));
        StatsForm form = new StatsForm(blank(unit) == null ? "incidents" : blank(unit), blank(by) == null ? "year" : blank(by),
                blank(from), blank(to), blank(type), blank(right), blank(region), blank(organization), blank(article),
                blank(perpetrator), blank(reviewStatus), stage == null ? List.of() : stage.stream().filter(s -> !s.isBlank()).toList(),
                blank(on));
        StatisticsResult result = null;
        List<Problem> problems = List.of();
        try {
            result = result(statistics.count(form.query(), lang), messages);
        } catch (InvalidInputException e) {
            problems = e.problems();
            response.setStatus(422);
        }
        // other organisations' figures of the same period and filter, beside the counts, never in them
        ReportedFigures.Filter beside = ReportedFigures.Filter.of(form.from(), form.to(), form.type(), form.article(),
                form.region());
        List<ReportedFigureDocument> reported = result == null ? List.of() : figures.relevant(beside);
        model.addAttribute("reportedList", ReportedFigurePages.listOf(beside));
        model.addAttribute("reported", reported);
        model.addAttribute("reportedNames", ReportedFigurePages.namesOf(names, reported));
        model.addAttribute("reportedFiltered", form.type() != null || form.article() != null || form.region() != null);
        model.addAttribute("form", form);
        model.addAttribute("result", result);
        model.addAttribute("problems", problems);
        model.addAttribute("chart", result == null ? null : chart(result, measureNames(result, messages, request)));
        model.addAttribute("map", result == null || !"region".equals(result.by()) ? null
                : Json.MAPPER.writeValueAsString(RegionMap.areas(result)));
        model.addAttribute("units", Statistics.UNITS);
        model.addAttribute("groupings", Statistics.GROUPINGS);
        model.addAttribute("stages", Statistics.STAGES);
        model.addAttribute("types", terms("incident_type", lang));
        model.addAttribute("rights", terms("right", lang));
        model.addAttribute("perpetrators", terms("perpetrator_kind", lang));
        model.addAttribute("regions", regions(lang));
        return "stats/stats";
    }

    @GetMapping("/stats/records")
    String records(@RequestParam(required = false) String unit, @RequestParam(required = false) String by,
                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) String type, @RequestParam(required = false) String right,
                   @RequestParam(required = false) String region, @RequestParam(required = false) String organization,
                   @RequestParam(required = false) String article, @RequestParam(required = false) String perpetrator,
                   @RequestParam(required = false) String reviewStatus,
                   @RequestParam(required = false) List<String> stage, @RequestParam(required = false) String on,
                   @RequestParam(required = false) String group, @RequestParam(required = false) String measure,
                   jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, Model model) {
        StatisticsQuery query = new StatisticsQuery(unit, by, from, to, type, right, region, organization, article,
                perpetrator, reviewStatus, stage, on);
        RecordList records = null;
        List<Problem> problems = List.of();
        try {
            records = statistics.records(query, group, measure);
        } catch (InvalidInputException e) {
            problems = e.problems();
            response.setStatus(422);
        }
        String back = request.getQueryString() == null ? "/stats"
                : "/stats?" + request.getQueryString().replaceAll("(^|&)(group|measure)=[^&]*", "");
        model.addAttribute("records", records);
        model.addAttribute("problems", problems);
        model.addAttribute("back", back);
        return "stats/records";
    }

    /**
     * The counts as the pages show them: groups named and numbers written in the counts' language, every number
     * linked to its records (the page, and the API address the result also carries).
     */
    static StatisticsResult result(StatisticsCounts counts, MessageSource messages) {
        Locale locale = Locale.forLanguageTag(counts.language());
        return StatisticsResult.of(counts, (message, args) -> messages.getMessage(message, args, message, locale),
                filter -> "/api/v1/stats/records?" + filter.queryString(),
                filter -> "/stats/records?" + filter.queryString());
    }

    /** The measures' names in the page's language, for the chart's legend. */
    static List<String> measureNames(StatisticsResult result, MessageSource messages,
                                     jakarta.servlet.http.HttpServletRequest request) {
        return result.measures().stream().map(m -> messages.getMessage("stats.measure." + m, null, m,
                RequestContextUtils.getLocale(request))).toList();
    }

    /** The chart of a result: one series per measure, each point linking to its records. */
    static String chart(StatisticsResult result, List<String> names) {
        record Series(String name, List<Long> values, List<String> links) {
        }
        record Chart(boolean time, List<String> labels, List<Series> series) {
        }
        List<String> labels = result.groups().stream().map(StatisticsResult.Group::label).toList();
        List<Series> series = new ArrayList<>();
        for (int m = 0; m < result.measures().size(); m++) {
            int measure = m;
            series.add(new Series(names.get(m),
                    result.groups().stream().map(g -> g.counts().get(measure).value()).toList(),
                    result.groups().stream().map(g -> g.counts().get(measure).link()).toList()));
        }
        boolean time = List.of("month", "quarter", "year").contains(result.by());
        return Json.MAPPER.writeValueAsString(new Chart(time, labels, series));
    }

    /** The active terms of a vocabulary, in its order, labelled in the page's language. */
    private List<StatsForm.Option> terms(String vocabulary, String lang) {
        return vocabularies.terms(vocabulary).stream().filter(Term::active)
                .map(t -> new StatsForm.Option(t.code(), t.labels().in(lang))).toList();
    }

    /**
     * Every group statistics can count by region — the regions and cities of republican significance, and the
     * countries abroad (the one roll-up, {@link Regions}) — in the alphabetical order of the page's language.
     */
    private List<StatsForm.Option> regions(String lang) {
        Collator order = Collator.getInstance(Locale.forLanguageTag(lang));
        List<Place> places = vocabularies.places();
        Regions regions = Regions.of(places);
        Map<String, Place> byCode = places.stream().collect(Collectors.toMap(Place::code, p -> p));
        return places.stream().map(p -> regions.regionOf(p.code())).distinct()
                .map(code -> new StatsForm.Option(code, byCode.get(code).names().in(lang)))
                .sorted(Comparator.comparing(StatsForm.Option::label, order)).toList();
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
