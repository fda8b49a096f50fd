package org.kuzet.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.kuzet.backup.Backups;
import org.kuzet.incident.IncidentCatalog;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Clearance;
import org.kuzet.shared.Json;
import org.kuzet.statistics.RegionMap;
import org.kuzet.statistics.Statistics;
import org.kuzet.statistics.StatisticsQuery;
import org.kuzet.statistics.StatisticsResult;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The monitor's start page: headline counts, incidents per month over the five years up to the latest one and on the
 * map of regions, the latest incidents and those awaiting review.
 */
@Controller
class DashboardController {

    private final Dashboard dashboard;
    private final IncidentCatalog incidents;
    private final Statistics statistics;
    private final MessageSource messages;
    private final Backups backups;

    DashboardController(Dashboard dashboard, IncidentCatalog incidents, Statistics statistics, MessageSource messages,
                        Backups backups) {
        this.backups = backups;
        this.dashboard = dashboard;
        this.incidents = incidents;
        this.statistics = statistics;
        this.messages = messages;
    }

    @GetMapping("/")
    String dashboard(Model model, HttpServletRequest request) {
        String lang = Languages.of(RequestContextUtils.getLocale(request));
        LocalDate last = incidents.latestDay().orElse(LocalDate.now());
        String from = LocalDate.of(last.getYear() - 4, 1, 1).toString();
        StatisticsResult perMonth = StatisticsPages.result(
                statistics.count(StatisticsQuery.of("incidents", "month").between(from, last.toString()), lang), messages);
        StatisticsResult byRegion = StatisticsPages.result(statistics.count(StatisticsQuery.of("incidents", "region"), lang),
                messages);
        model.addAttribute("perMonth", StatisticsPages.chart(perMonth, StatisticsPages.measureNames(perMonth, messages, request)));
        model.addAttribute("perMonthLink", "/stats?unit=incidents&by=month&from=" + from + "&to=" + last);
        model.addAttribute("map", Json.MAPPER.writeValueAsString(RegionMap.areas(byRegion)));
        model.addAttribute("counts", dashboard.counts());
        model.addAttribute("latest", incidents.latest(10));
        model.addAttribute("awaiting", incidents.awaitingReview(10));
        // only full clearance reads the audit trail, where backups are recorded; the page shows it to administrators
        model.addAttribute("lastBackup", Actor.current().clearance() == Clearance.CONFIDENTIAL ? backups.last().orElse(null) : null);
        return "dashboard";
    }
}
