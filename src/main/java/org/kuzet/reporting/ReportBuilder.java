package org.kuzet.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.incident.IncidentFilter;
import org.kuzet.incident.Incidents;
import org.kuzet.organization.OrganizationDocument;
import org.kuzet.organization.Organizations;
import org.kuzet.person.PersonDocument;
import org.kuzet.person.Persons;
import org.kuzet.reporting.ReportDocument.Block;
import org.kuzet.reporting.ReportDocument.Bullets;
import org.kuzet.reporting.ReportDocument.Notes;
import org.kuzet.reporting.ReportDocument.Paragraph;
import org.kuzet.reporting.ReportDocument.Section;
import org.kuzet.reporting.ReportDocument.Span;
import org.kuzet.reporting.ReportDocument.Text;
import org.kuzet.shared.LocalizedText;
import org.kuzet.source.Citation;
import org.kuzet.source.SourceDocument;
import org.kuzet.source.Sources;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link ReportDocument} of a template for a period, place, audience and language from the record,
 * as the acting reader may see it (the caller sets the reader: public reports are built under the public
 * clearance, so the database itself withholds what is not for publication).
 */
@Component
class ReportBuilder {

    /** Kinds of source that name or expose people who spoke to the monitors: never cited in a public report. */
    static final Set<String> CONFIDENTIAL_SOURCE_KINDS = Set.of("testimony");

    private static final int PAGE = 500;

    private final Incidents incidents;
    private final Persons persons;
    private final Organizations organizations;
    private final Sources sources;
    private final Vocabularies vocabularies;
    private final Recommendations recommendations;
    private final ReportStatistics statistics;
    private final ReportPrisoners prisoners;

    ReportBuilder(Incidents incidents, Persons persons, Organizations organizations, Sources sources,
                  Vocabularies vocabularies, Recommendations recommendations, ReportStatistics statistics,
                  ReportPrisoners prisoners) {
        this.incidents = incidents;
        this.persons = persons;
        this.organizations = organizations;
        this.sources = sources;
        this.vocabularies = vocabularies;
        this.recommendations = recommendations;
        this.statistics = statistics;
        this.prisoners = prisoners;
    }

    ReportDocument build(TemplateDefinition template, Reports.Valid request) {
        Run run = new Run(request, ReportText.of(request.language()));
        List<IncidentDocument> all = incidentsOf(request);
        Map<TemplateDefinition.SectionSpec, List<IncidentDocument>> byFreedom = assign(template, all);

        List<Section> sections = new ArrayList<>();
        for (TemplateDefinition.SectionSpec spec : template.sections()) {
            switch (spec.kind()) {
                case "summary" -> sections.add(summary(run, spec, template, byFreedom));
                case "freedom" -> sections.addAll(freedom(run, spec, byFreedom.get(spec)));
                case "prisoners" -> sections.addAll(prisoners.sections(run, spec));
                case "statistics" -> sections.add(new Section(1, spec.heading(run.language()),
                        statistics.blocks(spec, run)));
                case "recommendations" -> sections.add(allRecommendations(run, spec, template));
                default -> sections.add(new Section(1, spec.heading(run.language()), textOf(spec, run)));
            }
        }
        String subtitle = subtitle(run);
        return new ReportDocument(run.language(), template.title(run.language()), subtitle, sections, run.notes.all());
    }

    /** What the builder keeps while building one report: the request, the words, the numbered sources. */
    final class Run {
        final Reports.Valid request;
        final ReportText text;
        final Notes notes = new Notes();
        private final Map<String, Optional<SourceDocument>> sourceCache = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();

        Run(Reports.Valid request, ReportText text) {
            this.request = request;
            this.text = text;
        }

        String language() {
            return request.language();
        }

        boolean publicAudience() {
            return request.publicAudience();
        }

        /** Note references to the citable sources among {@code citations}, in their order, each source once. */
        List<Span> cite(List<Citation> citations) {
            List<Span> refs = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Citation citation : citations == null ? List.<Citation>of() : citations) {
                if (!seen.add(citation.source())) {
                    continue;
                }
                source(citation.source()).ifPresent(s -> refs.add(notes.cite(s.key(), describe(s), s.url() != null ? s.url()
                        : s.archiveUrl())));
            }
            return refs;
        }

        private Optional<SourceDocument> source(String key) {
            // the source's own visibility decides first (row-level security); then its kind, for public reports
            return sourceCache.computeIfAbsent(key, k -> sources.find(k)
                    .filter(s -> !(publicAudience() && CONFIDENTIAL_SOURCE_KINDS.contains(s.kind()))));
        }

        private String describe(SourceDocument s) {
            List<String> parts = new ArrayList<>();
            if (s.title() != null) {
                parts.add(in(s.title()));
            }
            if (s.outlet() != null) {
                parts.add(s.outlet());
            }
            if (s.publishedOn() != null) {
                parts.add(text.date(s.publishedOn(), s.publishedOnPrecision()));
            }
            return parts.isEmpty() ? s.key() : String.join(", ", parts);
        }

