package org.kuzet.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.names.NameKeys;
import org.kuzet.shared.InvalidInputException;

/**
 * What a user typed in the search box, read like a web search engine reads it: words are all required,
 * {@code "a phrase"} keeps its words together, {@code OR} between two terms accepts either, {@code -word} or
 * {@code NOT word} excludes, {@code word*} matches the start of a word. Anything else is taken literally: there is
 * no syntax error to make.
 *
 * <p>{@link #tsquery()} is SQL made only of fixed fragments and parameter names; every word the user typed is a
 * bound parameter (see {@link #params()}), turned into a text-search query by PostgreSQL's own parsers (function
 * {@code search_term} of migration V11), so neither SQL nor tsquery syntax can be injected.
 */
final class SearchQuery {

    static final int MAX_LENGTH = 500;
    static final int MAX_TERMS = 24;

    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    // Snowball English leaves a few derivations apart that monitors search for; a word starting with one stem
    // also finds words starting with the others.
    private static final List<List<String>> FAMILIES = List.of(
            List.of("detain", "detent"), List.of("extremis", "extremism"), List.of("imprison", "prison"));

    private final String text;
    private final List<List<Term>> clauses;

    /** One word or phrase, and whether it is a prefix or excluded. */
    record Term(String words, boolean prefix, boolean negated) {
    }

    private SearchQuery(String text, List<List<Term>> clauses) {
        this.text = text;
        this.clauses = clauses;
    }

    /** Reads {@code q}; blank is the empty query, which every record matches. 422 naming {@code q} when too long. */
    static SearchQuery parse(String q) {
        if (q == null || q.isBlank()) {
            return new SearchQuery("", List.of());
        }
        if (q.length() > MAX_LENGTH) {
            throw InvalidInputException.of("q", "is longer than " + MAX_LENGTH + " characters");
        }
        // AND of clauses, each an OR of terms
        List<List<Term>> clauses = new ArrayList<>();
        boolean or = false;
        boolean not = false;
        int terms = 0;
        Matcher m = TOKEN.matcher(q);
        while (m.find()) {
            Term term;
            if (m.group(2) != null) {
                String phrase = m.group(2).strip();
                if (!WORD.matcher(phrase).find()) {
                    continue;
                }
                term = new Term(phrase, false, not || !m.group(1).isEmpty());
            } else {
                String token = m.group(3);
                if (token.equals("OR")) {
                    or = !clauses.isEmpty();
                    continue;
                }
                if (token.equals("NOT")) {
                    not = true;
                    continue;
                }
                boolean negated = not;
                if (token.startsWith("-") && token.length() > 1) {
                    negated = true;
                    token = token.substring(1);
                }
                boolean prefix = token.endsWith("*") && WORD.matcher(token.substring(0, token.length() - 1)).matches();
                String words = prefix ? token.substring(0, token.length() - 1) : token;
                if (!WORD.matcher(words).find()) {
                    continue;
                }
                term = new Term(words, prefix, negated);
            }
            not = false;
            if (++terms > MAX_TERMS) {
                throw InvalidInputException.of("q", "has more than " + MAX_TERMS + " words and phrases");
            }
            if (or && !clauses.isEmpty()) {
                clauses.getLast().add(term);
            } else {
                clauses.add(new ArrayList<>(List.of(term)));
            }
            or = false;
        }
        return new SearchQuery(q.strip(), clauses);
    }

    /** True when nothing was asked: every visible record matches. */
    boolean isEmpty() {
        return clauses.isEmpty();
    }

    /**
     * Plain words, no operator: the query may also be a name, matched against the name keys. Answers the words,
     * or null when the query uses operators.
     */
    String plainName() {
        if (clauses.isEmpty() || clauses.stream().anyMatch(c -> c.size() > 1
                || c.getFirst().negated() || c.getFirst().prefix() || c.getFirst().words().contains(" "))) {
            return null;
        }
        return String.join(" ", clauses.stream().map(c -> c.getFirst().words()).toList());
    }

    /** The forms of the whole query an exact name or title match compares with (see {@code search_document.exact}). */
    List<String> exactForms() {
        String name = plainName();
        if (name == null) {
            return List.of();
        }
        return NameKeys.exactForms(name);
    }

    List<List<Term>> clauses() {
        return clauses;
    }

    /** The text-search query as SQL (of type tsquery), to use with {@link #params()}; null when empty. */
    String tsquery() {
        return build(new LinkedHashMap<>());
    }

    Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        build(params);
        return params;
    }

    private String build(Map<String, Object> params) {
        if (clauses.isEmpty()) {
            return null;
        }
        List<String> ands = new ArrayList<>();
        for (List<Term> clause : clauses) {
            List<String> ors = new ArrayList<>();
            for (Term term : clause) {
                String sql = term(params, term.words(), term.prefix());
                for (String family : family(term.words())) {
                    sql = "(" + sql + " || " + term(params, family, true) + ")";
                }
                ors.add(term.negated() ? "!!" + sql : sql);
            }
            ands.add(ors.size() == 1 ? ors.getFirst() : "(" + String.join(" || ", ors) + ")");
        }
        return "(" + String.join(" && ", ands) + ")";
    }

    private static String term(Map<String, Object> params, String words, boolean prefix) {
        String latin = NameKeys.latin(words);
        String skeleton = NameKeys.skeleton(words);
        // a prefix needs a word in every form; a symbol-only transliteration falls back to the whole word
        boolean asPrefix = prefix && !latin.isEmpty() && !latin.contains(" ") && !skeleton.isEmpty();
        int n = params.size() / 3;
        params.put("w" + n, asPrefix ? words.toLowerCase(Locale.ROOT) : words);
        params.put("l" + n, latin);
        params.put("s" + n, skeleton);
        return "search_term(:w" + n + ", :l" + n + ", :s" + n + ", " + asPrefix + ")";
    }

    /** The other stems of the word's family, when its start is one of them. */
    static List<String> family(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (List<String> family : FAMILIES) {
            for (String stem : family) {
                if (lower.startsWith(stem)) {
                    return family.stream().filter(s -> !s.equals(stem)).toList();
                }
            }
        }
        return List.of();
    }

    @Override
    public String toString() {
        return text;
    }
}
