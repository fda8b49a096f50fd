package org.kuzet.identity;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.names.NameKeys;
import org.kuzet.names.NameSimilarity;

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
        NameMatch best = NONE;
        for (String a : firstNames) {
            for (String b : secondNames) {
                NameMatch m = compare(a, b, organizations);
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
        List<String> ta = NameKeys.tokens(a);
        List<String> tb = NameKeys.tokens(b);
        if (ta.equals(tb)) {
            return new NameMatch(0.95, "same_skeleton", a, b);
        }
        if (organizations) {
            String joinedA = String.join("", ta);
            String joinedB = String.join("", tb);
            String acronymA = NameSimilarity.acronym(a);
            String acronymB = NameSimilarity.acronym(b);
            if (ta.size() == 1 && joinedA.equals(acronymB) || tb.size() == 1 && joinedB.equals(acronymA)) {
                return new NameMatch(0.85, "acronym", a, b);
            }
        }
        if (ta.stream().sorted().toList().equals(tb.stream().sorted().toList())) {
            return new NameMatch(0.9, "same_words_reordered", a, b);
        }
        List<String> shorter = ta.size() <= tb.size() ? ta : tb;
        List<String> longer = new ArrayList<>(ta.size() <= tb.size() ? tb : ta);
        int exact = 0;
        int slips = 0;
        List<String> unmatched = new ArrayList<>();
        for (String word : shorter) {
            if (longer.remove(word)) {
                exact++;
            } else {
                unmatched.add(word);
            }
        }
        for (String word : List.copyOf(unmatched)) {
            for (String other : longer) {
                if (NameSimilarity.sameWordWithSlip(word, other)) {
                    longer.remove(other);
                    unmatched.remove(word);
                    slips++;
                    break;
                }
            }
        }
        if (unmatched.isEmpty()) {
            boolean sameLength = ta.size() == tb.size();
            if (shorter.size() == 1 && !sameLength) {
                return new NameMatch(0.5, "one_word_only", a, b);
            }
            if (sameLength) {
                double score = exact == 0 && shorter.size() > 1 ? 0.7 : 0.9 - 0.05 * (slips - 1);
                return new NameMatch(score, "spelling_slip", a, b);
            }
            return new NameMatch(slips == 0 ? 0.85 : 0.8, "extra_words", a, b);
        }
        if (exact + slips > 0) {
            return new NameMatch(0.3, "shared_word_other_words_differ", a, b);
        }
        return new NameMatch(0.5 * NameSimilarity.trigramSimilarity(String.join(" ", ta), String.join(" ", tb)),
                "no_shared_word", a, b);
    }
}