        String in(LocalizedText localized) {
            return localized == null ? null : localized.in(language()).text();
        }

        String person(String key) {
            return names.computeIfAbsent("person:" + key, k -> persons.find(key).map(PersonDocument::name).orElse(null));
        }

        String organization(String key) {
            return names.computeIfAbsent("organization:" + key, k -> organizations.find(key).map(OrganizationDocument::name)
                    .orElse(null));
        }

        String termLabel(String vocabulary, String code) {
            return vocabularies.terms(vocabulary).stream().filter(t -> t.code().equals(code)).findFirst()
                    .map(t -> t.labels().in(language())).orElse(code);
        }
    }

    private List<IncidentDocument> incidentsOf(Reports.Valid request) {
        IncidentFilter filter = new IncidentFilter(request.from().toString(), request.to().toString(), null, request.place(), null,
                null, null, null, null, null, null, null, "date");
        List<IncidentDocument> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            var docs = incidents.list(filter, page, PAGE);
            found.addAll(docs.items());
            if (docs.items().size() < PAGE) {
                return found;
            }
        }
    }

    /**
     * Each incident is shown once, under the narrowest freedom section it concerns: of the sections whose rights it
     * touches, the one that claims the fewest incidents of the period (freedom of expression touches almost every
     * case; a detention at a rally belongs with peaceful assembly). Ties go to the earlier section.
     */
    static Map<TemplateDefinition.SectionSpec, List<IncidentDocument>> assign(TemplateDefinition template,
                                                                            List<IncidentDocument> incidents) {
        List<TemplateDefinition.SectionSpec> freedoms = template.sections().stream()
                .filter(s -> "freedom".equals(s.kind())).toList();
        Map<TemplateDefinition.SectionSpec, Long> reach = new HashMap<>();
        for (var section : freedoms) {
            reach.put(section, incidents.stream().filter(i -> touches(section, i)).count());
        }
        Map<TemplateDefinition.SectionSpec, List<IncidentDocument>> assigned = new LinkedHashMap<>();
        freedoms.forEach(s -> assigned.put(s, new ArrayList<>()));
        for (IncidentDocument incident : incidents) {
            freedoms.stream().filter(s -> touches(s, incident))
                    .min(Comparator.comparingLong(reach::get).thenComparingInt(freedoms::indexOf))
                    .ifPresent(s -> assigned.get(s).add(incident));
        }
        return assigned;
    }

    private static boolean touches(TemplateDefinition.SectionSpec section, IncidentDocument incident) {
        return incident.rights() != null && incident.rights().stream().anyMatch(section.rights()::contains);
    }

    private String subtitle(Run run) {
        List<String> parts = new ArrayList<>();
        parts.add(run.text.period(run.request.from(), run.request.to()));
        if (run.request.place() != null) {
            String name = vocabularies.places().stream().filter(p -> p.code().equals(run.request.place())).findFirst()
                    .map(p -> p.names().in(run.language())).orElse(run.request.place());
            parts.add(run.text.place(name));
        }
        parts.add(run.publicAudience() ? run.text.publicEdition() : run.text.internalEdition());
        return String.join(" · ", parts);
    }

    private Section summary(Run run, TemplateDefinition.SectionSpec spec, TemplateDefinition template,
                            Map<TemplateDefinition.SectionSpec, List<IncidentDocument>> byFreedom) {
        List<Block> blocks = new ArrayList<>(textOf(spec, run));
        List<String> covered = template.sections().stream().filter(s -> "freedom".equals(s.kind()))
                .map(s -> s.heading(run.language())).toList();
        if (!covered.isEmpty()) {
            blocks.add(Paragraph.of(run.text.coverage(String.join("; ", covered))));
        }
        statistics.summary(run).ifPresent(blocks::add);
        List<Paragraph> concerns = new ArrayList<>();
        byFreedom.forEach((section, incidents) -> {
            List<String> top = keyConcerns(run, incidents).stream().limit(4).toList();
            if (!top.isEmpty()) {
                concerns.add(new Paragraph(List.of(new Text(section.heading(run.language()) + ": ", true),
                        new Text(String.join(", ", top), false))));
            }
        });
        if (!concerns.isEmpty()) {
            blocks.add(new Bullets(concerns));
        }
        if (run.publicAudience()) {
            blocks.add(Paragraph.of(run.text.withheldNote()));
        }
        return new Section(1, spec.heading(run.language()), blocks);
    }

    private List<Section> freedom(Run run, TemplateDefinition.SectionSpec spec, List<IncidentDocument> incidents) {
        List<Section> sections = new ArrayList<>();
        List<Block> blocks = new ArrayList<>(textOf(spec, run));
        List<String> concerns = keyConcerns(run, incidents);
        if (!concerns.isEmpty()) {
            blocks.add(new Paragraph(List.of(new Text(run.text.keyConcerns(), true), new Text(String.join(", ", concerns) + ".", false))));
        }
        if (incidents.isEmpty()) {
            blocks.add(Paragraph.of(run.text.noIncidents()));
        }
        if ("incidents".equals(spec.layout())) {
            sections.add(new Section(1, spec.heading(run.language()), blocks));
            for (IncidentDocument incident : incidents) {
                sections.add(new Section(2, run.in(incident.title()), List.of(incidentParagraph(run, incident, false))));
            }
        } else {
            if (!incidents.isEmpty()) {
                blocks.add(new Bullets(incidents.stream().map(i -> incidentParagraph(run, i, true)).toList()));
            }
            sections.add(new Section(1, spec.heading(run.language()), blocks));
        }
        if (spec.closesWithRecommendations()) {
            List<Block> recommended = recommendationBlocks(run, spec.rights());
            if (!recommended.isEmpty()) {
                sections.add(new Section(2, run.text.recommendations(), recommended));
            }
        }
        return sections;
    }

    /** The incident's date and title (bold in a list of cases), what happened, to whom, and its sources. */
    private Paragraph incidentParagraph(Run run, IncidentDocument incident, boolean withTitle) {
        List<Span> spans = new ArrayList<>();
        String date = capitalized(run.text.date(incident.date(), incident.datePrecision()));
        if (withTitle) {
            spans.add(new Text(date + ": " + run.in(incident.title()) + ".", true));
            spans.add(new Text(" ", false));
        } else {
            spans.add(new Text(date + ". ", true));
        }
        String narrative = run.in(incident.narrative());
        if (narrative != null && !narrative.isBlank()) {
            spans.add(new Text(narrative.strip(), false));
        }
        spans.addAll(run.cite(incident.sources()));
        List<String> affected = affected(run, incident);
        if (!affected.isEmpty()) {
            spans.add(new Text(" " + run.text.victims() + String.join(", ", affected) + ".", false));
        }
        return new Paragraph(spans);
    }

    private List<String> affected(Run run, IncidentDocument incident) {
        List<String> names = new ArrayList<>();
        for (IncidentDocument.Victim victim : incident.victims() == null ? List.<IncidentDocument.Victim>of() : incident.victims()) {
            String name = victim.withheld() != null ? victim.withheld()
                    : victim.person() != null ? run.person(victim.person())
                    : victim.organization() != null ? run.organization(victim.organization()) : null;
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The types of the incidents, most frequent first: what the section is chiefly about. */
    private static List<String> keyConcerns(Run run, List<IncidentDocument> incidents) {
        Map<String, Long> frequency = incidents.stream().flatMap(i -> i.types() == null ? java.util.stream.Stream.<String>empty()
                : i.types().stream()).collect(Collectors.groupingBy(t -> t, LinkedHashMap::new, Collectors.counting()));
        return frequency.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(6).map(e -> run.termLabel("incident_type", e.getKey())).toList();
    }

    private Section allRecommendations(Run run, TemplateDefinition.SectionSpec spec, TemplateDefinition template) {
        List<Block> blocks = new ArrayList<>(textOf(spec, run));
        for (var freedom : template.sections().stream().filter(s -> "freedom".equals(s.kind())).toList()) {
            List<Block> recommended = recommendationBlocks(run, freedom.rights());
            if (!recommended.isEmpty()) {
                blocks.add(new Paragraph(List.of(new Text(freedom.heading(run.language()), true))));
                blocks.addAll(recommended);
            }
        }
        return new Section(1, spec.heading(run.language()), blocks);
    }

    /** The recommendations on {@code rights} the reader may see, grouped by the body they are addressed to. */
    private List<Block> recommendationBlocks(Run run, List<String> rights) {
        Map<String, List<Paragraph>> byBody = new LinkedHashMap<>();
        for (RecommendationDocument r : recommendations.list(rights)) {
            String body = r.addressee() != null ? run.organization(r.addressee()) : r.addresseeText();
            byBody.computeIfAbsent(body == null ? "" : body, b -> new ArrayList<>()).add(Paragraph.of(run.in(r.text())));
        }
        List<Block> blocks = new ArrayList<>();
        byBody.forEach((body, items) -> {
            blocks.add(Paragraph.of(body.isEmpty() ? run.text.authoritiesShould() : run.text.addressedTo(body)));
            blocks.add(new Bullets(items));
        });
        return blocks;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static List<Block> textOf(TemplateDefinition.SectionSpec spec, Run run) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : spec.text(run.language()).split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                blocks.add(Paragraph.of(paragraph.strip()));
            }
        }
        return blocks;
    }

}
