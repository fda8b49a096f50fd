package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.incident.Incidents;
import org.kuzet.intervention.InterventionDocument;
import org.kuzet.intervention.InterventionEntry;
import org.kuzet.intervention.Interventions;
import org.kuzet.search.Pickers;
import org.kuzet.shared.Actor;
import org.kuzet.shared.RequestLanguage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recording and editing an intervention (an appeal, complaint, statement or letter) with its sender, addressees,
 * the persons and incidents it concerns, response and outcome, under the standard of every form: problems next to
 * their fields (in the very row of an addressee) with everything typed kept, nothing saved when someone saved the
 * intervention meanwhile (both versions side by side), and a save refused rather than erasing what the writer may
 * not see.
 */
@Controller
class InterventionFormPages {

    private final InterventionEntry entry;
    private final Interventions interventions;
    private final Incidents incidents;
    private final Pickers pickers;
    private final MessageSource messages;

    InterventionFormPages(InterventionEntry entry, Interventions interventions, Incidents incidents, Pickers pickers,
                          MessageSource messages) {
        this.entry = entry;
        this.interventions = interventions;
        this.incidents = incidents;
        this.pickers = pickers;
        this.messages = messages;
    }

    /** A new intervention; from a person's page on their behalf, from an incident's page about it and its victims. */
    @GetMapping("/interventions/new")
    String newIntervention(@RequestParam(required = false) String person, @RequestParam(required = false) String incident,
                           Model model) {
        List<String> persons = new ArrayList<>();
        List<String> about = new ArrayList<>();
        if (incident != null && !incident.isBlank()) {
            IncidentDocument doc = incidents.get(incident.strip());
            about.add(doc.key());
            list(doc.victims()).stream().map(IncidentDocument.Victim::person).filter(Objects::nonNull).forEach(persons::add);
        }
        if (person != null && !person.isBlank()) {
            persons.add(0, person.strip());
        }
        return form(model, InterventionForm.concerning(persons, about, lang()), Map.of(), null, null, List.of());
    }

    @PostMapping("/interventions")
    String create(InterventionForm form, Model model, HttpServletResponse response) {
        return save(model, form, null, response).created(check -> "/interventions/"
                + entry.record(form.toDraft(null, null, check), check, Actor.current().userId()));
    }

    @GetMapping("/interventions/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        InterventionDocument stored = interventions.get(key);
        return form(model, InterventionForm.of(stored, lang()), Map.of(), stored.key(), stored.version(), List.of());
    }

    /** Saves an edit if nobody saved the intervention since the version the form was read at. */
    @PostMapping("/interventions/{key}")
    String update(@PathVariable String key, InterventionForm form, @RequestParam(required = false) Integer version,
                  Model model, HttpServletResponse response) {
        InterventionDocument stored = interventions.get(key);
        return save(model, form, stored.key(), response).edited(version, stored.version(), "title", check -> {
            entry.edit(stored.key(), form.toDraft(stored, version, check), check, Actor.current().userId());
            return "/interventions/" + stored.key();
        }, () -> {
            InterventionDocument current = interventions.get(key);
            return new FormSave.Theirs(current.version(), conflict(form, InterventionForm.of(current, form.language())));
        });
    }

    private FormSave save(Model model, InterventionForm form, String key, HttpServletResponse response) {
        return new FormSave(response, InterventionForm.FIELDS,
                (problems, version, conflict) -> form(model, form, problems, key, version, conflict));
    }

