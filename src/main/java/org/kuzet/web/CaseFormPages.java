package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.incident.IncidentEntry;
import org.kuzet.incident.Incidents;
import org.kuzet.legalcase.CaseDocument;
import org.kuzet.legalcase.CaseDraft;
import org.kuzet.legalcase.CaseEntry;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.legalcase.LegalStatuses;
import org.kuzet.legalcase.StageKind;
import org.kuzet.search.Pickers;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Checker;
import org.kuzet.shared.HiddenPartsException;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.shared.StaleVersionException;
import org.kuzet.vocabulary.LegalArticle;
import org.kuzet.vocabulary.Place;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Opening and editing a legal case with its defendants, charges and stages, under the standard of every form, and
 * beside it each defendant's legal status as the case will make it, recomputed as stages are entered.
 */
@Controller
class CaseFormPages {

    private final CaseEntry entry;
    private final IncidentEntry incidentEntry;
    private final LegalCases cases;
    private final LegalStatuses statuses;
    private final Incidents incidents;
    private final Pickers pickers;
    private final RecordNames names;
    private final Vocabularies vocabularies;

    CaseFormPages(CaseEntry entry, IncidentEntry incidentEntry, LegalCases cases, LegalStatuses statuses,
                  Incidents incidents, Pickers pickers, RecordNames names, Vocabularies vocabularies) {
        this.entry = entry;
        this.incidentEntry = incidentEntry;
        this.cases = cases;
        this.statuses = statuses;
        this.incidents = incidents;
        this.pickers = pickers;
        this.names = names;
        this.vocabularies = vocabularies;
    }

    /** A new case; from a person's page against that person, from an incident's page against its victims. */
    @GetMapping("/cases/new")
    String newCase(@RequestParam(required = false) String person, @RequestParam(required = false) String incident,
                   Model model) {
        CaseForm form = CaseForm.empty(lang());
        if (incident != null) {
            IncidentDocument doc = incidents.get(incident);
            List<String> victims = list(doc.victims()).stream().map(IncidentDocument.Victim::person)
                    .filter(p -> p != null).toList();
            List<CaseForm.ChargeRow> charges = list(doc.articles()).stream()
                    .map(a -> new CaseForm.ChargeRow(null, a.code() + " " + a.article(), a.part(), null, null, false, null))
                    .toList();
            form = CaseForm.against(victims, charges, doc.key(), lang());
        } else if (person != null) {
            form = CaseForm.against(List.of(person), List.of(), null, lang());
        }
        return form(model, form, Map.of(), null, null, List.of());
    }

    @PostMapping("/cases")
    String create(CaseForm form, Model model, HttpServletResponse response) {
        try {
            return save(model, form, null, response).created(check -> {
                CaseDraft draft = form.toDraft(null, null, check);
                Long user = Actor.current().userId();
                return "/cases/" + (form.incident() == null ? entry.record(draft, check, user)
                        : incidentEntry.openCase(form.incident(), draft, check, user));
            });
        } catch (HiddenPartsException | StaleVersionException e) {
            // the incident the case is opened from has parts the writer may not see, or was saved meanwhile
            response.setStatus(e instanceof HiddenPartsException ? HttpStatus.FORBIDDEN.value() : HttpStatus.CONFLICT.value());
            return form(model, form, Map.of("incident", e.getMessage()), null, null, List.of());
        }
    }

    @GetMapping("/cases/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        CaseDocument stored = cases.get(key);
        return form(model, CaseForm.of(stored, lang()), Map.of(), key, stored.version(), List.of());
    }

    /** Saves an edit if nobody saved the case since the version the form was read at. */
    @PostMapping("/cases/{key}")
    String update(@PathVariable String key, CaseForm form, @RequestParam(required = false) Integer version, Model model,
                  HttpServletResponse response) {
        CaseDocument stored = cases.get(key);
        return save(model, form, key, response).edited(version, stored.version(), "kind", check -> {
            entry.edit(key, form.toDraft(stored, version, check), check, Actor.current().userId());
            return "/cases/" + key;
        }, () -> {
            CaseDocument current = cases.get(key);
            return new FormSave.Theirs(current.version(), conflict(form, CaseForm.of(current, form.pageLanguage())));
        });
    }

    private FormSave save(Model model, CaseForm form, String key, HttpServletResponse response) {
        return new FormSave(response, CaseForm.FIELDS,
                (problems, version, conflict) -> form(model, form, problems, key, version, conflict));
    }

    /** Each picked defendant's legal status today and over time, as the case in the form would make it. */
    @PostMapping("/cases/preview")
    String preview(CaseForm form, @RequestParam(name = "case", required = false) String caseKey, Model model) {
        // an edited case counts as the form has it, not as it is stored
        model.addAttribute("statuses", statuses.ofDraft(form.toPreview(caseKey), LocalDate.now()));
        model.addAttribute("names", names.of(form.defendants(), List.of(), List.of(), List.of()));
        model.addAttribute("newDefendants", form.newDefendantNames());
        return "cases/preview";
    }

