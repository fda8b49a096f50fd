package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.identity.Duplicates;
import org.kuzet.identity.Subject;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.incident.IncidentEntry;
import org.kuzet.incident.Incidents;
import org.kuzet.search.Choice;
import org.kuzet.search.Pickers;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Checker;
import org.kuzet.shared.HiddenPartsException;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.shared.StaleVersionException;
import org.kuzet.vocabulary.LegalArticle;
import org.kuzet.vocabulary.Place;
import org.kuzet.vocabulary.Term;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one-pass entry form: an incident with its victims (picked, or new by name), organisations (picked, or new a row
 * each), perpetrators and articles (a row each) and sources (picked, or new a row each), recorded in one go. A form with problems comes back with each problem next to its field
 * and everything typed or picked kept.
 */
@Controller
class EntryPages {

    private final IncidentEntry entry;
    private final Pickers pickers;
    private final Vocabularies vocabularies;
    private final Incidents incidents;
    private final MessageSource messages;
    private final Duplicates duplicates;

    EntryPages(IncidentEntry entry, Pickers pickers, Vocabularies vocabularies, Incidents incidents,
               MessageSource messages, Duplicates duplicates) {
        this.entry = entry;
        this.duplicates = duplicates;
        this.incidents = incidents;
        this.messages = messages;
        this.pickers = pickers;
        this.vocabularies = vocabularies;
    }

    /** A new incident; from an event's page, part of that event. */
    @GetMapping("/incidents/new")
    String form(@RequestParam(required = false) String event, Model model) {
        IncidentForm empty = IncidentForm.empty(lang());
        return form(model, event == null || event.isBlank() ? empty : empty.partOf(event.strip()), Map.of());
    }

    /**
     * Records the incident; but while a new victim's name likely names a person already in the record, the form
     * comes back first with those persons to use instead, until the user confirms the new ones.
     */
    @PostMapping("/incidents")
    String record(IncidentForm form, @RequestParam(defaultValue = "false") boolean confirmNew, Model model,
                  HttpServletResponse response) {
        List<PossibleDuplicate> existing = confirmNew ? List.of() : form.newVictimNames().stream()
                .map(name -> new PossibleDuplicate(name, duplicates.similarTo(Subject.PERSON, name)))
                .filter(p -> !p.existing().isEmpty()).toList();
        if (!existing.isEmpty()) {
            model.addAttribute("existing", existing);
            return form(model, form, Map.of());
        }
        try {
            Checker check = Checker.root();
            String key = entry.record(form.toDraft(check), check, Actor.current().userId());
            return "redirect:/incidents/" + key + "?recorded";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(model, form, IncidentForm.FIELDS.byField(e.problems()));
        }
    }

    /** The same form, filled from the stored incident, with the version it shows in a hidden field. */
    @GetMapping("/incidents/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        IncidentDocument doc = incidents.get(key);
        IncidentForm form = IncidentForm.of(doc, IncidentForm.editLanguage(doc, lang()));
        return editForm(model, doc, doc.version(), form, Map.of(), null, List.of());
    }

    /**
     * Saves an edit if nobody saved the incident since the version the form was read at. If someone did, nothing
     * is saved: the page shows both versions side by side and keeps the user's input with the current version, so
     * that saving again is a deliberate choice.
     */
    @PostMapping("/incidents/{key}")
    String update(@PathVariable String key, IncidentForm form, @RequestParam(required = false) Integer version,
                  Model model, HttpServletResponse response) {
        try {
            Checker check = Checker.root();
            entry.edit(key, form.toEditOf(incidents.get(key), version, check), check, Actor.current().userId());
            return "redirect:/incidents/" + key + "?saved";
        } catch (StaleVersionException e) {
            IncidentDocument current = incidents.get(key);
            response.setStatus(HttpStatus.CONFLICT.value());
            return editForm(model, current, current.version(), form, Map.of(), null,
                    conflict(form, IncidentForm.of(current, form.language())));
        } catch (HiddenPartsException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            IncidentDocument stored = incidents.get(key);
            return editForm(model, stored, version == null ? stored.version() : version, form, Map.of(), e.getMessage(),
                    List.of());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            Map<String, String> problems = IncidentForm.FIELDS.byField(e.problems());
            // the version the user read stays, so that a later save still notices a save by someone else
            IncidentDocument stored = incidents.get(key);
            return editForm(model, stored, version == null ? stored.version() : version, form, problems, null, List.of());
        }
    }

    /** A reviewer verified the incident at the version the page showed. */
    @PostMapping("/incidents/{key}/verify")
    String verify(@PathVariable String key, @RequestParam(required = false) Integer version) {
        return reviewed(key, version, () -> entry.verify(key, version, Actor.current().userId()), "verified");
    }

