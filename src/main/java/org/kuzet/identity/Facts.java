package org.kuzet.identity;

import java.util.List;
import java.util.Set;

/**
 * What the scoring compares of a person or an organisation: every written name, and the facts that support or
 * contradict identity. Persons use gender, birth year, roles, incidents, organisations and cases; organisations
 * kind and status history; both the place. Facts are read under the reader's clearance: hidden links do not count.
 */
record Facts(long id, String key, String name, List<String> names, String gender, Integer birthYear, String place,
             String kind, Set<String> roles, Set<String> incidents, Set<String> organizations, Set<String> cases,
             Set<String> statuses) {

    /** The primary name first, then the other written forms. */
    List<String> allNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), names.stream()).distinct().toList();
    }
}
