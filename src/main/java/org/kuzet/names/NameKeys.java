package org.kuzet.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparable keys for names written in Latin, Russian Cyrillic or Kazakh Cyrillic.
 *
 * <p>{@link #latin} is the plain transliteration ("Жанболат Мамай" → "zhanbolat mamai"). {@link #skeleton} goes
 * further and folds the spellings that transliteration systems disagree on (zh/j/ž, y/i/j, q/k, kh/h, doubled
 * letters, m/n before b), so that "Zhanbolat Mamay", "Zhambolat Mamaj" and "Жанболат Мамай" share one skeleton
 * and "Aset"/"Asset" another. A skeleton is a matching key, never something to show.
 */
public final class NameKeys {

    // Kazakh BGN also covers every Russian letter; Latin-ASCII then drops the diacritics of both it and typed
    // input such as "Žanbolat". ICU transliterators are not safe to share between threads.
    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Kazakh-Latin/BGN; Latin-ASCII"));
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    // Marks inside a word: apostrophes and hyphens as typed, and what BGN writes for ь and ъ (' and ") and between
    // н and г (·, to tell нг from ң). They join the parts of one word, they never separate words.
    private static final Pattern JOINERS = Pattern.compile("['’ʼ`\"·\\-‐]");

    // Applied in order to each Latin token; each pair names spellings of one sound.
    private static final String[][] FOLDS = {
        {"shch", "sh"}, {"sch", "sh"}, {"tch", "ch"}, {"dzh", "z"}, {"zh", "z"}, {"kh", "h"}, {"gh", "g"},
        {"ng", "n"}, {"q", "k"}, {"ck", "k"}, {"x", "ks"}, {"ts", "c"}, {"tz", "c"}, {"w", "v"}, {"ph", "f"},
        {"mb", "nb"}, {"mp", "np"}, {"ou", "u"},
    };

    private NameKeys() {
    }

    /** Lower-case ASCII transliteration with punctuation removed and spaces collapsed; "" for blank input. */
    public static String latin(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String joined = JOINERS.matcher(name.strip()).replaceAll("");
        String ascii = JOINERS.matcher(TO_LATIN.get().transliterate(joined)).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(ascii).replaceAll(" ").strip();
    }

    /** The skeleton of every word of the name, in the order written. */
    public static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        for (String word : latin(name).split(" ")) {
            if (!word.isEmpty()) {
                tokens.add(skeletonOfWord(word));
            }
        }
        return tokens;
    }

    /** The words' skeletons joined by single spaces. */
    public static String skeleton(String name) {
        return String.join(" ", tokens(name));
    }

    /**
     * The forms an exact match of a name or title compares, the index's and the query's alike: as written in lower
     * case, its {@link #latin} form and its {@link #skeleton}; none for blank input.
     */
    public static List<String> exactForms(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return List.of(name.strip().toLowerCase(Locale.ROOT), latin(name), skeleton(name));
    }

    private static String skeletonOfWord(String word) {
        String folded = word;
        for (String[] fold : FOLDS) {
            folded = folded.replace(fold[0], fold[1]);
        }
        folded = foldJ(folded).replace('y', 'i');
        // Russian BGN writes an initial Е as "ye" (Yerlan), Kazakh BGN and most people as "e" (Erlan).
        if (folded.startsWith("ie") && folded.length() > 2) {
            folded = folded.substring(1);
        }
        return collapseDoubles(folded);
    }

    /** "j" is the zh-sound before a vowel at a syllable's start (Janbolat), else the y-sound (Mamaj, Jurij). */
    private static String foldJ(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != 'j') {
                out.append(c);
                continue;
            }
            boolean vowelFollows = i + 1 < word.length() && "aeo".indexOf(word.charAt(i + 1)) >= 0;
            boolean syllableStart = i == 0 || "aeiouy".indexOf(word.charAt(i - 1)) < 0;
            out.append(vowelFollows && syllableStart ? 'z' : 'i');
        }
        return out.toString();
    }

    private static String collapseDoubles(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
                out.append(word.charAt(i));
            }
        }
        return out.toString();
    }
}
