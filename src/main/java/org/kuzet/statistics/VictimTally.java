package org.kuzet.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts the persons behind a set of incidents honestly, and says how exact the total is. This is the one definition
 * of the rule: the statistics, their records lists, the pages, the reports and the command line all take their
 * numbers and their wording from it.
 *
 * <h2>Who is counted</h2>
 * <ul>
 *   <li><b>Named victims</b> are persons: each counts once however many incidents name them.</li>
 *   <li><b>Only a count of persons counts persons.</b> "12 NGOs were inspected" (unit {@code organizations}) and
 *       "30 detentions" where the report does not say of whom (unit {@code unknown}) add no one: the incident's named
 *       persons still count.</li>
 *   <li><b>A victim count includes the named victims</b> of its incident. Monitors write "at least 20 detained,
 *       among them A and B": the 20 are the crowd, A and B are two of them. So an incident adds its named victims
 *       and then only the unnamed rest, {@code count - named}, never {@code count + named}. A named victim who is also
 *       named elsewhere is still one person.</li>
 *   <li><b>Crowds are not deduplicated</b> across incidents (nobody can tell whether the 100 of one rally were among
 *       the 200 of the next); their unnamed rest adds up.</li>
 * </ul>
 *
 * <h2>What a qualified count adds</h2>
 * With {@code n} the figure and {@code k} the named persons of the incident, the unnamed rest is:
 * <ul>
 *   <li>{@code exact}: exactly {@code n - k}.</li>
 *   <li>{@code at_least}: at least {@code n - k}, with no upper limit; {@code more_than}: at least {@code n + 1 - k}
 *       ("more than 200" is at least 201). These two are the only lower bounds.</li>
 *   <li>{@code about}: about {@code n - k}, an approximate figure, not a bound ("about 100" may be 95).</li>
 *   <li>{@code up_to}: from nothing (one person if nobody is named: something happened to someone) to
 *       {@code n - k}: an upper bound.</li>
 * </ul>
 * Never less than nothing: a count smaller than its named victims adds no one, exactly (and "about 2" with three
 * named adds nobody, not "about" nobody).
 *
 * <h2>How the total is worded</h2>
 * The least and the most of every part add up; the total is worded by what went into it:
 * <ul>
 *   <li><b>exact</b> ({@code 212}) when every count is exact, or when an "up to" is filled by the named;</li>
 *   <li><b>at least</b> ({@code at least 212}) when a lower bound went in and no "about": there is no upper limit,
 *       so an "up to" beside it changes only the lower end;</li>
 *   <li><b>between</b> ({@code between 3 and 25}) when an "up to" went in and neither a lower bound nor "about";</li>
 *   <li>with an "about" the total is approximate: <b>about</b> ({@code about 120}) with exact counts only,
 *       <b>about … or more</b> ({@code about 301 or more}) with a lower bound, <b>about … to …</b>
 *       ({@code about 101 to 150}) with an "up to".</li>
 * </ul>
 * {@link Amount} does the arithmetic and the wording; {@code value} is the lower end (or the approximate figure) and
 * {@code upTo} the upper end of a range.
 */
final class VictimTally {

    private final Set<String> persons = new TreeSet<>();
    private final Map<String, Amount> unnamedByIncident = new LinkedHashMap<>();

    /**
     * Adds an incident.
     *
     * @param incidentKey  the incident
     * @param count        its victim count, or null if none was given
     * @param qualifier    the count's qualifier ({@code exact}, {@code at_least}, {@code more_than}, {@code about},
     *                     {@code up_to}), null with no count
     * @param unit         what the count counts ({@code persons}, {@code organizations}, {@code unknown}), null with
     *                     no count
     * @param namedPersons the keys of its named victims (persons) the reader may see
     */
    void add(String incidentKey, Integer count, String qualifier, String unit, Set<String> namedPersons) {
        persons.addAll(namedPersons);
        if (count == null || !countsPersons(unit)) {
            return;
        }
        Amount unnamed = unnamed(count, qualifier, namedPersons.size());
        if (!unnamed.equals(Amount.NONE)) {
            unnamedByIncident.merge(incidentKey, unnamed, Amount::plus);
        }
    }

    private static boolean countsPersons(String unit) {
        return switch (unit) {
            case "persons" -> true;
            case "organizations", "unknown" -> false;
            default -> throw new IllegalArgumentException("unknown victim count unit " + unit);
        };
    }

    /** The unnamed rest of a count of {@code count} persons ({@code qualifier}) of whom {@code named} are named. */
    static Amount unnamed(int count, String qualifier, int named) {
        long rest = Math.max(0, count - named);
        return switch (qualifier) {
            case "exact" -> Amount.exactly(rest);
            case "at_least" -> Amount.atLeast(rest);
            case "more_than" -> Amount.atLeast(Math.max(0, count + 1L - named));
            case "about" -> rest == 0 ? Amount.NONE : Amount.about(rest);
            case "up_to" -> {
                long least = named == 0 ? 1 : 0;
                yield Amount.between(least, Math.max(least, rest));
            }
            default -> throw new IllegalArgumentException("unknown victim count qualifier " + qualifier);
        };
    }

    /** The total: the named persons, once each, and the unnamed rest of every count. */
    Amount total() {
        Amount total = Amount.exactly(persons.size());
        for (Amount unnamed : unnamedByIncident.values()) {
            total = total.plus(unnamed);
        }
        return total;
    }

    Set<String> persons() {
        return persons;
    }

    /** The incidents whose counts add unnamed persons (or could), and what each adds. */
    Map<String, Amount> unnamedByIncident() {
        return unnamedByIncident;
    }
}
