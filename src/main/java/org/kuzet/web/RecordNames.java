package org.kuzet.web;

import java.util.Collection;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.organization.Organizations;
import org.kuzet.person.Persons;
import org.kuzet.source.Sources;
import org.springframework.stereotype.Component;

/** Reads the {@link Names} of the persons, organisations, sources and cases a page refers to, from their features. */
@Component
class RecordNames {

    private final Persons persons;
    private final Organizations organizations;
    private final Sources sources;
    private final LegalCases cases;

    RecordNames(Persons persons, Organizations organizations, Sources sources, LegalCases cases) {
        this.persons = persons;
        this.organizations = organizations;
        this.sources = sources;
        this.cases = cases;
    }

    Names of(Collection<String> personKeys, Collection<String> organizationKeys, Collection<String> sourceKeys,
             Collection<String> caseKeys) {
        return new Names(persons.namesOf(personKeys), organizations.namesOf(organizationKeys),
                sources.summariesOf(sourceKeys), cases.summariesOf(caseKeys));
    }
}
