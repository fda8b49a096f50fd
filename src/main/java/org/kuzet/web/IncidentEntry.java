package org.kuzet.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.incident.Incidents;
import org.kuzet.person.PersonDocument;
import org.kuzet.person.Persons;
import org.kuzet.shared.Checker;
import org.kuzet.shared.LocalizedText;
import org.kuzet.organization.Organizations;
import org.kuzet.source.Citation;
import org.kuzet.source.Sources;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Problem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what the entry form describes in one transaction: the new victims as persons, then the incident naming
 * them with the picked persons, organisations and sources. Any problem anywhere undoes all of it.
 */
@Component
class IncidentEntry {

    private final Incidents incidents;
    private final Persons persons;
    private final Sources sources;
    private final Organizations organizations;

    IncidentEntry(Incidents incidents, Persons persons, Sources sources, Organizations organizations) {
        this.incidents = incidents;
        this.persons = persons;
        this.sources = sources;
        this.organizations = organizations;
    }

    /** The key of the recorded incident; {@link InvalidInputException} with every problem found, else. */
    @Transactional
    public String record(IncidentForm form, Long userId) {
        List<Problem> problems = new ArrayList<>();
        List<String> newKeys = newVictims(form, userId, problems);
        String newOrganization = newOrganization(form, userId, problems);
        String newSource = newSource(form, userId, problems);
        Checker check = Checker.root();
        IncidentDocument doc = form.toDocument(newKeys, newOrganization, newSource, check);
        problems.addAll(check.problems());
        String key = null;
        try {
            key = incidents.create(doc, userId).key();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return key;
    }

    /**
     * Saves the edited form over the stored incident {@code key}, if it is still at {@code version} (else
     * {@link org.kuzet.shared.StaleVersionException}). What the form does not show is kept as stored. Any problem
     * undoes all of it, the new victims too.
     */
    @Transactional
    public void update(String key, IncidentForm form, Integer version, Long userId) {
        IncidentDocument stored = incidents.get(key);
        List<Problem> problems = new ArrayList<>();
        List<String> newKeys = newVictims(form, userId, problems);
        String newOrganization = newOrganization(form, userId, problems);
        String newSource = newSource(form, userId, problems);
        Checker check = Checker.root();
        IncidentDocument edited = form.toDocument(newKeys, newOrganization, newSource, check);
        problems.addAll(check.problems());
        try {
            incidents.update(key, merged(stored, edited, form.language(), version), userId);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Records the new organisation the form names, if any; its key, or null. Its problems are newOrganization's. */
    private String newOrganization(IncidentForm form, Long userId, List<Problem> problems) {
        if (!form.hasNewOrganization()) {
            return null;
        }
        try {
            return organizations.create(form.newOrganization(), userId).key();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(new Problem("$.newOrganization", p.path().replaceFirst("^\\$\\.", "")
                    + ": " + p.message())));
            return null;
        }
    }

    /** Records the new source the form describes, if any; its key, or null. Its problems are the field newSource's. */
    private String newSource(IncidentForm form, Long userId, List<Problem> problems) {
        if (!form.hasNewSource()) {
            return null;
        }
        try {
            return sources.create(form.newSource(), userId).key();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(new Problem("$.newSource", p.message())));
            return null;
        }
    }

    /** Records each new victim's name as a person; their keys, in order. */
    private List<String> newVictims(IncidentForm form, Long userId, List<Problem> problems) {
        List<String> newKeys = new ArrayList<>();
        List<String> names = form.newVictimNames();
        for (int i = 0; i < names.size(); i++) {
            try {
                // a new victim starts internal: who may be named publicly is decided on the person's own record
                newKeys.add(persons.create(new PersonDocument(null, null, null, names.get(i), null, null, null, null, null,
                        null, null, null, null, null, "internal", null, null, null), userId).key());
            } catch (InvalidInputException e) {
                int line = i;
                e.problems().forEach(p -> problems.add(new Problem("$.newVictims[" + line + "]", p.message())));
            }
        }
        return newKeys;
    }

    /**
     * The stored incident with what the form edits replaced: the texts in the form's language (other translations
     * kept), the first perpetrator's kind and the first article (the others kept), victims' notes and citations'
     * claims and locators kept for the records still named, and the fields the form does not show (testimony, end
     * date, coordinates, event, legal cases) as stored.
     */
    static IncidentDocument merged(IncidentDocument stored, IncidentDocument edited, String language, Integer version) {
        Map<String, String> notes = new HashMap<>();
        for (IncidentDocument.Victim v : list(stored.victims())) {
            if (v.note() != null) {
                notes.put(v.person() != null ? "p:" + v.person() : "o:" + v.organization(), v.note());
            }
        }
        List<IncidentDocument.Victim> victims = list(edited.victims()).stream().map(v -> new IncidentDocument.Victim(
                v.person(), v.organization(),
                notes.get(v.person() != null ? "p:" + v.person() : "o:" + v.organization()))).toList();
        Map<String, Citation> citations = new HashMap<>();
        list(stored.sources()).forEach(c -> citations.putIfAbsent(c.source(), c));
        List<Citation> sources = list(edited.sources()).stream()
                .map(c -> citations.getOrDefault(c.source(), c)).toList();
        List<IncidentDocument.Perpetrator> perpetrators = new ArrayList<>(list(stored.perpetrators()));
        IncidentDocument.Perpetrator kind = list(edited.perpetrators()).isEmpty() ? null : edited.perpetrators().getFirst();
        if (perpetrators.isEmpty()) {
            if (kind != null) {
                perpetrators.add(kind);
            }
        } else if (kind == null) {
            perpetrators.removeFirst();
        } else {
            IncidentDocument.Perpetrator first = perpetrators.getFirst();
            perpetrators.set(0, new IncidentDocument.Perpetrator(kind.kind(), first.organization(), first.person(),
                    first.description()));
        }
        List<IncidentDocument.Article> articles = new ArrayList<>(list(stored.articles()));
        IncidentDocument.Article article = list(edited.articles()).isEmpty() ? null : edited.articles().getFirst();
        if (articles.isEmpty()) {
            if (article != null) {
                articles.add(article);
            }
        } else if (article == null) {
            articles.removeFirst();
        } else {
            articles.set(0, article);
        }
        return new IncidentDocument(null, version, stored.key(), text(stored.title(), language, edited.title()),
                text(stored.narrative(), language, edited.narrative()), stored.testimony(), edited.date(),
                edited.datePrecision(), stored.endDate(), stored.endDatePrecision(), edited.place(), edited.placeDetail(),
                stored.latitude(), stored.longitude(), stored.event(), edited.types(), edited.rights(), victims,
                edited.victimCount(), perpetrators, articles, stored.legalCases(), edited.confidentiality(),
                edited.reviewStatus(), sources, null, null);
    }

    /** The stored text with the one in {@code language} replaced by what the form says (removed when blank). */
    private static LocalizedText text(LocalizedText stored, String language, LocalizedText edited) {
        Map<String, String> texts = new TreeMap<>(stored == null ? Map.of() : stored.texts());
        String value = edited == null ? null : edited.texts().get(language);
        if (value == null) {
            texts.remove(language);
        } else {
            texts.put(language, value);
        }
        if (texts.isEmpty()) {
            return null;
        }
        String original = stored != null && texts.containsKey(stored.original()) ? stored.original()
                : texts.containsKey(language) ? language : texts.keySet().iterator().next();
        return new LocalizedText(original, texts);
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The first problem of each field of the form, by the form's field names. */
    static Map<String, String> byField(List<Problem> problems, int pickedVictims) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Problem p : problems) {
            fields.putIfAbsent(field(p.path(), pickedVictims), p.message());
        }
        return fields;
    }

    static String field(String path, int pickedVictims) {
        String rest = path.startsWith("$.") ? path.substring(2) : path;
        String top = rest.split("[.\\[]", 2)[0];
        return switch (top) {
            case "datePrecision", "endDate", "endDatePrecision" -> "date";
            case "victimCount" -> "countValue";
            case "articles" -> "article";
            case "perpetrators" -> "perpetrator";
            case "victims" -> victimField(rest, pickedVictims);
            default -> top;
        };
    }

    /** A problem with a victim is shown at the picked persons, the new names or the organisations. */
    private static String victimField(String path, int pickedVictims) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("victims\\[(\\d+)]\\.(person|organization)").matcher(path);
        if (m.lookingAt()) {
            return "organization".equals(m.group(2)) ? "organizations"
                    : Integer.parseInt(m.group(1)) < pickedVictims ? "victims" : "newVictims";
        }
        return "victims";
    }
}
