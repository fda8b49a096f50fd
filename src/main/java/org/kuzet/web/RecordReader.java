package org.kuzet.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kuzet.incident.IncidentCatalog;
import org.kuzet.legalcase.CaseDocument;
import org.kuzet.legalcase.LegalCases;
import org.springframework.stereotype.Component;

/** A person's timeline as the person page shows it: the incidents they took part in and the stages of their cases. */
@Component
class RecordReader {

    private final LegalCases cases;
    private final IncidentCatalog incidents;

    RecordReader(LegalCases cases, IncidentCatalog incidents) {
        this.cases = cases;
        this.incidents = incidents;
    }

    /** The person's incidents and the stages of their cases, in date order, the undated last. */
    List<TimelineEntry> timeline(String personKey) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (IncidentCatalog.Involvement i : incidents.ofPerson(personKey)) {
            String date = i.incident().date();
            entries.add(new TimelineEntry(date == null ? null : LocalDate.parse(date), i.incident().datePrecision(),
                    i.incident().key(), i.incident().title(), i.role(), null, null));
        }
        for (String caseKey : cases.keysOfParty(personKey)) {
            CaseDocument doc = cases.find(caseKey).orElse(null);
            if (doc == null || doc.stages() == null) {
                continue;
            }
            for (CaseDocument.StageDocument stage : doc.stages()) {
                if (stage.person() == null || stage.person().equals(personKey)) {
                    entries.add(new TimelineEntry(LocalDate.parse(stage.date()), stage.datePrecision(), null, null, null,
                            caseKey, stage));
                }
            }
        }
        // incidents whose date is unknown come last, as in every list of incidents
        entries.sort(Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TimelineEntry::order));
        return entries;
    }
}
