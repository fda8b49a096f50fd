package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.kuzet.identity.Duplicates;
import org.kuzet.identity.Subject;
import org.kuzet.person.PersonDocument;
import org.kuzet.person.Persons;
import org.kuzet.search.Choice;
import org.kuzet.search.Pickers;
import org.kuzet.shared.Actor;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.vocabulary.Place;
import org.kuzet.vocabulary.Term;
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
 * Creating and editing a person with every field, under the standard of every form: problems next to their fields
 * (in the very row of a membership or an assessment) with everything typed kept, nothing saved when someone saved
 * the person meanwhile (both versions side by side), the sensitive fields shown and set only by those who may see
 * them, and, before a new person is recorded, the persons already recorded under a like name.
 */
@Controller
class PersonFormPages {

    private final Persons persons;
    private final Vocabularies vocabularies;
    private final Pickers pickers;
    private final Duplicates duplicates;
    private final MessageSource messages;

    PersonFormPages(Persons persons, Vocabularies vocabularies, Pickers pickers, Duplicates duplicates,
                    MessageSource messages) {
        this.persons = persons;
        this.vocabularies = vocabularies;
        this.pickers = pickers;
        this.duplicates = duplicates;
        this.messages = messages;
    }

    @GetMapping("/persons/new")
    String newPerson(Model model) {
        return form(model, PersonForm.empty(lang()), Map.of(), null, null, List.of());
    }

    /**
     * Records the person; but while one of the names likely names a person already in the record, the form comes
     * back first with those persons, until the user confirms that this is someone else.
     */
    @PostMapping("/persons")
    String create(PersonForm form, @RequestParam(defaultValue = "false") boolean confirmNew, Model model,
                  HttpServletResponse response) {
        List<PossibleDuplicate> existing = confirmNew ? List.of() : form.allNames().stream()
                .map(name -> new PossibleDuplicate(name, duplicates.similarTo(Subject.PERSON, name)))
                .filter(p -> !p.existing().isEmpty()).toList();
        if (!existing.isEmpty()) {
            model.addAttribute("existing", existing);
            return form(model, form, Map.of(), null, null, List.of());
        }
        return save(model, form, null, response).created(check -> "/persons/"
                + persons.create(form.toDocument(null, null, check), check, Actor.current().userId()).key());
    }

    @GetMapping("/persons/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        PersonDocument stored = persons.get(key);
        return form(model, PersonForm.of(stored, lang()), Map.of(), key, stored.version(), List.of());
    }

    /** Saves an edit if nobody saved the person since the version the form was read at. */
    @PostMapping("/persons/{key}")
    String update(@PathVariable String key, PersonForm form, @RequestParam(required = false) Integer version,
                  Model model, HttpServletResponse response) {
        PersonDocument stored = persons.get(key);
        return save(model, form, key, response).edited(version, stored.version(), "name", check -> {
            persons.update(key, form.toDocument(stored, version, check), check, Actor.current().userId());
            return "/persons/" + key;
        }, () -> {
            PersonDocument current = persons.get(key);
            return new FormSave.Theirs(current.version(),
                    conflict(form, PersonForm.of(current, form.language()), persons.sensitiveVisible(key)));
        });
    }

    private FormSave save(Model model, PersonForm form, String key, HttpServletResponse response) {
        return new FormSave(response, PersonForm.FIELDS,
                (problems, version, conflict) -> form(model, form, problems, key, version, conflict));
    }

    /** The fields of the user's version and of the stored one, as the form shows them. */
    private List<Conflict> conflict(PersonForm mine, PersonForm theirs, boolean sensitiveVisible) {
        Glossary glossary = new Glossary(vocabularies, lang());
        Map<String, String> organizations = organizationNames(mine, theirs);
        List<Conflict> rows = new ArrayList<>();
        rows.add(new Conflict("name", mine.name(), theirs.name()));
        rows.add(new Conflict("names", names(mine), names(theirs)));
        rows.add(new Conflict("gender", code("gender", mine.gender()), code("gender", theirs.gender())));
        rows.add(new Conflict("birthYear", mine.birthYear(), theirs.birthYear()));
        rows.add(new Conflict("place", place(glossary, mine.place()), place(glossary, theirs.place())));
        rows.add(new Conflict("roles", terms(glossary, "role", mine.roles()), terms(glossary, "role", theirs.roles())));
        rows.add(new Conflict("description", mine.description(), theirs.description()));
        rows.add(new Conflict("vulnerabilities", terms(glossary, "vulnerability", mine.vulnerabilities()),
                terms(glossary, "vulnerability", theirs.vulnerabilities())));
        rows.add(new Conflict("memberships", memberships(mine, organizations), memberships(theirs, organizations)));
        rows.add(new Conflict("assessments", assessments(mine, organizations), assessments(theirs, organizations)));
        rows.add(new Conflict("consentToPublish", code("consent", mine.consentToPublish()),
                code("consent", theirs.consentToPublish())));
        if (sensitiveVisible) {
            rows.add(new Conflict("contacts", mine.contacts(), theirs.contacts()));
            rows.add(new Conflict("address", mine.address(), theirs.address()));
            rows.add(new Conflict("dateOfBirth", mine.dateOfBirth(), theirs.dateOfBirth()));
            rows.add(new Conflict("consentNotes", mine.consentNotes(), theirs.consentNotes()));
        }
        rows.add(new Conflict("confidentiality", code("confidentiality", mine.confidentiality()),
                code("confidentiality", theirs.confidentiality())));
        return rows.stream().map(r -> new Conflict(r.field(), blank(r.mine()), blank(r.theirs()))).toList();
    }

