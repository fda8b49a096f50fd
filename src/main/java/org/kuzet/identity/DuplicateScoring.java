package org.kuzet.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

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

    /** The score with the best match of their names already known, with its reasons. */
    static Scored score(Subject subject, Facts a, Facts b, NameMatch names) {
        Tally tally = new Tally(new ArrayList<>());
        walk(subject, a, b, names, tally);
        return new Scored(tally.score(), List.copyOf(tally.reasons));
    }

    /**
     * The same score without its reasons, for scoring millions of candidate pairs when writing: no detail is
     * written out, since none is kept (the queue scores a pair's reasons again when it shows them).
     */
    static double scoreOnly(Subject subject, Facts a, Facts b, NameMatch names) {
        Tally tally = new Tally(null);
        walk(subject, a, b, names, tally);
        return tally.score();
    }

    /**
     * The contributions to a score, summed in the order they come, each as its reason counts it; the reasons
     * themselves (and their details) are kept only when asked for.
     */
    private static final class Tally {

        private final List<Reason> reasons;
        private double sum;

        Tally(List<Reason> reasons) {
            this.reasons = reasons;
        }

        void add(String code, double weight, boolean conflict, Supplier<String> detail) {
            if (reasons == null) {
                sum += Reason.rounded(weight);
                return;
            }
            Reason reason = conflict ? Reason.conflict(code, weight, detail.get()) : Reason.of(code, weight, detail.get());
            reasons.add(reason);
            sum += reason.weight();
        }

        /** The sum kept within [0, 1]. */
        double score() {
            return Math.round(Math.max(0, Math.min(1, sum)) * 1000) / 1000.0;
        }
    }

    /** Every contribution to the pair's score, in order. */
    private static void walk(Subject subject, Facts a, Facts b, NameMatch names, Tally to) {
        to.add("name_" + names.how(), names.score(), names.how().equals("shared_word_other_words_differ"),
                () -> "'" + names.first() + "' ~ '" + names.second() + "'");
        if (subject == Subject.PERSON) {
            personFacts(a, b, to);
        } else {
            organizationFacts(a, b, to);
        }
    }

    private static void personFacts(Facts a, Facts b, Tally to) {
        if (a.birthYear() != null && b.birthYear() != null) {
            if (a.birthYear().equals(b.birthYear())) {
                to.add("same_birth_year", 0.1, false, () -> a.birthYear().toString());
            } else {
                to.add("different_birth_years", -0.4, true, () -> a.birthYear() + " / " + b.birthYear());
            }
        }
        if (known(a.gender()) && known(b.gender()) && !a.gender().equals(b.gender())) {
            to.add("different_genders", -0.4, true, () -> a.gender() + " / " + b.gender());
        }
        place(a, b, to);
        shared("shared_roles", 0.02, a.roles(), b.roles(), 0.04, to);
        shared("shared_incidents", 0.1, a.incidents(), b.incidents(), 0.15, to);
        shared("shared_organizations", 0.05, a.organizations(), b.organizations(), 0.1, to);
        shared("shared_legal_cases", 0.1, a.cases(), b.cases(), 0.15, to);
    }

    private static void organizationFacts(Facts a, Facts b, Tally to) {
        if (a.kind() != null && b.kind() != null) {
            if (a.kind().equals(b.kind())) {
                to.add("same_kind", 0.05, false, a::kind);
            } else {
                to.add("different_kinds", -0.2, true, () -> a.kind() + " / " + b.kind());
            }
        }
        place(a, b, to);
        shared("shared_status_history", 0.1, a.statuses(), b.statuses(), 0.15, to);
    }

    private static void place(Facts a, Facts b, Tally to) {
        if (a.place() != null && b.place() != null) {
            if (a.place().equals(b.place())) {
                to.add("same_place", 0.05, false, a::place);
            } else {
                to.add("different_places", -0.2, true, () -> a.place() + " / " + b.place());
            }
        }
    }

    /** {@code each} per shared item, at most {@code most}; the shared items are listed only for a kept reason. */
    private static void shared(String code, double each, Set<String> a, Set<String> b, double most, Tally to) {
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int count = 0;
        for (String item : smaller) {
            if (larger.contains(item)) {
                count++;
            }
        }
        if (count > 0) {
            to.add(code, Math.min(most, each * count), false, () -> {
                Set<String> both = new TreeSet<>(a);
                both.retainAll(b);
                return String.join(", ", both);
            });
        }
    }

    private static boolean known(String gender) {
        return gender != null && !gender.equals("unknown");
    }
}