    /** The fields of the user's version and of the stored one, as the form shows them. */
    private List<Conflict> conflict(InterventionForm mine, InterventionForm theirs) {
        Map<String, String> organizations = names("organizations", mine.organizationKeys(), theirs.organizationKeys());
        Map<String, String> contacts = names("contacts", mine.contactKeys(), theirs.contactKeys());
        List<Conflict> rows = new ArrayList<>();
        rows.add(new Conflict("kind", code("interventionKind", mine.kind()), code("interventionKind", theirs.kind())));
        rows.add(new Conflict("date", date(mine.date(), mine.dateApproximate()), date(theirs.date(), theirs.dateApproximate())));
        rows.add(new Conflict("sender", sender(mine, organizations), sender(theirs, organizations)));
        rows.add(new Conflict("title", mine.title(), theirs.title()));
        rows.add(new Conflict("summary", mine.summary(), theirs.summary()));
        rows.add(new Conflict("addressees", addressees(mine, organizations, contacts),
                addressees(theirs, organizations, contacts)));
        rows.add(new Conflict("persons", keyed("persons", mine.persons()), keyed("persons", theirs.persons())));
        rows.add(new Conflict("incidents", keyed("incidents", mine.incidents()), keyed("incidents", theirs.incidents())));
        rows.add(new Conflict("response", mine.response(), theirs.response()));
        rows.add(new Conflict("responseDate", date(mine.responseDate(), mine.responseDateApproximate()),
                date(theirs.responseDate(), theirs.responseDateApproximate())));
        rows.add(new Conflict("outcome", code("interventionOutcome", mine.outcome()),
                code("interventionOutcome", theirs.outcome())));
        rows.add(new Conflict("sources", keyed("sources", mine.sources()), keyed("sources", theirs.sources())));
        rows.add(new Conflict("confidentiality", code("confidentiality", mine.confidentiality()),
                code("confidentiality", theirs.confidentiality())));
        return rows.stream().map(r -> new Conflict(r.field(), blank(r.mine()), blank(r.theirs()))).toList();
    }

    private static String sender(InterventionForm form, Map<String, String> organizations) {
        String picked = blank(form.sender()) == null ? null : named(organizations, form.sender());
        String words = blank(form.senderText());
        return picked == null ? words : words == null ? picked : picked + " · " + words;
    }

    private static String addressees(InterventionForm form, Map<String, String> organizations,
                                     Map<String, String> contacts) {
        return String.join("\n", form.addressees().stream().map(a -> blank(a.contact()) != null
                ? named(contacts, a.contact())
                : String.join(" · ", java.util.stream.Stream.of(blank(a.organization()) == null ? null
                        : named(organizations, a.organization()), blank(a.name()), blank(a.position()), blank(a.address()),
                        blank(a.email()), blank(a.phone()), blank(a.url()))
                        .filter(Objects::nonNull).toList())).toList());
    }

    private static String date(String date, Boolean approximate) {
        String d = blank(date);
        return d == null ? null : Boolean.TRUE.equals(approximate) ? "~" + d : d;
    }

    private String keyed(String kind, List<String> keys) {
        return String.join("\n", pickers.named(kind, keys, lang()).stream().map(c -> c.name() + " (" + c.key() + ")")
                .toList());
    }

    private static String named(Map<String, String> names, String key) {
        return names.getOrDefault(key.strip(), key.strip()) + " (" + key.strip() + ")";
    }

    /** The names of the records of {@code kind} that these forms pick, by key. */
    @SafeVarargs
    private Map<String, String> names(String kind, List<String>... keys) {
        List<String> all = new ArrayList<>();
        for (List<String> k : keys) {
            all.addAll(k);
        }
        Map<String, String> names = new HashMap<>();
        pickers.named(kind, all.stream().distinct().toList(), lang()).forEach(c -> names.put(c.key(), c.name()));
        return names;
    }

    private String code(String group, String code) {
        return blank(code) == null ? null
                : messages.getMessage(group + "." + code, null, code, LocaleContextHolder.getLocale());
    }

    private String form(Model model, InterventionForm form, Map<String, String> problems, String key, Integer version,
                        List<Conflict> conflict) {
        String lang = lang();
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", Interventions.KINDS);
        model.addAttribute("outcomes", Interventions.OUTCOMES);
        model.addAttribute("organizations", names("organizations", form.organizationKeys()));
        model.addAttribute("contacts", names("contacts", form.contactKeys()));
        model.addAttribute("persons", pickers.named("persons", form.persons(), lang));
        model.addAttribute("incidents", pickers.named("incidents", form.incidents(), lang));
        model.addAttribute("sources", pickers.named("sources", form.sources(), lang));
        model.addAttribute("action", key == null ? "/interventions" : "/interventions/" + key);
        model.addAttribute("interventionKey", key);
        model.addAttribute("version", version);
        model.addAttribute("conflict", conflict);
        return "interventions/form";
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String lang() {
        return RequestLanguage.current().orElse("en");
    }
}
