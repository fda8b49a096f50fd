package org.kuzet.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How alike two name keys are, beyond equality: edit distance between word skeletons, trigram overlap of whole
 * names, and the acronym of a multi-word name ("Демократический выбор Казахстана" → "dvk"). Pure functions over
 * the output of {@link NameKeys}.
 */
public final class NameSimilarity {

    // Words an acronym skips: "Democratic Choice of Kazakhstan" is DCK.
    private static final Set<String> CONNECTIVES = Set.of("of", "the", "and", "for", "in", "on", "i", "v", "na", "po",
            "dlia", "za", "zhane", "ve", "pri");

    private NameSimilarity() {
    }

    /** Levenshtein distance between two strings. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Whether two word skeletons are spellings of one word despite a slip: one edit in a word of six letters or
     * more (Bokayev/Bokaev), two in one of ten or more. Short words must be equal — Marat and Murat are two names.
     * A surname and its feminine form (Abishev/Abisheva) are never one word.
     */
    public static boolean sameWordWithSlip(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (feminineOf(a, b) || feminineOf(b, a)) {
            return false;
        }
        if (russifiedOf(a, b) || russifiedOf(b, a)) {
            return true;
        }
        // A word that is another plus an ending is another name: Gulnar/Gulnara, Dinar/Dinara.
        if (a.startsWith(b) || b.startsWith(a)) {
            return false;
        }
        int shorter = Math.min(a.length(), b.length());
        int allowed = shorter >= 10 ? 2 : shorter >= 6 ? 1 : 0;
        return allowed > 0 && distance(a, b) <= allowed;
    }

    /** Whether {@code russified} is the Kazakh surname {@code kazakh} with a Russian ending (Ayan/Ayanov, Mamay/Mamayev). */
    public static boolean russifiedOf(String kazakh, String russified) {
        return kazakh.length() >= 3 && (russified.equals(kazakh + "ov") || russified.equals(kazakh + "ev")
                || russified.equals(kazakh + "iev"));
    }

    /** Whether {@code feminine} is the feminine form of the surname {@code masculine} (-ov/-ova, -in/-ina, -ii/-aia). */
    public static boolean feminineOf(String masculine, String feminine) {
        if (feminine.equals(masculine + "a")) {
            return masculine.endsWith("ov") || masculine.endsWith("ev") || masculine.endsWith("in")
                    || masculine.endsWith("iev") || masculine.endsWith("ёв");
        }
        return masculine.endsWith("ii") && feminine.equals(masculine.substring(0, masculine.length() - 2) + "aia");
    }

    /** Trigram overlap (Jaccard) of two keys, padded like PostgreSQL's pg_trgm: 1 equal, 0 nothing shared. */
    public static double trigramSimilarity(String a, String b) {
        Set<String> ta = trigrams(a);
        Set<String> tb = trigrams(b);
        if (ta.isEmpty() && tb.isEmpty()) {
            return 1;
        }
        Set<String> shared = new HashSet<>(ta);
        shared.retainAll(tb);
        return (double) shared.size() / (ta.size() + tb.size() - shared.size());
    }

    private static Set<String> trigrams(String key) {
        Set<String> grams = new HashSet<>();
        for (String word : key.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }

    /**
     * The initials of a name of two or more words, connectives skipped, from its Latin transliteration; "" for a
     * single word. "Демократический выбор Казахстана" and "ДВК" give "dvk".
     */
    public static String acronym(String name) {
        List<String> words = new ArrayList<>();
        for (String word : NameKeys.latin(name).split(" ")) {
            if (!word.isEmpty() && !CONNECTIVES.contains(word)) {
                words.add(word);
            }
        }
        if (words.size() < 2) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        words.forEach(w -> initials.append(w.charAt(0)));
        return initials.toString();
    }
}
