package org.kuzet.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The score of a pair of records as possible duplicates: the best agreement of their names ({@link NameMatch}),
 * raised by shared facts (birth year, place, roles, incidents, organisations, cases; for organisations kind,
 * place and status history) and lowered by conflicting ones (different birth years, places, genders, kinds).
 * Every contribution is a {@link Reason}, so a reviewer sees why a pair is proposed.
 */
final class DuplicateScoring {

    /** The default of the setting {@code duplicate-threshold}. */
    static final double DEFAULT_THRESHOLD = org.kuzet.security.Settings.DEFAULT_DUPLICATE_THRESHOLD;

    private DuplicateScoring() {
    }

    record Scored(double score, List<Reason> reasons) {
    }

    static Scored score(Subject subject, Facts a, Facts b) {
        return score(subject, a, b, NameMatch.best(a.allNames(), b.allNames(), subject == Subject.ORGANIZATION));
    }

    /** The score with the best match of their names already known. */
    static Scored score(Subject subject, Facts a, Facts b, NameMatch names) {
        List<Reason> reasons = new ArrayList<>();
        String detail = "'" + names.first() + "' ~ '" + names.second() + "'";
        if (names.how().equals("shared_word_other_words_differ")) {
            reasons.add(Reason.conflict("name_" + names.how(), names.score(), detail));
        } else {
            reasons.add(Reason.of("name_" + names.how(), names.score(), detail));
        }
        if (subject == Subject.PERSON) {
            personFacts(a, b, reasons);
        } else {
            organizationFacts(a, b, reasons);
        }
        double sum = reasons.stream().mapToDouble(Reason::weight).sum();
        return new Scored(Math.round(Math.max(0, Math.min(1, sum)) * 1000) / 1000.0, List.copyOf(reasons));
    }

    private static void personFacts(Facts a, Facts b, List<Reason> reasons) {
        if (a.birthYear() != null && b.birthYear() != null) {
            if (a.birthYear().equals(b.birthYear())) {
                reasons.add(Reason.of("same_birth_year", 0.1, a.birthYear().toString()));
            } else {
                reasons.add(Reason.of("different_birth_years", -0.4, a.birthYear() + " / " + b.birthYear()));
            }
        }
        if (known(a.gender()) && known(b.gender()) && !a.gender().equals(b.gender())) {
            reasons.add(Reason.of("different_genders", -0.4, a.gender() + " / " + b.gender()));
        }
        place(a, b, reasons);
        shared("shared_roles", 0.02, a.roles(), b.roles(), 0.04, reasons);
        shared("shared_incidents", 0.1, a.incidents(), b.incidents(), 0.15, reasons);
        shared("shared_organizations", 0.05, a.organizations(), b.organizations(), 0.1, reasons);
        shared("shared_legal_cases", 0.1, a.cases(), b.cases(), 0.15, reasons);
    }

    private static void organizationFacts(Facts a, Facts b, List<Reason> reasons) {
        if (a.kind() != null && b.kind() != null) {
            if (a.kind().equals(b.kind())) {
                reasons.add(Reason.of("same_kind", 0.05, a.kind()));
            } else {
                reasons.add(Reason.of("different_kinds", -0.2, a.kind() + " / " + b.kind()));
            }
        }
        place(a, b, reasons);
        shared("shared_status_history", 0.1, a.statuses(), b.statuses(), 0.15, reasons);
    }

    private static void place(Facts a, Facts b, List<Reason> reasons) {
        if (a.place() != null && b.place() != null) {
            if (a.place().equals(b.place())) {
                reasons.add(Reason.of("same_place", 0.05, a.place()));
            } else {
                reasons.add(Reason.of("different_places", -0.2, a.place() + " / " + b.place()));
            }
        }
    }

    /** {@code each} per shared item, at most {@code most}. */
    private static void shared(String code, double each, Set<String> a, Set<String> b, double most, List<Reason> reasons) {
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        if (!both.isEmpty()) {
            reasons.add(Reason.of(code, Math.min(most, each * both.size()), String.join(", ", both)));
        }
    }

    private static boolean known(String gender) {
        return gender != null && !gender.equals("unknown");
    }
}
