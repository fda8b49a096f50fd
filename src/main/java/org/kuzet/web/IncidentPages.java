package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kuzet.incident.FacetCounts;
import org.kuzet.incident.IncidentBrowse;
import org.kuzet.incident.IncidentCatalog;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Problem;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The incident list with its facets. One method serves the whole page and, for htmx, only the part that changes
 * when a facet, the search words, the order or the page change; the address stays that of the whole page.
 */
@Controller
class IncidentPages {

    static final int PAGE_SIZE = 25;

    private final IncidentCatalog catalog;
    private final Vocabularies vocabularies;

    IncidentPages(IncidentCatalog catalog, Vocabularies vocabularies) {
        this.catalog = catalog;
        this.vocabularies = vocabularies;
    }

    @GetMapping("/incidents")
    String list(IncidentSearch search, @RequestParam(name = "status", required = false) String olderStatus, Model model,
                HttpServletResponse response,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @RequestHeader(value = "HX-History-Restore-Request", required = false) String restore) {
        response.setHeader("Vary", "HX-Request");
        if (olderStatus != null && search.reviewStatus() == null) {
            // addresses bookmarked before the filter was named reviewStatus, as in the API and statistics
            search = search.with("reviewStatus", olderStatus);
        }
        String lang = RequestLanguage.current().orElse("en");
        List<String> problems = List.of();
        IncidentBrowse result;
        try {
            result = catalog.browse(search.filter(), search.page(), PAGE_SIZE);
        } catch (InvalidInputException e) {
            // a hand-edited address: say what is wrong, and list without the parameters that are
            problems = e.problems().stream().map(Problem::toString).toList();
            for (Problem problem : e.problems()) {
                String name = problem.path().substring(problem.path().lastIndexOf('.') + 1);
                search = search.with("place".equals(name) ? "region" : name, null);
            }
            result = catalog.browse(search.filter(), search.page(), PAGE_SIZE);
        }
        Glossary glossary = new Glossary(vocabularies, lang);
        model.addAttribute("search", search);
        model.addAttribute("incidents", result.incidents());
        model.addAttribute("facets", result.facets().stream().map(f -> labelled(f, glossary)).toList());
        model.addAttribute("years", labelled(result.years(), glossary));
        model.addAttribute("sorts", IncidentSearch.SORTS);
        model.addAttribute("problems", problems);
        boolean fragment = "true".equals(htmx) && !"true".equals(restore);
        return fragment ? "incidents/browser" : "incidents/list";
    }

    /**
     * A facet as the page shows it: each value labelled in the page's language, the most frequent first (then by
     * label); the articles, a long list, cut to the most frequent unless one is chosen.
     */
    static Facet labelled(FacetCounts facet, Glossary glossary) {
        List<Facet.Value> values = new ArrayList<>();
        for (FacetCounts.Count c : facet.counts()) {
            String label = switch (facet.parameter()) {
                case "region" -> glossary.place(c.value());
                case "type" -> glossary.term("incident_type", c.value());
                case "right" -> glossary.term("right", c.value());
                case "perpetrator" -> glossary.term("perpetrator_kind", c.value());
                case "article" -> article(c.value(), glossary);
                case "organization" -> c.name();
                default -> c.value();
            };
            values.add(new Facet.Value(c.value(), label, c.count(), c.selected()));
        }
        if (facet.parameter().equals("year") || facet.parameter().equals("reviewStatus")) {
            return new Facet(facet.parameter(), values);
        }
        List<Facet.Value> byCount = values.stream().sorted(Comparator.comparingLong(Facet.Value::count).reversed()
                .thenComparing(Facet.Value::label, String.CASE_INSENSITIVE_ORDER)).toList();
        boolean cut = facet.parameter().equals("article") && byCount.size() > IncidentCatalog.LONG_FACET
                && byCount.stream().noneMatch(Facet.Value::selected);
        return new Facet(facet.parameter(), cut ? byCount.subList(0, IncidentCatalog.LONG_FACET) : byCount);
    }

    /** "CC 405 · Participation in a banned extremist organisation". */
    private static String article(String reference, Glossary glossary) {
        String[] parts = reference.split("-", 2);
        String label = parts.length == 2 ? glossary.article(parts[0], parts[1]) : "";
        return reference.replaceFirst("-", " ") + (label.isEmpty() ? "" : " · " + label);
    }
}