    /** A reviewer published the incident at the version the page showed. */
    @PostMapping("/incidents/{key}/publish")
    String publish(@PathVariable String key, @RequestParam(required = false) Integer version) {
        return reviewed(key, version, () -> entry.publish(key, version, Actor.current().userId()), "published");
    }

    /** Back to the incident, saying what was done, or that someone saved it meanwhile and nothing was. */
    private static String reviewed(String key, Integer version, Runnable step, String done) {
        if (version == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the version read is missing");
        }
        try {
            step.run();
            return "redirect:/incidents/" + key + "?" + done;
        } catch (StaleVersionException e) {
            return "redirect:/incidents/" + key + "?changed";
        }
    }

    /** The records whose names contain what was typed, as buttons that add one to the form. */
    @GetMapping("/pickers/{kind}")
    String pick(@PathVariable String kind, @RequestParam(required = false) String q,
                @RequestParam(required = false) String field, Model model) {
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
        requireKind(kind);
        model.addAttribute("field", field(field));
        model.addAttribute("choice", pickers.named(kind, List.of(key), lang()).getFirst());
        return "incidents/picked";
    }

    private String editForm(Model model, IncidentDocument stored, Integer version, IncidentForm form,
                            Map<String, String> problems, String pageError, List<Conflict> conflict) {
        model.addAttribute("action", "/incidents/" + stored.key());
        model.addAttribute("version", version);
        model.addAttribute("incidentKey", stored.key());
        model.addAttribute("pageError", pageError);
        model.addAttribute("conflict", conflict);
        // the named officials the save keeps, shown in their perpetrators' rows
        List<String> kept = form.keptPersons(stored);
        Map<String, String> persons = choiceNames("persons", kept.stream().filter(java.util.Objects::nonNull).toList());
        model.addAttribute("keptPersons", kept.stream().map(k -> k == null ? null
                : new Choice(k, persons.getOrDefault(k, k), null, null, null, null)).toList());
        return form(model, form, problems);
    }

    /** The fields of the user's version and of the stored one, as the page shows them. */
    private List<Conflict> conflict(IncidentForm mine, IncidentForm theirs) {
        Glossary glossary = new Glossary(vocabularies, lang());
        Locale locale = LocaleContextHolder.getLocale();
        List<Conflict> rows = new ArrayList<>();
        rows.add(new Conflict("title", mine.title(), theirs.title()));
        rows.add(new Conflict("date", date(mine), date(theirs)));
        rows.add(new Conflict("place", shown(mine.place(), glossary::place), shown(theirs.place(), glossary::place)));
        rows.add(new Conflict("placeDetail", mine.placeDetail(), theirs.placeDetail()));
        rows.add(new Conflict("types", terms(glossary, "incident_type", mine.types()), terms(glossary, "incident_type", theirs.types())));
        rows.add(new Conflict("rights", terms(glossary, "right", mine.rights()), terms(glossary, "right", theirs.rights())));
        rows.add(new Conflict("victims", names("persons", mine.victims()), names("persons", theirs.victims())));
        rows.add(new Conflict("newVictims", String.join(", ", mine.newVictimNames()), null));
        rows.add(new Conflict("countValue", count(mine, locale), count(theirs, locale)));
        rows.add(new Conflict("organizations", names("organizations", mine.organizations()), names("organizations", theirs.organizations())));
        rows.add(new Conflict("newOrganizations", String.join("; ", mine.newOrganizations().stream()
                .map(o -> joined(o.name(), shown(o.kind(), c -> glossary.term("organization_kind", c)))).toList()), null));
        rows.add(new Conflict("cases", names("cases", mine.cases()), names("cases", theirs.cases())));
        rows.add(new Conflict("perpetrators", perpetrators(mine, glossary), perpetrators(theirs, glossary)));
        rows.add(new Conflict("articles", articles(mine), articles(theirs)));
        rows.add(new Conflict("sources", names("sources", mine.sources()), names("sources", theirs.sources())));
        rows.add(new Conflict("newSources", String.join("; ", mine.newSources().stream()
                .map(s -> joined(s.url(), s.title(), s.outlet())).toList()), null));
        rows.add(new Conflict("event", names("events", keys(mine.event())), names("events", keys(theirs.event()))));
        rows.add(new Conflict("narrative", mine.narrative(), theirs.narrative()));
        rows.add(new Conflict("confidentiality", code("confidentiality", mine.confidentiality(), locale),
                code("confidentiality", theirs.confidentiality(), locale)));
        rows.add(new Conflict("reviewStatus", code("status", mine.reviewStatus(), locale),
                code("status", theirs.reviewStatus(), locale)));
        return rows.stream().map(r -> new Conflict(r.field(), blank(r.mine()), blank(r.theirs()))).toList();
    }

    private static String date(IncidentForm form) {
        String date = blank(form.date());
        return date == null ? null : Boolean.TRUE.equals(form.approximate()) ? "~" + date : date;
    }

