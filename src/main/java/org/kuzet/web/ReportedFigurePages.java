package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kuzet.figure.ReportedFigureDocument;
import org.kuzet.figure.ReportedFigures;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.PageOf;
import org.kuzet.shared.Problem;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.source.Citation;
import org.kuzet.vocabulary.Term;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The figures other organisations reported: the list, narrowed by period, type, region and words, and each one's page. */
@Controller
class ReportedFigurePages {

    static final int PAGE_SIZE = 50;

    private final ReportedFigures figures;
    private final Vocabularies vocabularies;
    private final RecordNames names;

    ReportedFigurePages(ReportedFigures figures, Vocabularies vocabularies, RecordNames names) {
        this.figures = figures;
        this.vocabularies = vocabularies;
        this.names = names;
    }

    @GetMapping("/reported-figures")
    String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String type, @RequestParam(required = false) String article,
                @RequestParam(required = false) String region, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model,
                HttpServletResponse response) {
        int shown = Math.max(page, 0);
        ReportedFigures.Filter filter = new ReportedFigures.Filter(blank(from), blank(to), blank(type), blank(article),
                blank(region), null, blank(q));
        PageOf<ReportedFigureDocument> found = new PageOf<>(List.of(), 0, shown, PAGE_SIZE);
        List<Problem> problems = List.of();
        try {
            found = figures.list(filter, shown, PAGE_SIZE);
        } catch (InvalidInputException e) {
            problems = e.problems();
            response.setStatus(422);
        }
        String lang = lang();
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/reported-figures");
        addParam(base, "from", filter.from());
        addParam(base, "to", filter.to());
        addParam(base, "type", filter.type());
        addParam(base, "article", filter.article());
        addParam(base, "region", filter.region());
        addParam(base, "q", filter.q());
        model.addAttribute("filter", filter);
        model.addAttribute("problems", problems);
        model.addAttribute("figures", found);
        model.addAttribute("names", namesOf(found.items()));
        model.addAttribute("glossary", new Glossary(vocabularies, lang));
        model.addAttribute("types", vocabularies.terms("incident_type").stream().filter(Term::active)
                .map(t -> new StatsForm.Option(t.code(), t.labels().in(lang))).toList());
        model.addAttribute("previous", shown > 0 ? base.cloneBuilder().queryParam("page", shown - 1).encode().toUriString()
                : null);
        model.addAttribute("next", found.hasNext()
                ? base.cloneBuilder().queryParam("page", shown + 1).encode().toUriString() : null);
        return "reportedfigures/list";
    }

    @GetMapping("/reported-figures/{key}")
    String figure(@PathVariable String key, @RequestParam(required = false) String saved, Model model) {
        ReportedFigureDocument figure = figures.find(key)
                .orElseThrow(() -> new RecordNotFoundException("reported figure", key));
        model.addAttribute("figure", figure);
        model.addAttribute("saved", saved != null);
        model.addAttribute("glossary", new Glossary(vocabularies, lang()));
        model.addAttribute("names", namesOf(List.of(figure)));
        return "reportedfigures/figure";
    }

    private Names namesOf(List<ReportedFigureDocument> shown) {
        return namesOf(names, shown);
    }

    /** The list of the reported figures that {@code filter} selects: what the statistics page links to. */
    static String listOf(ReportedFigures.Filter filter) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/reported-figures");
        addParam(b, "from", filter.from());
        addParam(b, "to", filter.to());
        addParam(b, "type", filter.type());
        addParam(b, "article", filter.article());
        addParam(b, "region", filter.region());
        return b.encode().toUriString();
    }

    /** The names of the organisations that reported {@code shown} and of the sources they cite, as {@code names} reads them. */
    static Names namesOf(RecordNames names, List<ReportedFigureDocument> shown) {
        List<String> reporters = shown.stream().map(ReportedFigureDocument::reportedBy).filter(Objects::nonNull).toList();
        List<String> sources = new ArrayList<>();
        shown.forEach(f -> (f.sources() == null ? List.<Citation>of() : f.sources()).forEach(c -> sources.add(c.source())));
        return names.of(List.of(), reporters, sources, List.of());
    }

    private static void addParam(UriComponentsBuilder b, String name, String value) {
        if (value != null) {
            b.queryParam(name, value);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String lang() {
        return RequestLanguage.current().orElse("en");
    }
}
