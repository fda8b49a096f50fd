package org.kuzet.web;

import java.util.List;
import org.kuzet.incident.IncidentCatalog;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.organization.Organizations;
import org.kuzet.person.Persons;
import org.kuzet.source.Sources;
import org.springframework.stereotype.Component;

/** The headline counts of the record, as far as the reader may see it, each with the page that lists them. */
@Component
class Dashboard {

    private final IncidentCatalog incidents;
    private final Persons persons;
    private final Organizations organizations;
    private final LegalCases cases;
    private final Sources sources;

    Dashboard(IncidentCatalog incidents, Persons persons, Organizations organizations, LegalCases cases, Sources sources) {
        this.incidents = incidents;
        this.persons = persons;
        this.organizations = organizations;
        this.cases = cases;
        this.sources = sources;
    }

    /** How many live records of each kind, and how many incidents await review. */
    List<Headline> counts() {
        IncidentCatalog.Counts incidentCounts = incidents.counts();
        return List.of(new Headline("incidents", incidentCounts.all(), "/incidents"),
                new Headline("awaitingReview", incidentCounts.awaitingReview(), "/incidents?reviewStatus=draft"),
                new Headline("persons", persons.count(), null),
                new Headline("organizations", organizations.count(), null),
                new Headline("cases", cases.count(), null),
                new Headline("sources", sources.count(), null));
    }
}
