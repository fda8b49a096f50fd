package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.kuzet.identity.Duplicates;
import org.kuzet.identity.Subject;
import org.kuzet.organization.OrganizationDocument;
import org.kuzet.organization.Organizations;
import org.kuzet.search.Pickers;
import org.kuzet.shared.Actor;
import org.kuzet.shared.RequestLanguage;
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
 * Creating and editing an organisation with its names in every script, the organisation it is part of and its
 * status history, under the standard of every form: problems next to their fields (in the very row of a status)
 * with everything typed kept, nothing saved when someone saved the organisation meanwhile (both versions side by
 * side), and, before a new organisation is recorded, the organisations already recorded under a like name.
 */
@Controller
class OrganizationFormPages {

    private final Organizations organizations;
    private final Vocabularies vocabularies;
    private final Pickers pickers;
    private final Duplicates duplicates;
    private final MessageSource messages;

    OrganizationFormPages(Organizations organizations, Vocabularies vocabularies, Pickers pickers, Duplicates duplicates,
                          MessageSource messages) {
        this.organizations = organizations;
        this.vocabularies = vocabularies;
        this.pickers = pickers;
        this.duplicates = duplicates;
        this.messages = messages;
    }

    @GetMapping("/organizations/new")
    String newOrganization(Model model) {
        return form(model, OrganizationForm.empty(lang()), Map.of(), null, null, List.of());
    }

    /**
     * Records the organisation; but while one of its names likely names an organisation already in the record, the
     * form comes back first with those, until the user confirms that this is another one.
     */
    @PostMapping("/organizations")
    String create(OrganizationForm form, @RequestParam(defaultValue = "false") boolean confirmNew, Model model,
                  HttpServletResponse response) {
        List<PossibleDuplicate> existing = confirmNew ? List.of() : form.allNames().stream()
                .map(name -> new PossibleDuplicate(name, duplicates.similarTo(Subject.ORGANIZATION, name)))
                .filter(p -> !p.existing().isEmpty()).toList();
        if (!existing.isEmpty()) {
            model.addAttribute("existing", existing);
            return form(model, form, Map.of(), null, null, List.of());
        }
        return save(model, form, null, response).created(check -> "/organizations/"
                + organizations.create(form.toDocument(null, null, check), check, Actor.current().userId()).key());
    }

    @GetMapping("/organizations/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        OrganizationDocument stored = organizations.get(key);
        return form(model, OrganizationForm.of(stored, lang()), Map.of(), key, stored.version(), List.of());
    }

    /** Saves an edit if nobody saved the organisation since the version the form was read at. */
    @PostMapping("/organizations/{key}")
    String update(@PathVariable String key, OrganizationForm form, @RequestParam(required = false) Integer version,
                  Model model, HttpServletResponse response) {
        OrganizationDocument stored = organizations.get(key);
        return save(model, form, key, response).edited(version, stored.version(), "name", check -> {
            organizations.update(key, form.toDocument(stored, version, check), check, Actor.current().userId());
            return "/organizations/" + key;
        }, () -> {
            OrganizationDocument current = organizations.get(key);
            return new FormSave.Theirs(current.version(), conflict(form, OrganizationForm.of(current, form.language())));
        });
    }

    private FormSave save(Model model, OrganizationForm form, String key, HttpServletResponse response) {
        return new FormSave(response, OrganizationForm.FIELDS,
                (problems, version, conflict) -> form(model, form, problems, key, version, conflict));
    }

