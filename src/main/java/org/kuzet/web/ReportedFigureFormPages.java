package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.figure.ReportedFigureDocument;
import org.kuzet.figure.ReportedFigures;
import org.kuzet.search.Pickers;
import org.kuzet.shared.Actor;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.vocabulary.LegalArticle;
import org.kuzet.vocabulary.Place;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recording and editing a figure another organisation reported, under the standard of every form: problems next to
 * their fields with everything typed kept, nothing saved when someone saved the figure meanwhile (both versions side
 * by side), and a save refused rather than erasing what the writer may not see.
 */
@Controller
class ReportedFigureFormPages {

    private final ReportedFigures figures;
    private final Vocabularies vocabularies;
    private final Pickers pickers;
    private final MessageSource messages;

    ReportedFigureFormPages(ReportedFigures figures, Vocabularies vocabularies, Pickers pickers, MessageSource messages) {
        this.figures = figures;
        this.vocabularies = vocabularies;
        this.pickers = pickers;
        this.messages = messages;
    }

    @GetMapping("/reported-figures/new")
    String newFigure(Model model) {
        return form(model, ReportedFigureForm.empty(lang()), Map.of(), null, null, List.of());
    }

    @PostMapping("/reported-figures")
    String create(ReportedFigureForm form, Model model, HttpServletResponse response) {
        return save(model, form, null, response).created(check -> "/reported-figures/"
                + figures.create(form.toDocument(null, null, check), check, Actor.current().userId()).key());
    }

    @GetMapping("/reported-figures/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        ReportedFigureDocument stored = figures.get(key);
        return form(model, ReportedFigureForm.of(stored, lang()), Map.of(), stored.key(), stored.version(), List.of());
    }

    /** Saves an edit if nobody saved the figure since the version the form was read at. */
    @PostMapping("/reported-figures/{key}")
    String update(@PathVariable String key, ReportedFigureForm form, @RequestParam(required = false) Integer version,
                  Model model, HttpServletResponse response) {
        ReportedFigureDocument stored = figures.get(key);
        return save(model, form, stored.key(), response).edited(version, stored.version(), "description", check -> {
            figures.update(stored.key(), form.toDocument(stored, version, check), check, Actor.current().userId());
            return "/reported-figures/" + stored.key();
        }, () -> {
            ReportedFigureDocument current = figures.get(key);
            return new FormSave.Theirs(current.version(), conflict(form, ReportedFigureForm.of(current, form.language())));
        });
    }

    private FormSave save(Model model, ReportedFigureForm form, String key, HttpServletResponse response) {
        return new FormSave(response, ReportedFigureForm.FIELDS,
                (problems, version, conflict) -> form(model, form, problems, key, version, conflict));
    }

    /** The fields of the user's version and of the stored one, as the form shows them. */
    private List<Conflict> conflict(ReportedFigureForm mine, ReportedFigureForm theirs) {
        Glossary glossary = new Glossary(vocabularies, lang());
        Map<String, String> organizations = organizations(mine, theirs);
        List<Conflict> rows = new ArrayList<>();
        rows.add(new Conflict("description", mine.description(), theirs.description()));
        rows.add(new Conflict("value", count(mine), count(theirs)));
        rows.add(new Conflict("unit", code("figureUnit", mine.unit()), code("figureUnit", theirs.unit())));
        rows.add(new Conflict("incidentType", term(glossary, mine.incidentType()), term(glossary, theirs.incidentType())));
        rows.add(new Conflict("article", article(mine), article(theirs)));
        rows.add(new Conflict("from", period(mine), period(theirs)));
        rows.add(new Conflict("place", blank(mine.place()) == null ? null : glossary.place(mine.place()),
                blank(theirs.place()) == null ? null : glossary.place(theirs.place())));
        rows.add(new Conflict("reportedBy", reporter(mine, organizations), reporter(theirs, organizations)));
        rows.add(new Conflict("sources", sources(mine), sources(theirs)));
        rows.add(new Conflict("confidentiality", code("confidentiality", mine.confidentiality()),
                code("confidentiality", theirs.confidentiality())));
        return rows.stream().map(r -> new Conflict(r.field(), blank(r.mine()), blank(r.theirs()))).toList();
    }

    private String count(ReportedFigureForm form) {
        String value = blank(form.value());
        if (value == null) {
            return null;
        }
        return ReportedFigures.BETWEEN.equals(form.qualifier())
                ? message("qualifier.between", value, blank(form.upTo()) == null ? "?" : form.upTo().strip())
                : message("qualifier." + form.qualifier(), value);
    }

    private static String term(Glossary glossary, String code) {
        return blank(code) == null ? null : glossary.term("incident_type", code);
    }

    private static String article(ReportedFigureForm form) {
        String article = blank(form.article());
        return article == null ? null : blank(form.articlePart()) == null ? article : article + " · " + form.articlePart();
    }

    private static String period(ReportedFigureForm form) {
        String from = blank(form.from());
        String to = blank(form.to());
        return from == null ? to : to == null ? from : from + " – " + to;
    }

    private static String reporter(ReportedFigureForm form, Map<String, String> organizations) {
        String picked = blank(form.reportedBy()) == null ? null
                : organizations.getOrDefault(form.reportedBy().strip(), form.reportedBy().strip()) + " ("
                + form.reportedBy().strip() + ")";
        String words = blank(form.reportedByText());
        return picked == null ? words : words == null ? picked : picked + " · " + words;
    }

    private String sources(ReportedFigureForm form) {
        return String.join("\n", pickers.named("sources", form.sources(), lang()).stream()
                .map(c -> c.name() + " (" + c.key() + ")").toList());
    }

    private Map<String, String> organizations(ReportedFigureForm... forms) {
        List<String> keys = new ArrayList<>();
        for (ReportedFigureForm f : forms) {
            if (blank(f.reportedBy()) != null) {
                keys.add(f.reportedBy().strip());
            }
        }
        Map<String, String> names = new HashMap<>();
        pickers.named("organizations", keys.stream().distinct().toList(), lang()).forEach(c -> names.put(c.key(), c.name()));
        return names;
    }

    private String code(String group, String code) {
        return blank(code) == null ? null
                : messages.getMessage(group + "." + code, null, code, LocaleContextHolder.getLocale());
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private String form(Model model, ReportedFigureForm form, Map<String, String> problems, String key, Integer version,
                        List<Conflict> conflict) {
        String lang = lang();
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("qualifiers", ReportedFigures.QUALIFIERS);
        model.addAttribute("units", ReportedFigures.UNITS);
        model.addAttribute("types", vocabularies.terms("incident_type").stream()
                .filter(t -> t.active() || t.code().equals(form.incidentType()))
                .map(t -> new StatsForm.Option(t.code(), t.labels().in(lang))).toList());
        model.addAttribute("articles", vocabularies.articles().stream().sorted(LegalArticle.ORDER).toList());
        model.addAttribute("places", vocabularies.places().stream()
                .filter(p -> p.code().startsWith("kz") || p.code().equals(form.place()))
                .sorted(Comparator.comparing((Place p) -> p.names().in(lang))).toList());
        model.addAttribute("organizations", organizations(form));
        model.addAttribute("sources", pickers.named("sources", form.sources(), lang));
        model.addAttribute("action", key == null ? "/reported-figures" : "/reported-figures/" + key);
        model.addAttribute("figureKey", key);
        model.addAttribute("version", version);
        model.addAttribute("conflict", conflict);
        return "reportedfigures/form";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String lang() {
        return RequestLanguage.current().orElse("en");
    }
}
