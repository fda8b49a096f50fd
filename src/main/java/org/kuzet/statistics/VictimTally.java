package org.kuzet.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts the persons behind a set of incidents honestly.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Named victims</b> are persons: each counts once however many incidents name them.</li>
 *   <li><b>A victim count includes the named victims</b> of its incident. Monitors write "at least 20 detained,
 *       among them A and B": the 20 are the crowd, A and B are two of them. So an incident adds its named victims
 *       and then only the unnamed rest, {@code count - named}, never {@code count + named}. A named victim who is also
 *       named elsewhere is still one person.</li>
 *   <li><b>Crowds are not deduplicated</b> across incidents (nobody can tell whether the 100 of one rally were among
 *       the 200 of the next); their unnamed rest adds up.</li>
 *   <li><b>Qualifiers</b>: {@code exact} adds exactly; every other one adds a lower bound and makes the total a lower
 *       bound ({@code atLeast}): "at least 20" adds 20, "more than 200" adds 201, "about 100" adds 100 (the figure as
 *       given: reports repeat it, and the result says "at least"), "up to 50" adds nothing beyond the named victims,
 *       or one person if none is named (up to 50 may be one).</li>
 * </ul>
 */
final class VictimTally {

    private final Set<String> persons = new TreeSet<>();
    private final Map<String, Long> unnamedByIncident = new LinkedHashMap<>();
    private boolean atLeast;

    /**
     * Adds an incident.
     *
     * @param incidentKey  the incident
     * @param count        its victim count, or null if none was given
     * @param qualifier    the count's qualifier ({@code exact}, {@code at_least}, {@code more_than}, {@code about},
     *                     {@code up_to}), null with no count
     * @param namedPersons the keys of its named victims (persons) the reader may see
     */
    void add(String incidentKey, Integer count, String qualifier, Set<String> namedPersons) {
        persons.addAll(namedPersons);
        if (count == null) {
            return;
        }
        if (!"exact".equals(qualifier)) {
            atLeast = true;
        }
        long unnamed = Math.max(0, lowerBound(count, qualifier, namedPersons.size()) - namedPersons.size());
        if (unnamed > 0) {
            unnamedByIncident.merge(incidentKey, unnamed, Long::sum);
        }
    }

    static long lowerBound(int count, String qualifier, int named) {
        return switch (qualifier) {
            case "exact", "at_least", "about" -> count;
            case "more_than" -> count + 1L;
            case "up_to" -> Math.max(1, named);
            default -> throw new IllegalArgumentException("unknown victim count qualifier " + qualifier);
        };
    }

    long value() {
        return persons.size() + unnamedByIncident.values().stream().mapToLong(Long::longValue).sum();
    }

    boolean atLeast() {
        return atLeast;
    }

    Set<String> persons() {
        return persons;
    }

    /** The incidents whose counts added unnamed persons, and how many each added. */
    Map<String, Long> unnamedByIncident() {
        return unnamedByIncident;
    }
}