    private String names(PersonForm form) {
        return String.join("\n", form.names().stream().map(n -> n.name() + " ("
                + String.join(", ", Stream.of(n.script(), n.lang(), code("nameKind", n.kind()))
                .map(PersonFormPages::blank).filter(Objects::nonNull).toList()) + ")").toList());
    }

    private String memberships(PersonForm form, Map<String, String> organizations) {
        return String.join("\n", form.memberships().stream().map(m -> code("membership", m.kind())
                + (Boolean.TRUE.equals(m.alleged()) ? " (" + message("membership.alleged") + ")" : "") + " · "
                + organizations.getOrDefault(m.organization(), Objects.toString(m.organization(), ""))
                + span(m.from(), m.fromApproximate(), m.until(), m.untilApproximate())).toList());
    }

    private String assessments(PersonForm form, Map<String, String> organizations) {
        return String.join("\n", form.assessments().stream().map(a -> code("conclusion", a.conclusion()) + " · "
                + date(a.date(), a.dateApproximate()) + " · "
                + (blank(a.assessedBy()) != null ? organizations.getOrDefault(a.assessedBy(), a.assessedBy())
                : Objects.toString(a.assessedByText(), ""))
                + (blank(a.criteria()) == null ? "" : " · " + a.criteria().strip())
                + (blank(a.note()) == null ? "" : " · " + a.note().strip())).toList());
    }

    private static String span(String from, Boolean fromApproximate, String until, Boolean untilApproximate) {
        String f = date(from, fromApproximate);
        String u = date(until, untilApproximate);
        return f.isEmpty() && u.isEmpty() ? "" : " · " + f + " – " + u;
    }

    private static String date(String date, Boolean approximate) {
        String d = blank(date);
        return d == null ? "" : Boolean.TRUE.equals(approximate) ? "~" + d : d;
    }

    private static String place(Glossary glossary, String code) {
        return blank(code) == null ? null : glossary.place(code);
    }

    /** Roles and vulnerabilities are sets: listed in label order, so that the same set never shows as a difference. */
    private static String terms(Glossary glossary, String vocabulary, List<String> codes) {
        return String.join(", ", codes.stream().map(c -> glossary.term(vocabulary, c)).sorted().toList());
    }

    private String code(String group, String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return blank(code) == null ? null : messages.getMessage(group + "." + code, null, code, locale);
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** The names of the organisations the rows of these forms pick, by key. */
    private Map<String, String> organizationNames(PersonForm... forms) {
        List<String> keys = new ArrayList<>();
        for (PersonForm form : forms) {
            form.memberships().forEach(m -> keys.add(m.organization()));
            form.assessments().forEach(a -> keys.add(a.assessedBy()));
        }
        Map<String, String> names = new HashMap<>();
        pickers.named("organizations", keys.stream().map(PersonFormPages::blank).filter(Objects::nonNull).distinct()
                .toList(), lang()).forEach((Choice c) -> names.put(c.key(), c.name()));
        return names;
    }

    private String form(Model model, PersonForm form, Map<String, String> problems, String key, Integer version,
                        List<Conflict> conflict) {
        String lang = lang();
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("roles", offered("role", form.roles()));
        model.addAttribute("vulnerabilities", offered("vulnerability", form.vulnerabilities()));
        model.addAttribute("places", vocabularies.places().stream()
                .filter(p -> p.code().startsWith("kz") || p.code().equals(form.place()))
                .sorted(Comparator.comparing((Place p) -> p.names().in(lang))).toList());
        model.addAttribute("organizations", organizationNames(form));
        model.addAttribute("sensitiveVisible", persons.sensitiveVisible(key));
        model.addAttribute("action", key == null ? "/persons" : "/persons/" + key);
        model.addAttribute("personKey", key);
        model.addAttribute("version", version);
        model.addAttribute("conflict", conflict);
        if (!model.containsAttribute("existing")) {
            model.addAttribute("existing", List.of());
        }
        return "persons/form";
    }

    /** The active terms, and those no longer offered that the person still has, so that a save keeps them. */
    private List<Term> offered(String vocabulary, List<String> chosen) {
        return vocabularies.terms(vocabulary).stream().filter(t -> t.active() || chosen.contains(t.code())).toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String lang() {
        return RequestLanguage.current().orElse("en");
    }
}
