package org.kuzet.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.kuzet.names.NameKeys;
import org.kuzet.names.NameSimilarity;
import org.kuzet.names.OrganizationWords;

/**
 * How well two written names agree, as a score in [0, 1] and the way they matched. The scale is read against
 * the default threshold 0.8: a transliteration variant, a reordering, a slip in a long word or an added
 * patronymic pass it; one shared word with the others different (a shared surname, different first names), or a
 * lone surname, does not.
 *
 * @param how   identical_latin, same_skeleton, same_words_reordered, spelling_slip, extra_words, one_word_only,
 *              acronym, shared_word_other_words_differ or no_shared_word
 * @param first the name of the first record that matched best
 * @param second the name of the second record that matched best
 */
record NameMatch(double score, String how, String first, String second) {

    static final NameMatch NONE = new NameMatch(0, "no_shared_word", "", "");

    /** The best match between any name of one record and any name of the other. */
    static NameMatch best(List<String> firstNames, List<String> secondNames, boolean organizations) {
        return best(firstNames, secondNames, organizations, null);
    }

    /**
     * The same, remembering each comparison of two names in {@code compared} (when given): scoring the candidate pairs
     * of many records compares the same two names again and again (namesakes, one family's spellings).
     */
    static NameMatch best(List<String> firstNames, List<String> secondNames, boolean organizations,
                          java.util.Map<List<String>, NameMatch> compared) {
        NameMatch best = NONE;
        for (String a : firstNames) {
            for (String b : secondNames) {
                NameMatch m = compared == null ? compare(a, b, organizations)
                        : compared.computeIfAbsent(List.of(a, b), both -> compare(both.get(0), both.get(1), organizations));
                if (m.score > best.score) {
                    best = m;
                }
            }
        }
        return best;
    }

    static NameMatch compare(String a, String b) {
        return compare(a, b, false);
    }

    /**
     * Compares two names; organisations also match an abbreviation against the initials of a full name. A hyphen
     * may join two words (Utepova-Nurlanovna) or belong to one: both readings are tried.
     */
    static NameMatch compare(String a, String b, boolean organizations) {
        NameMatch joined = compareWritten(a, b, organizations);
        if (joined.score < 1 && (a.indexOf('-') >= 0 || b.indexOf('-') >= 0)) {
            NameMatch split = compareWritten(a.replace('-', ' '), b.replace('-', ' '), organizations);
            if (split.score > joined.score) {
                return new NameMatch(split.score, split.how, a, b);
            }
        }
        return joined;
    }

    private static NameMatch compareWritten(String a, String b, boolean organizations) {
        String la = NameKeys.latin(a);
        String lb = NameKeys.latin(b);
        if (la.isEmpty() || lb.isEmpty()) {
            return NONE;
        }
        if (la.equals(lb)) {
            return new NameMatch(1, "identical_latin", a, b);
        }
        List<Set<String>> ra = NameKeys.readings(a);
        List<Set<String>> rb = NameKeys.readings(b);
        if (ra.isEmpty() || rb.isEmpty()) {
            return NONE;
        }
        if (ra.size() == rb.size() && sameInOrder(ra, rb)) {
            return new NameMatch(0.95, "same_skeleton", a, b);
        }
        List<String> ta = NameKeys.tokens(a);
        List<String> tb = NameKeys.tokens(b);
        if (organizations) {
            String joinedA = String.join("", ta);
            String joinedB = String.join("", tb);
            String acronymA = NameSimilarity.acronym(a);
            String acronymB = NameSimilarity.acronym(b);
            if (ta.size() == 1 && joinedA.equals(acronymB) || tb.size() == 1 && joinedB.equals(acronymA)
                    || ta.size() == 1 && abbreviates(la, b) || tb.size() == 1 && abbreviates(lb, a)) {
                return new NameMatch(0.85, "acronym", a, b);
            }
            if (ta.size() > 1 && tb.size() > 1 && translated(a, b)) {
                return new NameMatch(0.9, "same_words_translated", a, b);
            }
        }
        // the words of the shorter name matched to those of the longer; with as many words on both sides, from
        // either side, so that the score of (a, b) is the score of (b, a)
        Words words = ra.size() < rb.size() ? Words.match(ra, rb) : rb.size() < ra.size() ? Words.match(rb, ra)
                : Words.better(Words.match(ra, rb), Words.match(rb, ra));
        if (words.unmatched == 0) {
            boolean sameLength = ra.size() == rb.size();
            if (sameLength && words.slips == 0) {
                return new NameMatch(0.9, "same_words_reordered", a, b);
            }
            if (organizations && !sameLength) {
                // "Council of Europe" is in "Parliamentary Assembly of the Council of Europe", "Atajurt Foundation" in
                // "Nagyz Atajurt Foundation": a name inside a longer one is another body, unless the longer one only
                // adds what kind of body it is ("Atajurt" and "Atajurt Foundation")
                return onlyKindWordsAdded(a, b)
                        ? new NameMatch(words.slips == 0 ? 0.85 : 0.8, "extra_words", a, b)
                        : new NameMatch(0.5, "contained_in_longer_name", a, b);
            }
            if (words.matched == 1 && !sameLength) {
                return new NameMatch(0.5, "one_word_only", a, b);
            }
            if (sameLength) {
                double score = words.exact == 0 && words.matched > 1 ? 0.7 : 0.9 - 0.05 * (words.slips - 1);
                return new NameMatch(score, "spelling_slip", a, b);
            }
            return new NameMatch(words.slips == 0 ? 0.85 : 0.8, "extra_words", a, b);
        }
        if (words.exact + words.slips > 0) {
            return new NameMatch(0.3, "shared_word_other_words_differ", a, b);
        }
        return new NameMatch(0.5 * NameSimilarity.trigramSimilarity(String.join(" ", ta), String.join(" ", tb)),
                "no_shared_word", a, b);
    }

