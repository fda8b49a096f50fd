package org.kuzet.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a term (or place) by what a person wrote for it: its code or any of its labels, in any language, whatever the
 * case and spacing ("Задержание", "detention", "DETENTION"). A written value that stands for two terms is ambiguous,
 * never resolved to one of them; a value that stands for none is unknown. Nothing here creates a term.
 */
public final class LabelIndex {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, Set<String>> codesByLabel = new HashMap<>();

    private LabelIndex() {
    }

    /** The terms of one vocabulary, inactive ones included (an old spreadsheet uses old terms). */
    public static LabelIndex ofTerms(List<Term> terms) {
        LabelIndex index = new LabelIndex();
        for (Term t : terms) {
            index.add(t.code(), t.code(), t.labels());
        }
        return index;
    }

    /** Places by code, current names and former names (Astana as "Нур-Султан"). */
    public static LabelIndex ofPlaces(List<Place> places) {
        LabelIndex index = new LabelIndex();
        for (Place p : places) {
            index.add(p.code(), p.code(), p.names());
            if (p.formerNames() != null) {
                for (FormerName former : p.formerNames()) {
                    index.add(p.code(), former.name(), null);
                }
            }
        }
        return index;
    }

    /** Codes with labels given directly, e.g. the genders with the labels of the user interface. */
    public static LabelIndex of(Map<String, List<String>> labelsByCode) {
        LabelIndex index = new LabelIndex();
        labelsByCode.forEach((code, labels) -> {
            index.add(code, code, null);
            labels.forEach(l -> index.add(code, l, null));
        });
        return index;
    }

    private void add(String code, String written, Labels labels) {
        put(written, code);
        if (labels != null) {
            put(labels.en(), code);
            put(labels.ru(), code);
            put(labels.kk(), code);
        }
    }

    private void put(String label, String code) {
        if (label != null && !label.isBlank()) {
            codesByLabel.computeIfAbsent(normal(label), k -> new LinkedHashSet<>()).add(code);
        }
    }

    /**
     * What two written values are compared as: case, surrounding and repeated spaces, and ё/е do not tell them apart
     * (also the rule for a sheet's headers).
     */
    public static String normal(String written) {
        return SPACES.matcher(written.strip()).replaceAll(" ").toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** The codes {@code written} stands for: none (unknown), one, or several (ambiguous). */
    public List<String> codesOf(String written) {
        return written == null ? List.of() : new ArrayList<>(codesByLabel.getOrDefault(normal(written), Set.of()));
    }
}
