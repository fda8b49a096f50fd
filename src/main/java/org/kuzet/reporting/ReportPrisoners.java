package org.kuzet.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.person.PersonDocument;
import org.kuzet.person.Persons;
import org.kuzet.reporting.ReportDocument.Block;
import org.kuzet.reporting.ReportDocument.Paragraph;
import org.kuzet.reporting.ReportDocument.Section;
import org.kuzet.reporting.ReportDocument.Span;
import org.kuzet.reporting.ReportDocument.Text;
import org.kuzet.source.Citation;
import org.kuzet.statistics.PoliticalPrisoners;
import org.kuzet.statistics.PrisonerList;
import org.springframework.stereotype.Component;

/**
 * The political prisoners of a report: the list {@link PoliticalPrisoners} gives as of the period's end, each with
 * the description of their case from their record and its sources.
 */
@Component
class ReportPrisoners {

    private final PoliticalPrisoners prisoners;
    private final Persons persons;

    ReportPrisoners(PoliticalPrisoners prisoners, Persons persons) {
        this.prisoners = prisoners;
        this.persons = persons;
    }

    List<Section> sections(ReportBuilder.Run run, TemplateDefinition.SectionSpec spec) {
        var on = run.request.to();
        PrisonerList list = prisoners.asOf(on, Set.of(), run.language());
        List<Block> intro = new ArrayList<>();
        for (String paragraph : spec.text(run.language()).split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                intro.add(Paragraph.of(paragraph.strip()));
            }
        }
        intro.add(Paragraph.of(list.prisoners().isEmpty() ? run.text.noPrisoners(on) : run.text.prisonersAsOf(on)));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(1, spec.heading(run.language()), intro));
        // every listed person's record at once, not one by one (hundreds at a coalition's scale)
        Map<String, PersonDocument> records = persons.findAll(list.prisoners().stream().map(PrisonerList.Prisoner::person).toList());
        for (PrisonerList.Prisoner prisoner : list.prisoners()) {
            sections.add(new Section(2, prisoner.name(), List.of(facts(run, prisoner),
                    description(run, records.get(prisoner.person())))));
        }
        return sections;
    }

    /** Status and since when, articles, sentence, expected release: one line a reader can check at a glance. */
    private static Paragraph facts(ReportBuilder.Run run, PrisonerList.Prisoner prisoner) {
        List<String> facts = new ArrayList<>();
        String status = run.text.legalStatus(prisoner.status());
        facts.add(prisoner.since() == null ? status : status + ", " + run.text.since() + run.text.date(prisoner.since(),
                prisoner.sincePrecision()));
        if (prisoner.articles() != null && !prisoner.articles().isEmpty()) {
            facts.add(run.text.articles() + String.join(", ", prisoner.articles().stream().map(PrisonerList.Article::reference)
                    .distinct().toList()));
        }
        if (prisoner.sentenceText() != null) {
            facts.add(run.text.sentence() + prisoner.sentenceText());
        }
        if (prisoner.expectedRelease() != null) {
            facts.add(run.text.expectedRelease() + run.text.date(prisoner.expectedRelease(), prisoner.expectedReleasePrecision()));
        }
        return new Paragraph(List.of(new Text(String.join("; ", facts) + ".", true)));
    }

    /** The case as the person's record describes it, footnoted to the sources of the person and their assessments. */
    private static Paragraph description(ReportBuilder.Run run, PersonDocument person) {
        List<Span> spans = new ArrayList<>();
        if (person == null) {
            return new Paragraph(spans);
        }
        String description = run.in(person.description());
        if (description != null && !description.isBlank()) {
            spans.add(new Text(description.strip(), false));
        }
        List<Citation> citations = new ArrayList<>(person.sources() == null ? List.of() : person.sources());
        if (person.assessments() != null) {
            person.assessments().stream().filter(a -> a.sources() != null).forEach(a -> citations.addAll(a.sources()));
        }
        spans.addAll(run.cite(citations));
        return new Paragraph(spans);
    }
}
