package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Problem;
import org.kuzet.shared.RequestLanguage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The incident list with its facets. One method serves the whole page and, for htmx, only the part that changes
 * when a facet, the search words, the order or the page change; the address stays that of the whole page.
 */
@Controller
class IncidentPages {

    private final IncidentBrowser browser;

    IncidentPages(IncidentBrowser browser) {
        this.browser = browser;
    }

    @GetMapping("/incidents")
    String list(IncidentSearch search, Model model, HttpServletResponse response,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @RequestHeader(value = "HX-History-Restore-Request", required = false) String restore) {
        response.setHeader("Vary", "HX-Request");
        String lang = RequestLanguage.current().orElse("en");
        List<String> problems = List.of();
        IncidentBrowser.Result result;
        try {
            result = browser.search(search, lang);
        } catch (InvalidInputException e) {
            // a hand-edited address: say what is wrong, and list without the parameters that are
            problems = e.problems().stream().map(Problem::toString).toList();
            for (Problem problem : e.problems()) {
                String name = problem.path().substring(problem.path().lastIndexOf('.') + 1);
                search = search.with("reviewStatus".equals(name) ? "status" : name, null);
            }
            result = browser.search(search, lang);
        }
        model.addAttribute("search", search);
        model.addAttribute("incidents", result.incidents());
        model.addAttribute("facets", result.facets());
        model.addAttribute("years", result.years());
        model.addAttribute("sorts", IncidentSearch.SORTS);
        model.addAttribute("problems", problems);
        boolean fragment = "true".equals(htmx) && !"true".equals(restore);
        return fragment ? "incidents/browser" : "incidents/list";
    }
}