    /**
     * Whether {@code abbreviation} (one word, in Latin letters) is the initials of {@code name} in one of the languages
     * its words translate into (DCK, DVK, ДВК for "Democratic Choice of Kazakhstan"), or, when every word of the name
     * is one {@link OrganizationWords} knows, those initials in another order (a Kazakh name puts the country first).
     */
    private static boolean abbreviates(String abbreviation, String name) {
        Set<String> acronyms = OrganizationWords.acronyms(name);
        if (abbreviation.length() < 2 || acronyms.isEmpty()) {
            return false;
        }
        if (acronyms.contains(abbreviation)) {
            return true;
        }
        return abbreviation.length() >= 3 && OrganizationWords.allKnown(name)
                && acronyms.stream().anyMatch(a -> OrganizationWords.sortedLetters(a)
                        .equals(OrganizationWords.sortedLetters(abbreviation)));
    }

    /** Whether two names of several words say the same words in other languages, in any order. */
    private static boolean translated(String a, String b) {
        if (!OrganizationWords.anyKnown(a)) {
            return false; // no word the list knows: the usual comparison decides
        }
        List<String> ca = new ArrayList<>(OrganizationWords.concepts(a));
        List<String> cb = new ArrayList<>(OrganizationWords.concepts(b));
        Collections.sort(ca);
        Collections.sort(cb);
        return ca.equals(cb);
    }

    /** Whether the longer of two names only adds words saying what kind of body it is (foundation, movement). */
    private static boolean onlyKindWordsAdded(String a, String b) {
        List<String> ca = OrganizationWords.concepts(a);
        List<String> cb = OrganizationWords.concepts(b);
        List<String> longer = new ArrayList<>(ca.size() >= cb.size() ? ca : cb);
        for (String c : ca.size() >= cb.size() ? cb : ca) {
            longer.remove(c);
        }
        return longer.stream().allMatch(OrganizationWords::generic);
    }

    /** Whether the words agree one by one, in the order written: a reading of each is a reading of the other. */
    private static boolean sameInOrder(List<Set<String>> a, List<Set<String>> b) {
        for (int i = 0; i < a.size(); i++) {
            if (Collections.disjoint(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** How the words of one name were found among the words of another: equal, with a slip, or not at all. */
    private record Words(int matched, int exact, int slips, int unmatched) {

        /** Each word of {@code shorter} matched to a word of {@code longer}: first the equal ones, then by a slip. */
        static Words match(List<Set<String>> shorter, List<Set<String>> longer) {
            List<Set<String>> free = new ArrayList<>(longer);
            List<Set<String>> unmatched = new ArrayList<>();
            int exact = 0;
            for (Set<String> word : shorter) {
                Set<String> same = free.stream().filter(other -> !Collections.disjoint(word, other)).findFirst().orElse(null);
                if (same != null) {
                    free.remove(same);
                    exact++;
                } else {
                    unmatched.add(word);
                }
            }
            int slips = 0;
            for (Set<String> word : List.copyOf(unmatched)) {
                Set<String> near = free.stream().filter(other -> slip(word, other)).findFirst().orElse(null);
                if (near != null) {
                    free.remove(near);
                    unmatched.remove(word);
                    slips++;
                }
            }
            return new Words(exact + slips, exact, slips, unmatched.size());
        }

        /** The match with fewer words left over, then more words equal. */
        static Words better(Words one, Words other) {
            if (one.unmatched != other.unmatched) {
                return one.unmatched < other.unmatched ? one : other;
            }
            return one.exact >= other.exact ? one : other;
        }

        private static boolean slip(Set<String> word, Set<String> other) {
            for (String a : word) {
                for (String b : other) {
                    if (NameSimilarity.sameWordWithSlip(a, b)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
