package org.kuzet.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kuzet.incident.IncidentCatalog;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.incident.IncidentFilter;
import org.kuzet.incident.Incidents;
import org.kuzet.intervention.InterventionDocument;
import org.kuzet.intervention.Interventions;
import org.kuzet.legalcase.CaseDocument;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.legalcase.LegalStatusView;
import org.kuzet.legalcase.LegalStatuses;
import org.kuzet.organization.OrganizationDocument;
import org.kuzet.organization.Organizations;
import org.kuzet.person.PersonDocument;
import org.kuzet.person.Persons;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.source.Citation;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages of single records: an incident, a person with their timeline, an organisation, a legal case. */
@Controller
class RecordPages {

    /** How many interventions a person's or an incident's page lists. */
    private static final int CONCERNING = 20;

    private final Incidents incidents;
    private final Persons persons;
    private final Organizations organizations;
    private final LegalCases cases;
    private final LegalStatuses statuses;
    private final Vocabularies vocabularies;
    private final RecordReader reader;
    private final IncidentCatalog catalog;
    private final RecordNames names;
    private final Interventions interventions;

    RecordPages(Incidents incidents, Persons persons, Organizations organizations, LegalCases cases,
                LegalStatuses statuses, Vocabularies vocabularies, RecordReader reader, IncidentCatalog catalog,
                RecordNames names, Interventions interventions) {
        this.interventions = interventions;
        this.incidents = incidents;
        this.persons = persons;
        this.organizations = organizations;
        this.cases = cases;
        this.statuses = statuses;
        this.vocabularies = vocabularies;
        this.reader = reader;
        this.catalog = catalog;
        this.names = names;
    }

    @GetMapping("/incidents/{key}")
    String incident(@PathVariable String key, @RequestParam(required = false) String recorded,
                    @RequestParam(required = false) String saved, @RequestParam(required = false) String verified,
                    @RequestParam(required = false) String published, @RequestParam(required = false) String changed,
                    Model model) {
        IncidentDocument doc = incidents.find(key).orElseThrow(() -> new RecordNotFoundException("incident", key));
        List<String> personKeys = new ArrayList<>();
        List<String> organizationKeys = new ArrayList<>();
        for (IncidentDocument.Victim v : list(doc.victims())) {
            personKeys.add(v.person());
            organizationKeys.add(v.organization());
        }
        for (IncidentDocument.Perpetrator p : list(doc.perpetrators())) {
            personKeys.add(p.person());
            organizationKeys.add(p.organization());
        }
        model.addAttribute("incident", doc);
        model.addAttribute("recorded", recorded != null);
        model.addAttribute("saved", saved != null);
        model.addAttribute("reviewNotice", verified != null ? "review.verified" : published != null ? "review.published"
                : changed != null ? "review.changed" : null);
        model.addAttribute("glossary", glossary());
        model.addAttribute("names", names.of(personKeys, organizationKeys, sourceKeys(doc.sources()),
                list(doc.legalCases())));
        model.addAttribute("interventions", concerning(new Interventions.Filter(null, doc.key(), null)));
        return "records/incident";
    }

    /** A person's record; their legal status today, or on the day {@code asOf} asks about. */
    @GetMapping("/persons/{key}")
    String person(@PathVariable String key, @RequestParam(required = false) String asOf,
                  @RequestParam(required = false) String saved, Model model) {
        PersonDocument doc = persons.find(key).orElseThrow(() -> new RecordNotFoundException("person", key));
        List<TimelineEntry> timeline = reader.timeline(doc.key());
        List<String> organizationKeys = new ArrayList<>();
        list(doc.memberships()).forEach(m -> organizationKeys.add(m.organization()));
        list(doc.assessments()).forEach(a -> organizationKeys.add(a.assessedBy()));
        List<String> caseKeys = timeline.stream().map(TimelineEntry::caseKey).filter(k -> k != null).distinct().toList();
        model.addAttribute("person", doc);
        model.addAttribute("saved", saved != null);
        LegalStatusView status = statuses.of(doc.key(), asOf == null || asOf.isBlank() ? null : asOf);
        model.addAttribute("status", status.status());
        model.addAttribute("asOf", asOf == null || asOf.isBlank() ? null : status.asOf());
        model.addAttribute("outsideCases", catalog.legalStepsOutsideCases(doc.key()));
        model.addAttribute("timeline", timeline);
        model.addAttribute("glossary", glossary());
        model.addAttribute("names", names.of(List.of(), organizationKeys, sourceKeys(doc.sources()), caseKeys));
        model.addAttribute("interventions", concerning(new Interventions.Filter(doc.key(), null, null)));
        return "records/person";
    }

