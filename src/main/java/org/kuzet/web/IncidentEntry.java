package org.kuzet.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.incident.Incidents;
import org.kuzet.person.PersonDocument;
import org.kuzet.person.Persons;
import org.kuzet.shared.Checker;
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

    IncidentEntry(Incidents incidents, Persons persons) {
        this.incidents = incidents;
        this.persons = persons;
    }

    /** The key of the recorded incident; {@link InvalidInputException} with every problem found, else. */
    @Transactional
    public String record(IncidentForm form, Long userId) {
        List<Problem> problems = new ArrayList<>();
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
        Checker check = Checker.root();
        IncidentDocument doc = form.toDocument(newKeys, check);
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
