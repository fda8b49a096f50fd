package org.kuzet.incident;

import java.util.List;
import org.kuzet.organization.OrganizationDocument;
import org.kuzet.person.PersonDocument;
import org.kuzet.source.SourceDocument;

/**
 * An incident as a monitor enters it in one pass: the incident, naming the records already in the record by key,
 * and the records it names that are new — victims, affected organisations, sources. {@link IncidentEntry} gives
 * the new ones their keys and adds them to the incident: the new victims after its victims, the new organisations
 * after them, the new sources after its citations.
 *
 * <p>Problems come back under these paths: the incident's own at {@code $.title}, {@code $.victims[2].person}, …;
 * a new record's at {@code $.newVictims[0].name}, {@code $.newOrganizations[0].kind}, {@code $.newSources[0].url}.
 */
public record IncidentDraft(IncidentDocument incident, List<PersonDocument> newVictims,
                            List<OrganizationDocument> newOrganizations, List<SourceDocument> newSources) {

    public IncidentDraft {
        newVictims = newVictims == null ? List.of() : List.copyOf(newVictims);
        newOrganizations = newOrganizations == null ? List.of() : List.copyOf(newOrganizations);
        newSources = newSources == null ? List.of() : List.copyOf(newSources);
    }

    /** An incident that names no new record. */
    public static IncidentDraft of(IncidentDocument incident) {
        return new IncidentDraft(incident, List.of(), List.of(), List.of());
    }
}
