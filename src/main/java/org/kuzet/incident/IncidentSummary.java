package org.kuzet.incident;

import java.util.List;
import org.kuzet.shared.LocalizedText;
import org.kuzet.vocabulary.Labels;

/** An incident as a line of a list: enough to recognise it and open it. */
public record IncidentSummary(long id, String key, int version, LocalizedText title, String date, String datePrecision,
                              Labels place, List<Labels> types, String reviewStatus, String confidentiality) {
}