    private String count(IncidentForm form, Locale locale) {
        String value = blank(form.countValue());
        String qualifier = form.countQualifier() == null ? "exact" : form.countQualifier();
        if (value == null) {
            return null;
        }
        String count = messages.getMessage("qualifier." + qualifier, new Object[] {value},
                qualifier.replace('_', ' ') + " " + value, locale);
        String unit = blank(form.countUnit()) == null ? IncidentDocument.VictimCount.PERSONS : form.countUnit();
        return messages.getMessage("entry.countOf", new Object[] {count,
                messages.getMessage("countUnit." + unit, null, unit, locale)}, locale);
    }

    private String code(String group, String code, Locale locale) {
        return blank(code) == null ? null : messages.getMessage(group + "." + code, null, code, locale);
    }

    /** The perpetrators a row each: the kind, the organisation, the description. */
    private String perpetrators(IncidentForm form, Glossary glossary) {
        Map<String, String> organizations = choiceNames("organizations",
                form.perpetrators().stream().map(IncidentForm.PerpetratorRow::organization).toList());
        return String.join("; ", form.perpetrators().stream().map(p -> joined(
                shown(p.kind(), c -> glossary.term("perpetrator_kind", c)),
                shown(p.organization(), k -> organizations.getOrDefault(k.strip(), k)), p.description())).toList());
    }

    private static String articles(IncidentForm form) {
        return String.join("; ", form.articles().stream()
                .map(a -> joined(a.article() == null ? null : a.article().replaceFirst("-", " "), a.part())).toList());
    }

    /** The parts of a row that are filled, in order, for the conflict's table. */
    private static String joined(String... parts) {
        return String.join(" / ", java.util.Arrays.stream(parts).map(EntryPages::blank)
                .filter(java.util.Objects::nonNull).toList());
    }

    /** The names of the records {@code keys} names, by key (a key that is gone names itself). */
    private Map<String, String> choiceNames(String kind, List<String> keys) {
        Map<String, String> names = new java.util.HashMap<>();
        pickers.named(kind, keys.stream().map(EntryPages::blank).filter(java.util.Objects::nonNull).distinct().toList(),
                lang()).forEach(c -> names.put(c.key(), c.name()));
        return names;
    }

    private static String shown(String code, java.util.function.Function<String, String> label) {
        return blank(code) == null ? null : label.apply(code);
    }

    /** Types and rights are sets: listed in label order, so that the same set never shows as a difference. */
    private static String terms(Glossary glossary, String vocabulary, List<String> codes) {
        return String.join(", ", codes.stream().map(c -> glossary.term(vocabulary, c)).sorted().toList());
    }

    private String names(String kind, List<String> keys) {
        return String.join(", ", pickers.named(kind, keys, lang()).stream().map(c -> c.name() + " (" + c.key() + ")").toList());
    }

    private static List<String> keys(String key) {
        return blank(key) == null ? List.of() : List.of(key.strip());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String form(Model model, IncidentForm form, Map<String, String> problems) {
        String lang = lang();
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("typeGroups", vocabularies.activeTermsInGroups("incident_type"));
        model.addAttribute("rights", vocabularies.terms("right").stream().filter(Term::active).toList());
        // every term, the inactive ones offered only where a row has one already (so that a save keeps it)
        model.addAttribute("perpetratorKinds", vocabularies.terms("perpetrator_kind"));
        model.addAttribute("organizationKinds", vocabularies.terms("organization_kind"));
        model.addAttribute("perpetratorOrganizations", choiceNames("organizations",
                form.perpetrators().stream().map(IncidentForm.PerpetratorRow::organization).toList()));
        model.addAttribute("places", vocabularies.places().stream()
                .filter(p -> p.code().startsWith("kz"))
                .sorted(Comparator.comparing((Place p) -> p.names().in(lang))).toList());
        model.addAttribute("articles", vocabularies.articles().stream().sorted(LegalArticle.ORDER).toList());
        model.addAttribute("victims", pickers.named("persons", form.victims(), lang));
        model.addAttribute("organizations", pickers.named("organizations", form.organizations(), lang));
        model.addAttribute("sources", pickers.named("sources", form.sources(), lang));
        model.addAttribute("cases", pickers.named("cases", form.cases(), lang));
        model.addAttribute("eventName", blank(form.event()) == null ? null
                : pickers.named("events", List.of(form.event().strip()), lang).getFirst().name());
        return "incidents/new";
    }


    private static void requireKind(String kind) {
        if (!Pickers.KINDS.contains(kind)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /**
     * The form field a picker fills: one of the entry form's lists of keys, or {@code one}: the one record of a row
     * of a form (a membership's organisation), which the page's script puts in that row.
     */
    private static String field(String field) {
        if (field == null || !List.of("victims", "organizations", "sources", "defendants", "cases", "persons",
                "incidents", "one").contains(field)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown field");
        }
        return field;
    }

    private static String lang() {
        return RequestLanguage.current().orElse("en");
    }
}
