package org.kuzet.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.kuzet.incident.IncidentDocument.Victim;
import org.kuzet.legalcase.CaseDraft;
import org.kuzet.legalcase.CaseEntry;
import org.kuzet.organization.OrganizationDocument;
import org.kuzet.organization.Organizations;
import org.kuzet.person.PersonDocument;
import org.kuzet.person.Persons;
import org.kuzet.shared.Checker;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.NewRecords;
import org.kuzet.source.Sources;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and editing an incident as a monitor enters it: with the victims, organisations and sources it names
 * that are not in the record yet ({@link IncidentDraft}). Everything is checked first, each problem under its path;
 * only when nothing has a problem is anything written, in one transaction. The entry form, the API and later the
 * extraction assistant use these two operations alike.
 */
@Service
public class IncidentEntry {

    private final Incidents incidents;
    private final Persons persons;
    private final Organizations organizations;
    private final Sources sources;
    private final CaseEntry cases;

    IncidentEntry(Incidents incidents, Persons persons, Organizations organizations, Sources sources, CaseEntry cases) {
        this.cases = cases;
        this.incidents = incidents;
        this.persons = persons;
        this.organizations = organizations;
        this.sources = sources;
    }

    /**
     * Records the incident and the new records it names, all or nothing; answers the incident's key.
     *
     * @throws InvalidInputException with every problem found, each under its path (see {@link IncidentDraft})
     */
    @Transactional
    public String record(IncidentDraft draft, Long userId) {
        return record(draft, Checker.root(), userId);
    }

    /**
     * {@link #record(IncidentDraft, Long)}, where {@code check} may already hold problems of the caller's own (a
     * form's fields that did not parse): then nothing is written either, and every problem comes back at once.
     */
    @Transactional
    public String record(IncidentDraft draft, Checker check, Long userId) {
        NewRecords records = new NewRecords(incidents.references());
        return records.create(incidents, namingNewRecords(draft, records, check), check, userId);
    }

    /**
     * Replaces the stored incident {@code key} with the draft's incident, which names the version it replaces, and
     * records the new records it names; all or nothing.
     *
     * @throws InvalidInputException with every problem found, each under its path
     * @throws org.kuzet.shared.StaleVersionException when someone saved the incident since that version
     * @throws org.kuzet.shared.HiddenPartsException when the incident has parts the writer may not see
     */
    @Transactional
    public void edit(String key, IncidentDraft draft, Long userId) {
        edit(key, draft, Checker.root(), userId);
    }

    /** {@link #edit(String, IncidentDraft, Long)}, with the caller's own problems in {@code check} (see {@link #record}). */
    @Transactional
    public void edit(String key, IncidentDraft draft, Checker check, Long userId) {
        NewRecords records = new NewRecords(incidents.references());
        records.update(incidents, key, namingNewRecords(draft, records, check), check, userId);
    }

    /**
     * Opens a legal case from an incident, all or nothing: records the case (with its new defendants) and makes the
     * incident part of it, so that what the case decides reaches the incident's page and the incident the case's.
     * Answers the case's key.
     *
     * @throws InvalidInputException with every problem of the case found, each under its path
     * @throws org.kuzet.shared.HiddenPartsException when the incident has parts the writer may not see
     */
    @Transactional
    public String openCase(String incidentKey, CaseDraft draft, Checker check, Long userId) {
        IncidentDocument incident = incidents.get(incidentKey);
        String caseKey = cases.record(draft, check, userId);
        try {
            incidents.update(incidentKey, incident.partOfCase(caseKey), userId);
        } catch (InvalidInputException e) {
            // the incident's own problems (a record from before a rule) are not the case form's: say where they are
            throw InvalidInputException.of("incident", "the case could not be tied to incident '" + incidentKey
                    + "', which must be corrected first: " + e.problems().getFirst().path() + " "
                    + e.problems().getFirst().message());
        }
        return caseKey;
    }

    /**
     * A reviewer checked the incident against its sources: a draft becomes verified (a published incident stays
     * published). {@code version} is the version the reviewer read.
     *
     * @throws InvalidInputException when the version is missing, or the reader's role may not verify
     * @throws org.kuzet.shared.StaleVersionException when someone saved the incident since that version
     */
    @Transactional
    public void verify(String key, Integer version, Long userId) {
        review(key, version, ReviewStatus::verified, userId);
    }

    /** A reviewer published the incident: it reaches anonymous readers and public reports if it is public. */
    @Transactional
    public void publish(String key, Integer version, Long userId) {
        review(key, version, ReviewStatus::published, userId);
    }

    /** An incident a reviewer acts on, at the version they saw. */
    public record Reviewed(String key, Integer version) {
    }

    /**
     * Verifies several incidents at once, all or none: if someone saved one of them since the reviewer saw it
     * ({@link org.kuzet.shared.StaleVersionException} naming it), none is verified.
     */
    @Transactional
    public void verifyAll(List<Reviewed> incidents, Long userId) {
        incidents.forEach(i -> review(i.key(), i.version(), ReviewStatus::verified, userId));
    }

    /** Publishes several incidents at once, all or none, as {@link #verifyAll} verifies them. */
    @Transactional
    public void publishAll(List<Reviewed> incidents, Long userId) {
        incidents.forEach(i -> review(i.key(), i.version(), ReviewStatus::published, userId));
    }

    private void review(String key, Integer version, UnaryOperator<ReviewStatus> step, Long userId) {
        IncidentDocument stored = incidents.get(key);
        ReviewStatus now = ReviewStatus.fromCode(stored.reviewStatus()).orElse(ReviewStatus.DRAFT);
        ReviewStatus next = step.apply(now);
        if (next == now && version != null && version.equals(stored.version())) {
            return; // already there: no new version for a change that changes nothing
        }
        incidents.update(key, stored.inReview(next, version), userId);
    }

    /**
     * The draft's incident naming its new records by the keys they are given: new victims after the persons among
     * its victims, new organisations after all its victims, new sources after its citations.
     */
    private IncidentDocument namingNewRecords(IncidentDraft draft, NewRecords records, Checker check) {
        IncidentDocument incident = draft.incident();
        if (incident == null) {
            return null; // the check of the incident says that it is required
        }
        List<Victim> victims = new ArrayList<>(incident.victims() == null ? List.of() : incident.victims());
        int afterPersons = 0;
        for (int i = 0; i < victims.size(); i++) {
            if (victims.get(i) != null && victims.get(i).person() != null) {
                afterPersons = i + 1;
            }
        }
        for (int i = 0; i < draft.newVictims().size(); i++) {
            PersonDocument person = draft.newVictims().get(i);
            String key = records.add(persons, person, check.at("newVictims").at(i));
            victims.add(afterPersons++, new Victim(key, null, null));
        }
        for (int i = 0; i < draft.newOrganizations().size(); i++) {
            OrganizationDocument organization = draft.newOrganizations().get(i);
            victims.add(new Victim(null, records.add(organizations, organization, check.at("newOrganizations").at(i)), null));
        }
        return incident.withVictimsAndSources(victims,
                sources.citingNew(incident.sources(), draft.newSources(), records, check.at("newSources")));
    }
}
