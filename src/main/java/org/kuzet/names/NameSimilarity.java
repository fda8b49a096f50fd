package org.kuzet.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How alike two name keys are, beyond equality: slips between word skeletons, trigram overlap of whole
 * names, and the acronym of a multi-word name ("Демократический выбор Казахстана" → "dvk"). Pure functions over
 * the output of {@link NameKeys}.
 */
public final class NameSimilarity {

    // Words an acronym skips: "Democratic Choice of Kazakhstan" is DCK.
    private static final Set<String> CONNECTIVES = Set.of("of", "the", "and", "for", "in", "on", "i", "v", "na", "po",
            "dlia", "za", "zhane", "ve", "pri");

    private NameSimilarity() {
    }

    /**
     * Slips between two words: the fewest letters dropped, added or swapped with their neighbour (optimal string
     * alignment) that turn one into the other. A letter replaced by another counts as two (a drop and an add): a
     * hurried hand drops, doubles or swaps letters, it does not write another one, and names that differ in one
     * letter are most often two names (Sadykov/Sadyrov, Bokaev/Bokeev, Marat/Murat).
     */
    public static int slips(String a, String b) {
        return slips(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * The slips between two words when they are at most {@code limit}, else {@code limit + 1}: the same alignment,
     * given up as soon as no alignment can stay within the limit. Comparing the names of a large record's candidate
     * duplicates asks this millions of times, and almost always of two words far apart.
     */
    static int slips(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1; // each letter one has more is a slip
        }
        int[] twoBack = new int[b.length() + 1];
        int[] back = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            back[j] = j;
        }
        int backMinimum = 0;
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            int minimum = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = back[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 2);
                int best = Math.min(replace, Math.min(back[j], row[j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, twoBack[j - 2] + 1);
                }
                row[j] = best;
                minimum = Math.min(minimum, best);
            }
            // a later row costs at least this row's least, or the row before's plus a swap
            if (minimum > limit && backMinimum >= limit) {
                return limit + 1;
            }
            int[] spare = twoBack;
            twoBack = back;
            back = row;
            row = spare;
            backMinimum = minimum;
        }
        return Math.min(back[b.length()], limit + 1);
    }

    /**
     * Whether two word skeletons are spellings of one word despite a slip ({@link #slips}): two neighbours swapped in
     * a word of four letters or more (Nrulan/Nurlan), a letter dropped or added in one of five or more (Ospano/Ospanov),
     * two slips in one of ten or more. A replaced letter is no slip, so Marat and Murat stay two names. A surname and
     * its feminine form (Abishev/Abisheva) are never one word, nor a name and the name with an "a" (Gulnar/Gulnara).
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
        if (withA(a, b) || withA(b, a)) {
            return false;
        }
        int shorter = Math.min(a.length(), b.length());
        int slips = slips(a, b, 2); // more than two never passes below
        if (slips == 1) {
            return a.length() == b.length() ? shorter >= 4 : shorter >= 5;
        }
        return slips == 2 && shorter >= 10;
    }

    /** Whether {@code longer} is the name {@code name}, which ends in a consonant, with an "a" (Gulnar/Gulnara). */
    private static boolean withA(String name, String longer) {
        return endsWithAfter(longer, name, "a") && !name.isEmpty() && "aeiou".indexOf(name.charAt(name.length() - 1)) < 0;
    }

    /** Whether {@code word} is {@code start} followed by {@code ending} (asked millions of times: no new string). */
    private static boolean endsWithAfter(String word, String start, String ending) {
        return word.length() == start.length() + ending.length() && word.startsWith(start) && word.endsWith(ending);
    }

    /** Whether {@code russified} is the Kazakh surname {@code kazakh} with a Russian ending (Ayan/Ayanov, Mamay/Mamayev). */
    public static boolean russifiedOf(String kazakh, String russified) {
        return kazakh.length() >= 3 && (endsWithAfter(russified, kazakh, "ov") || endsWithAfter(russified, kazakh, "ev")
                || endsWithAfter(russified, kazakh, "iev"));
    }

    /** Whether {@code feminine} is the feminine form of the surname {@code masculine} (-ov/-ova, -in/-ina, -ii/-aia). */
    public static boolean feminineOf(String masculine, String feminine) {
        if (endsWithAfter(feminine, masculine, "a")) {
            return masculine.endsWith("ov") || masculine.endsWith("ev") || masculine.endsWith("in")
                    || masculine.endsWith("iev") || masculine.endsWith("ёв");
        }
        return masculine.endsWith("ii") && feminine.length() == masculine.length() + 1
                && feminine.regionMatches(0, masculine, 0, masculine.length() - 2) && feminine.endsWith("aia");
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
    /** Whether a Latin word is a connective an acronym skips ("of", "и" as "i", "және" as "zhane"). */
    public static boolean isConnective(String latinWord) {
        return CONNECTIVES.contains(latinWord);
    }

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
