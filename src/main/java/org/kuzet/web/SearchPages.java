package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.kuzet.search.Search;
import org.kuzet.search.SearchRequest;
import org.kuzet.search.SearchResult;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Problem;
import org.kuzet.shared.RequestLanguage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The search page: the box of the header leads here. One method serves the whole page and, for htmx, only the
 * part that changes; the address carries the whole search, so a search can be bookmarked.
 */
@Controller
class SearchPages {

    private final Search search;

    SearchPages(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(SearchRequest request, Model model, HttpServletResponse response,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  @RequestHeader(value = "HX-History-Restore-Request", required = false) String restore) {
        response.setHeader("Vary", "HX-Request");
        String lang = RequestLanguage.current().orElse("en");
        List<String> problems = List.of();
        SearchResult result;
        try {
            result = search.search(request, lang);
        } catch (InvalidInputException e) {
            // a hand-edited address: say what is wrong, and search without the parameters that are
            problems = e.problems().stream().map(Problem::toString).toList();
            for (Problem problem : e.problems()) {
                request = request.with(problem.path().substring(problem.path().lastIndexOf('.') + 1), null);
            }
            result = search.search(request, lang);
        }
        model.addAttribute("view", new SearchView(request, result, problems));
        boolean fragment = "true".equals(htmx) && !"true".equals(restore);
        return fragment ? "search/results" : "search/page";
    }
}
