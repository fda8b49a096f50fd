package org.kuzet.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;

/**
 * The words organisations' names are made of, in English, Russian and Kazakh ({@code names/organization-words.tsv}):
 * what lets "Democratic Choice of Kazakhstan", "Демократический выбор Казахстана" and "Қазақстанның демократиялық
 * таңдауы" be one name, and DVK, DCK and ДВК its abbreviations; and which words only say what kind of body it is
 * (foundation, movement, party), so that "Atajurt Foundation" is "Atajurt" but "Nagyz Atajurt" is not.
 */
public final class OrganizationWords {

    private static final String RESOURCE = "/names/organization-words.tsv";
    private static final List<String> LANGUAGES = List.of("en", "ru", "kk");
    /** Endings a word may have beyond its form in the list: Казахстана, Қазақстанның. */
    private static final int ENDING = 4;
    /** Forms this short must be the whole word: "bar" is not "barys". */
    private static final int STEM = 5;

    private record Concept(String name, boolean generic, Map<String, List<String>> forms) {
    }

    private static final List<Concept> CONCEPTS = load();
    /** Every form as written in the list, for the common case of a word without an ending (no scan). */
    private static final Map<String, Concept> EXACT = exactForms();
    /** What a word read as a concept starts with when the list does not know it. */
    private static final String UNKNOWN = "=";
    private static final Map<String, Optional<Concept>> STEMMED = new java.util.concurrent.ConcurrentHashMap<>();

    private OrganizationWords() {
    }

    /**
     * The name's words, each as the concept the list knows it by ("democratic", "kazakhstan") or, when it does not,
     * as its skeleton ({@link NameKeys#tokens}); connectives ("of", "и") left out.
     */
    public static List<String> concepts(String name) {
        List<String> concepts = new ArrayList<>();
        for (String word : words(name)) {
            Concept c = concept(word);
            concepts.add(c == null ? UNKNOWN + NameKeys.tokens(word).getFirst() : c.name());
        }
        return concepts;
    }

    /** Whether at least one word of the name is one the list knows. */
    public static boolean anyKnown(String name) {
        return words(name).stream().anyMatch(w -> concept(w) != null);
    }

    /** Whether every word of the name is one the list knows. */
    public static boolean allKnown(String name) {
        List<String> words = words(name);
        return !words.isEmpty() && words.stream().allMatch(w -> concept(w) != null);
    }

    /** Whether the concept only says what kind of body an organisation is (foundation, movement, party, union). */
    public static boolean generic(String concept) {
        return CONCEPTS.stream().anyMatch(c -> c.name().equals(concept) && c.generic());
    }

    /**
     * The initials of a name of two or more words in each language its words translate into, in the order written:
     * "Democratic Choice of Kazakhstan" gives dck (English) and dvk (Russian). Words the list does not know keep their
     * own initial. Empty for a single word.
     */
    public static Set<String> acronyms(String name) {
        List<String> words = words(name);
        Set<String> acronyms = new LinkedHashSet<>();
        if (words.size() < 2) {
            return acronyms;
        }
        for (String language : LANGUAGES) {
            StringBuilder initials = new StringBuilder();
            for (String word : words) {
                Concept c = concept(word);
                String form = c == null ? word : c.forms().get(language).getFirst();
                initials.append(form.charAt(0));
            }
            acronyms.add(initials.toString());
        }
        StringBuilder own = new StringBuilder();
        words.forEach(w -> own.append(w.charAt(0)));
        acronyms.add(own.toString());
        return acronyms;
    }

    /** The letters in alphabetical order: initials compared whatever the order of the words they stand for. */
    public static String sortedLetters(String letters) {
        char[] chars = letters.toCharArray();
        java.util.Arrays.sort(chars);
        return new String(chars);
    }

    /** The name's words in Latin letters, connectives left out. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : NameKeys.latin(name).split(" ")) {
            if (!word.isEmpty() && !NameSimilarity.isConnective(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static Concept concept(String latinWord) {
        Concept exact = EXACT.get(latinWord);
        if (exact != null) {
            return exact;
        }
        // Comparing candidate pairs asks about the same words again and again: the answer is remembered rather than
        // found by reading every form of every concept each time
        return NameKeys.remembered(STEMMED, latinWord, word -> Optional.ofNullable(stemmed(word))).orElse(null);
    }

    /** The concept one of whose forms the word is, or begins with and adds at most an ending to; null if none. */
    private static Concept stemmed(String latinWord) {
        for (Concept c : CONCEPTS) {
            for (List<String> forms : c.forms().values()) {
                for (String form : forms) {
                    if (latinWord.equals(form) || form.length() >= STEM && latinWord.startsWith(form)
                            && latinWord.length() - form.length() <= ENDING) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static Map<String, Concept> exactForms() {
        Map<String, Concept> exact = new java.util.HashMap<>();
        CONCEPTS.forEach(c -> c.forms().values().forEach(forms -> forms.forEach(f -> exact.putIfAbsent(f, c))));
        return Map.copyOf(exact);
    }

    private static List<Concept> load() {
        List<Concept> concepts = new ArrayList<>();
        try (var in = Objects.requireNonNull(OrganizationWords.class.getResourceAsStream(RESOURCE), RESOURCE);
             var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 5) {
                    throw new IllegalStateException(RESOURCE + ": not five columns: " + line);
                }
                Map<String, List<String>> forms = new LinkedHashMap<>();
                for (int i = 0; i < LANGUAGES.size(); i++) {
                    List<String> latin = new ArrayList<>();
                    for (String form : cells[2 + i].split("\\|")) {
                        latin.add(NameKeys.latin(form));
                    }
                    forms.put(LANGUAGES.get(i), latin);
                }
                concepts.add(new Concept(cells[0], "yes".equals(cells[1]), forms));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(concepts);
    }
}