    /** "Record a court decision": the short form from a person's page. */
    @GetMapping("/persons/{key}/decision")
    String decision(@PathVariable String key, Model model) {
        return decisionForm(model, key, DecisionForm.empty(null), Map.of());
    }

    @PostMapping("/persons/{key}/decision")
    String recordDecision(@PathVariable String key, DecisionForm form, Model model, HttpServletResponse response) {
        Checker check = Checker.root();
        try {
            String caseKey = entry.recordDecision(key, form.toDecision(check), check, Actor.current().userId());
            return "redirect:/cases/" + caseKey + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return decisionForm(model, key, form, DecisionForm.FIELDS.byField(e.problems()));
        } catch (StaleVersionException | HiddenPartsException e) {
            // someone saved the case meanwhile, or it has parts the writer may not see: nothing was written
            response.setStatus(e instanceof HiddenPartsException ? HttpStatus.FORBIDDEN.value() : HttpStatus.CONFLICT.value());
            return decisionForm(model, key, form, Map.of("legalCase", e.getMessage()));
        }
    }

    private String decisionForm(Model model, String personKey, DecisionForm form, Map<String, String> problems) {
        List<String> caseKeys = cases.keysAsDefendant(personKey);
        Names named = names.of(List.of(personKey), List.of(), List.of(), caseKeys);
        if (named.person(personKey) == null) {
            throw new RecordNotFoundException("person", personKey);
        }
        model.addAttribute("personKey", personKey);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("names", named);
        model.addAttribute("caseKeys", caseKeys);
        model.addAttribute("articles", vocabularies.articles().stream().sorted(LegalArticle.ORDER).toList());
        return "cases/decision";
    }

    /** The fields of the user's version and of the stored one, as the form shows them. */
    private List<Conflict> conflict(CaseForm mine, CaseForm theirs) {
        List<Conflict> rows = new ArrayList<>();
        rows.add(new Conflict("kind", mine.kind(), theirs.kind()));
        rows.add(new Conflict("number", mine.number(), theirs.number()));
        rows.add(new Conflict("title", mine.title(), theirs.title()));
        rows.add(new Conflict("defendants", personNames(mine.defendants()), personNames(theirs.defendants())));
        rows.add(new Conflict("charges", charges(mine), charges(theirs)));
        rows.add(new Conflict("stages", stages(mine), stages(theirs)));
        rows.add(new Conflict("confidentiality", mine.confidentiality(), theirs.confidentiality()));
        return rows;
    }

    private String personNames(List<String> keys) {
        return String.join(", ", pickers.named("persons", keys, lang()).stream().map(c -> c.name()).toList());
    }

    private static String charges(CaseForm form) {
        return String.join("; ", form.charges().stream()
                .map(c -> c.article() + (c.part() == null || c.part().isBlank() ? "" : " part " + c.part())).toList());
    }

    private static String stages(CaseForm form) {
        return String.join("; ", form.stages().stream().map(s -> s.date() + " " + s.kind()).toList());
    }

    private String form(Model model, CaseForm form, Map<String, String> problems, String key, Integer version,
                        List<Conflict> conflict) {
        String lang = lang();
        List<String> persons = new ArrayList<>(form.defendants());
        List<String> organizations = new ArrayList<>();
        form.parties().forEach(p -> {
            persons.add(p.person());
            organizations.add(p.organization());
        });
        form.stages().forEach(s -> {
            persons.add(s.person());
            organizations.add(s.court());
        });
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("defendants", pickers.named("persons", form.defendants(), lang));
        model.addAttribute("sources", pickers.named("sources", form.sources(), lang));
        model.addAttribute("names", names.of(persons, organizations, List.of(), List.of()));
        // Kazakhstan's places, and the case's own place wherever it is (a case abroad keeps it)
        model.addAttribute("places", vocabularies.places().stream()
                .filter(p -> p.code().startsWith("kz") || p.code().equals(form.place()))
                .sorted(Comparator.comparing((Place p) -> p.names().in(lang))).toList());
        model.addAttribute("articles", vocabularies.articles().stream().sorted(LegalArticle.ORDER).toList());
        model.addAttribute("stageKinds", Arrays.stream(StageKind.values()).map(StageKind::code).toList());
        model.addAttribute("action", key == null ? "/cases" : "/cases/" + key);
        model.addAttribute("caseKey", key);
        model.addAttribute("version", version);
        model.addAttribute("conflict", conflict);
        return "cases/form";
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String lang() {
        return RequestLanguage.current().orElse("en");
    }
}
