package org.kuzet.web;

import java.time.LocalDate;
import org.kuzet.legalcase.CaseDocument.StageDocument;
import org.kuzet.shared.LocalizedText;

/**
 * One entry of a person's timeline: an incident that befell them (or that they took part in), or a stage of
 * a legal case against them.
 */
public record TimelineEntry(LocalDate date, String precision, String incidentKey, LocalizedText incidentTitle,
                            String incidentRole, String caseKey, StageDocument stage) {

    /** The date for a time element, or null when it is unknown (an incident whose sources give none). */
    public String isoDate() {
        return date == null ? null : date.toString();
    }

    public boolean isIncident() {
        return incidentKey != null;
    }

    /** Incidents before the case stages they led to when both carry the same date. */
    int order() {
        return isIncident() ? 0 : 1;
    }
}
