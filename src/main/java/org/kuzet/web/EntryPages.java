package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.shared.Actor;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.vocabulary.LegalArticle;
import org.kuzet.vocabulary.Place;
import org.kuzet.vocabulary.Term;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one-pass entry form: an incident with its victims (picked, or new by name), organisations, perpetrator,
 * article and sources, recorded in one go. A form with problems comes back with each problem next to its field
 * and everything typed or picked kept.
 */
@Controller
class EntryPages {

    private static final Set<String> WRITERS = Set.of("admin", "editor", "reviewer");

    private final IncidentEntry entry;
    private final Pickers pickers;
    private final Vocabularies vocabularies;

    EntryPages(IncidentEntry entry, Pickers pickers, Vocabularies vocabularies) {
        this.entry = entry;
        this.pickers = pickers;
        this.vocabularies = vocabularies;
    }

    @GetMapping("/incidents/new")
    String form(Model model) {
        requireWriter();
        return form(model, IncidentForm.empty(lang()), Map.of());
    }

    @PostMapping("/incidents")
    String record(IncidentForm form, Model model, HttpServletResponse response) {
        requireWriter();
        try {
            String key = entry.record(form, Actor.current().userId());
            return "redirect:/incidents/" + key + "?recorded";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(model, form, IncidentEntry.byField(e.problems(), form.victims().size()));
        }
    }

    /** The records whose names contain what was typed, as buttons that add one to the form. */
    @GetMapping("/pickers/{kind}")
    String pick(@PathVariable String kind, @RequestParam(required = false) String q,
                @RequestParam(required = false) String field, Model model) {
        requireWriter();
        requireKind(kind);
        model.addAttribute("kind", kind);
        model.addAttribute("field", field(field));
        model.addAttribute("choices", pickers.find(kind, q, lang()));
        model.addAttribute("typed", q == null ? "" : q.strip());
        return "incidents/choices";
    }

    /** One picked record: a hidden input that the form sends, with its name and a button to remove it. */
    @GetMapping("/pickers/{kind}/{key}")
    String picked(@PathVariable String kind, @PathVariable String key, @RequestParam(required = false) String field,
                  Model model) {
        requireWriter();
        requireKind(kind);
        model.addAttribute("field", field(field));
        model.addAttribute("choice", pickers.named(kind, List.of(key), lang()).getFirst());
        return "incidents/picked";
    }

    private String form(Model model, IncidentForm form, Map<String, String> problems) {
        String lang = lang();
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("types", vocabularies.terms("incident_type").stream().filter(Term::active).toList());
        model.addAttribute("rights", vocabularies.terms("right").stream().filter(Term::active).toList());
        model.addAttribute("perpetrators", vocabularies.terms("perpetrator_kind").stream().filter(Term::active).toList());
        model.addAttribute("places", vocabularies.places().stream()
                .filter(p -> p.code().startsWith("kz"))
                .sorted(Comparator.comparing((Place p) -> p.names().in(lang))).toList());
        model.addAttribute("articles", vocabularies.articles().stream().sorted(LegalArticle.ORDER).toList());
        model.addAttribute("victims", pickers.named("persons", form.victims(), lang));
        model.addAttribute("organizations", pickers.named("organizations", form.organizations(), lang));
        model.addAttribute("sources", pickers.named("sources", form.sources(), lang));
        return "incidents/new";
    }

    private static void requireWriter() {
        String role = Actor.current().role();
        if (role == null || !WRITERS.contains(role)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Your role does not allow recording incidents");
        }
    }

    private static void requireKind(String kind) {
        if (!Pickers.KINDS.contains(kind)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** The form field a picker fills: one of the form's lists of keys. */
    private static String field(String field) {
        if (field == null || !List.of("victims", "organizations", "sources").contains(field)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown field");
        }
        return field;
    }

    private static String lang() {
        return RequestLanguage.current().orElse("en");
    }
}