    /** The fields of the user's version and of the stored one, as the form shows them. */
    private List<Conflict> conflict(OrganizationForm mine, OrganizationForm theirs) {
        Glossary glossary = new Glossary(vocabularies, lang());
        Map<String, String> named = organizationNames(mine, theirs);
        List<Conflict> rows = new ArrayList<>();
        rows.add(new Conflict("name", mine.name(), theirs.name()));
        rows.add(new Conflict("names", names(mine), names(theirs)));
        rows.add(new Conflict("kind", term(glossary, mine.kind()), term(glossary, theirs.kind())));
        rows.add(new Conflict("parent", named(named, mine.parent()), named(named, theirs.parent())));
        rows.add(new Conflict("place", blank(mine.place()) == null ? null : glossary.place(mine.place()),
                blank(theirs.place()) == null ? null : glossary.place(theirs.place())));
        rows.add(new Conflict("description", mine.description(), theirs.description()));
        rows.add(new Conflict("statuses", statuses(mine, named), statuses(theirs, named)));
        rows.add(new Conflict("confidentiality", code("confidentiality", mine.confidentiality()),
                code("confidentiality", theirs.confidentiality())));
        return rows.stream().map(r -> new Conflict(r.field(), blank(r.mine()), blank(r.theirs()))).toList();
    }

    private String names(OrganizationForm form) {
        return String.join("\n", form.names().stream().map(n -> n.name() + " ("
                + String.join(", ", Stream.of(n.script(), n.lang(), code("orgNameKind", n.kind()))
                .map(OrganizationFormPages::blank).filter(Objects::nonNull).toList()) + ")").toList());
    }

    private String statuses(OrganizationForm form, Map<String, String> named) {
        return String.join("\n", form.statuses().stream().map(s -> code("orgStatus", s.status()) + " · "
                + (blank(s.date()) == null ? "" : Boolean.TRUE.equals(s.dateApproximate()) ? "~" + s.date().strip()
                : s.date().strip())
                + (blank(s.decidedBy()) != null ? " · " + named(named, s.decidedBy())
                : blank(s.decidedByText()) != null ? " · " + s.decidedByText().strip() : "")
                + (blank(s.note()) == null ? "" : " · " + s.note().strip())).toList());
    }

    private static String named(Map<String, String> named, String key) {
        return blank(key) == null ? null : named.getOrDefault(key, key) + " (" + key + ")";
    }

    private static String term(Glossary glossary, String code) {
        return blank(code) == null ? null : glossary.term("organization_kind", code);
    }

    private String code(String group, String code) {
        return blank(code) == null ? null
                : messages.getMessage(group + "." + code, null, code, LocaleContextHolder.getLocale());
    }

    /** The names of the organisations the forms pick (the parent, the courts of the statuses), by key. */
    private Map<String, String> organizationNames(OrganizationForm... forms) {
        List<String> keys = new ArrayList<>();
        for (OrganizationForm form : forms) {
            keys.add(form.parent());
            form.statuses().forEach(s -> keys.add(s.decidedBy()));
        }
        Map<String, String> names = new HashMap<>();
        pickers.named("organizations", keys.stream().map(OrganizationFormPages::blank).filter(Objects::nonNull)
                .distinct().toList(), lang()).forEach(c -> names.put(c.key(), c.name()));
        return names;
    }

    private String form(Model model, OrganizationForm form, Map<String, String> problems, String key, Integer version,
                        List<Conflict> conflict) {
        String lang = lang();
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", vocabularies.terms("organization_kind").stream()
                .filter(t -> t.active() || t.code().equals(form.kind())).toList());
        model.addAttribute("places", vocabularies.places().stream()
                .filter(p -> p.code().startsWith("kz") || p.code().equals(form.place()))
                .sorted(Comparator.comparing((Place p) -> p.names().in(lang))).toList());
        model.addAttribute("organizations", organizationNames(form));
        model.addAttribute("action", key == null ? "/organizations" : "/organizations/" + key);
        model.addAttribute("organizationKey", key);
        model.addAttribute("version", version);
        model.addAttribute("conflict", conflict);
        if (!model.containsAttribute("existing")) {
            model.addAttribute("existing", List.of());
        }
        return "organizations/form";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String lang() {
        return RequestLanguage.current().orElse("en");
    }
}
