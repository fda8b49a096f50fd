package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kuzet.shared.Actor;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.source.SourceDocument;
import org.kuzet.source.Sources;
import org.kuzet.vocabulary.Term;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Creating and editing a source with every field, under the standard of every form: problems next to their fields
 * with everything typed kept, nothing saved when someone saved the source meanwhile (both versions side by side),
 * and the informant of a confidential source shown and set only by those who may see it.
 */
@Controller
class SourceFormPages {

    /** The reliability grades a source can have, in the order the form offers them. */
    private static final List<String> RELIABILITY = List.of("unknown", "high", "medium", "low");

    private final Sources sources;
    private final Vocabularies vocabularies;

    SourceFormPages(Sources sources, Vocabularies vocabularies) {
        this.sources = sources;
        this.vocabularies = vocabularies;
    }

    @GetMapping("/sources/new")
    String newSource(Model model) {
        return form(model, SourceForm.empty(lang()), Map.of(), null, null, List.of());
    }

    @PostMapping("/sources")
    String create(SourceForm form, Model model, HttpServletResponse response) {
        return save(model, form, null, response).created(check -> "/sources/"
                + sources.create(form.toDocument(null, null, check), check, Actor.current().userId()).key());
    }

    @GetMapping("/sources/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        SourceDocument stored = sources.get(key);
        return form(model, SourceForm.of(stored, lang()), Map.of(), key, stored.version(), List.of());
    }

    /** Saves an edit if nobody saved the source since the version the form was read at. */
    @PostMapping("/sources/{key}")
    String update(@PathVariable String key, SourceForm form, @RequestParam(required = false) Integer version, Model model,
                  HttpServletResponse response) {
        SourceDocument stored = sources.get(key);
        return save(model, form, key, response).edited(version, stored.version(), "url", check -> {
            sources.update(key, form.toDocument(stored, version, check), check, Actor.current().userId());
            return "/sources/" + key;
        }, () -> {
            SourceDocument current = sources.get(key);
            return new FormSave.Theirs(current.version(), conflict(form, SourceForm.of(current, form.pageLanguage())));
        });
    }

    private FormSave save(Model model, SourceForm form, String key, HttpServletResponse response) {
        return new FormSave(response, SourceForm.FIELDS,
                (problems, version, conflict) -> form(model, form, problems, key, version, conflict));
    }

    /** The fields of the user's version and of the stored one, as the form shows them. */
    private static List<Conflict> conflict(SourceForm mine, SourceForm theirs) {
        List<Conflict> rows = new ArrayList<>();
        rows.add(new Conflict("url", mine.url(), theirs.url()));
        rows.add(new Conflict("title", mine.title(), theirs.title()));
        rows.add(new Conflict("outlet", mine.outlet(), theirs.outlet()));
        rows.add(new Conflict("language", mine.language(), theirs.language()));
        rows.add(new Conflict("kind", mine.kind(), theirs.kind()));
        rows.add(new Conflict("published", mine.published(), theirs.published()));
        rows.add(new Conflict("accessedOn", mine.accessedOn(), theirs.accessedOn()));
        rows.add(new Conflict("reliability", mine.reliability(), theirs.reliability()));
        rows.add(new Conflict("archiveUrl", mine.archiveUrl(), theirs.archiveUrl()));
        rows.add(new Conflict("archiveSha256", mine.archiveSha256(), theirs.archiveSha256()));
        rows.add(new Conflict("confidentiality", mine.confidentiality(), theirs.confidentiality()));
        return rows.stream().map(r -> new Conflict(r.field(), blank(r.mine()), blank(r.theirs()))).toList();
    }

    private String form(Model model, SourceForm form, Map<String, String> problems, String key, Integer version,
                        List<Conflict> conflict) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", vocabularies.terms("source_kind").stream().filter(Term::active).toList());
        model.addAttribute("reliabilities", RELIABILITY);
        model.addAttribute("informantVisible", sources.informantVisible(key));
        model.addAttribute("action", key == null ? "/sources" : "/sources/" + key);
        model.addAttribute("sourceKey", key);
        model.addAttribute("version", version);
        model.addAttribute("conflict", conflict);
        return "sources/form";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String lang() {
        return RequestLanguage.current().orElse("en");
    }
}
