package org.kuzet.web;

import java.util.Map;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.shared.LocalizedText;
import org.kuzet.source.Sources;

/**
 * The names of the records a page refers to by key ({@link RecordNames} reads them). Only records the reader may see
 * are named; for the others the page says that the name is withheld instead of showing the key.
 */
public final class Names {

    private final Map<String, String> persons;
    private final Map<String, String> organizations;
    private final Map<String, Sources.Summary> sources;
    private final Map<String, LegalCases.Summary> cases;

    Names(Map<String, String> persons, Map<String, String> organizations, Map<String, Sources.Summary> sources,
          Map<String, LegalCases.Summary> cases) {
        this.persons = persons;
        this.organizations = organizations;
        this.sources = sources;
        this.cases = cases;
    }

    /** The person's name, or null when the reader may not see them. */
    public String person(String key) {
        return key == null ? null : persons.get(key);
    }

    public String organization(String key) {
        return key == null ? null : organizations.get(key);
    }

    public boolean hasSource(String key) {
        return key != null && sources.containsKey(key);
    }

    public LocalizedText sourceTitle(String key) {
        return hasSource(key) ? sources.get(key).title() : null;
    }

    public String sourceOutlet(String key) {
        return hasSource(key) ? sources.get(key).outlet() : null;
    }

    public String sourceUrl(String key) {
        return hasSource(key) ? sources.get(key).url() : null;
    }

    public boolean hasCase(String key) {
        return key != null && cases.containsKey(key);
    }

    public String caseNumber(String key) {
        return hasCase(key) ? cases.get(key).number() : null;
    }

    public String caseKind(String key) {
        return hasCase(key) ? cases.get(key).kind() : null;
    }

    public LocalizedText caseTitle(String key) {
        return hasCase(key) ? cases.get(key).title() : null;
    }
}
