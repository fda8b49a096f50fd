package org.kuzet.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The monitor's start page: headline counts, the latest incidents and those awaiting review. */
@Controller
class DashboardController {

    private final Dashboard dashboard;
    private final IncidentBrowser incidents;

    DashboardController(Dashboard dashboard, IncidentBrowser incidents) {
        this.dashboard = dashboard;
        this.incidents = incidents;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        model.addAttribute("counts", dashboard.counts());
        model.addAttribute("latest", incidents.latest(false, 10));
        model.addAttribute("awaiting", incidents.latest(true, 10));
        return "dashboard";
    }
}