    @GetMapping("/organizations/{key}")
    String organization(@PathVariable String key, @RequestParam(required = false) String saved, Model model) {
        OrganizationDocument doc = organizations.find(key).orElseThrow(() -> new RecordNotFoundException("organization", key));
        List<String> organizationKeys = new ArrayList<>();
        organizationKeys.add(doc.parent());
        list(doc.statuses()).forEach(s -> organizationKeys.add(s.decidedBy()));
        model.addAttribute("organization", doc);
        model.addAttribute("saved", saved != null);
        model.addAttribute("branches", organizations.branchesOf(doc.key()));
        model.addAttribute("members", persons.membersOf(doc.key()));
        // as victim, perpetrator or through its members: the organisation filter of every incident list
        model.addAttribute("incidents", catalog.first(IncidentFilter.ofOrganization(doc.key()), 50));
        model.addAttribute("glossary", glossary());
        model.addAttribute("names", names.of(List.of(), organizationKeys, sourceKeys(doc.sources()), List.of()));
        return "records/organization";
    }

    @GetMapping("/cases/{key}")
    String legalCase(@PathVariable String key, @RequestParam(required = false) String saved, Model model) {
        model.addAttribute("saved", saved != null);
        CaseDocument doc = cases.find(key).orElseThrow(() -> new RecordNotFoundException("legal case", key));
        List<String> personKeys = new ArrayList<>();
        List<String> organizationKeys = new ArrayList<>();
        for (CaseDocument.PartyDocument p : list(doc.parties())) {
            personKeys.add(p.person());
            organizationKeys.add(p.organization());
        }
        list(doc.charges()).forEach(c -> personKeys.add(c.defendant()));
        for (CaseDocument.StageDocument s : list(doc.stages())) {
            personKeys.add(s.person());
            organizationKeys.add(s.court());
        }
        // the status each defendant is in now, as derived from all their cases
        Map<String, LegalStatusView.Status> defendants = new LinkedHashMap<>();
        list(doc.parties()).stream()
                .filter(p -> p.person() != null && ("defendant".equals(p.role()) || "respondent".equals(p.role())))
                .forEach(p -> {
                    try {
                        defendants.put(p.person(), statuses.of(p.person(), null).status());
                    } catch (RecordNotFoundException hidden) {
                        // a defendant beyond the reader's clearance: their status is not shown either
                    }
                });
        model.addAttribute("legalCase", doc);
        model.addAttribute("defendants", defendants);
        model.addAttribute("incidents", catalog.ofCase(doc.key()));
        model.addAttribute("glossary", glossary());
        model.addAttribute("names", names.of(personKeys, organizationKeys, Stream.concat(sourceKeys(doc.sources()).stream(),
                list(doc.stages()).stream().flatMap(s -> sourceKeys(s.sources()).stream())).toList(), List.of()));
        return "records/case";
    }

    /** The latest interventions on behalf of a person or about an incident, for the short list on its page. */
    private List<InterventionDocument> concerning(Interventions.Filter filter) {
        return interventions.list(filter, 0, CONCERNING).items();
    }

    private Glossary glossary() {
        return new Glossary(vocabularies, RequestLanguage.current().orElse("en"));
    }

    private static List<String> sourceKeys(List<Citation> citations) {
        return list(citations).stream().map(Citation::source).toList();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
