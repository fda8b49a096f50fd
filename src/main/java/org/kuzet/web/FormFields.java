package org.kuzet.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.shared.Problem;

/**
 * Where a form shows the problems a use case reports by path ({@code $.victims[2].organization}): the one mapping
 * from a problem's path to a form's field, which every form declares with {@link #field}, {@link #group} and
 * {@link #rows}. A path no rule names is shown at the field named like its first part ({@code $.title} at
 * {@code title}).
 */
final class FormFields {

    /**
     * @param input for rows: the input of a row that shows the problems of the row as a whole and of the parts in
     *              {@code parts}, which the form writes in that one input; null when there is none
     */
    private record Rule(String path, String field, boolean group, boolean rows, String input, List<String> parts) {

        Rule(String path, String field, boolean group, boolean rows) {
            this(path, field, group, rows, null, List.of());
        }
    }

    /** A position in a path: {@code [2]}. */
    private static final Pattern POSITION = Pattern.compile("\\[\\d+]");

    /** What follows a list's path in the path of a problem within one of its rows: {@code [2].until...}. */
    private static final Pattern ROW = Pattern.compile("^\\[(\\d+)](?:\\.(\\w+).*)?$");

    private final List<Rule> rules;
    private final boolean positional;

    private FormFields(List<Rule> rules, boolean positional) {
        this.rules = rules;
        this.positional = positional;
    }

    static FormFields of() {
        return new FormFields(List.of(), false);
    }

    /**
     * For a form of repeated rows ({@code stages[2].date}): a field keeps the positions of its path; a rule's field
     * names them with {@code []}, filled in order ({@code stages[].datePrecision} → {@code stages[].date} shows
     * {@code $.stages[2].datePrecision} at {@code stages[2].date}), and a path no rule names is its own field.
     */
    static FormFields positional() {
        return new FormFields(List.of(), true);
    }

    /**
     * Problems at {@code path} or within it are shown at {@code field}. A path leaves out {@code $.} and list
     * positions: {@code victims[].organization}.
     */
    FormFields field(String path, String field) {
        return with(new Rule(path, field, false, false));
    }

    /**
     * Problems within the record at {@code path} are shown at {@code field}, each naming the part it is about
     * ("kind: 'x' is not an organization kind"): for a form that shows a new record as one group of inputs.
     */
    FormFields group(String path, String field) {
        return with(new Rule(path, field, true, false));
    }

    /**
     * Problems within a row of the list at {@code path} are shown at the input of that row ({@link RowField}):
     * {@code memberships[2].until} at {@code memberships-2-until}; a date's precision ({@code datePrecision}) at
     * its date, since a form writes both in one input ({@link FormDates}). Problems of the list itself are shown at
     * {@code path}.
     */
    FormFields rows(String path) {
        return with(new Rule(path, path, false, true));
    }

    /**
     * {@link #rows(String)}, for rows with an input that writes several parts of the row at once (a legal article
     * chosen as {@code CC-405} writes its code and number): problems of a row as a whole ({@code $.articles[1]}) and
     * of the {@code parts} are shown at that {@code input} of the row ({@code articles-1-article}).
     */
    FormFields rows(String path, String input, String... parts) {
        return with(new Rule(path, path, false, true, input, List.of(parts)));
    }

    private FormFields with(Rule rule) {
        List<Rule> more = new java.util.ArrayList<>(rules);
        more.add(rule);
        return new FormFields(List.copyOf(more), positional);
    }

    /** The first problem of each field, by field, in the order the problems came. */
    Map<String, String> byField(List<Problem> problems) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Problem p : problems) {
            String exact = p.path().replaceFirst("^\\$\\.?", "");
            String path = exact.replaceAll("\\[\\d+]", "[]");
            Rule rule = ruleFor(path);
            Matcher row = rule != null && rule.rows() ? ROW.matcher(exact.substring(rule.path().length())) : null;
            if (positional) {
                fields.putIfAbsent(rule == null ? exact : withPositions(rule.field(), exact), p.message());
            } else if (row != null && row.matches() && (row.group(2) != null || rule.input() != null)) {
                String part = row.group(2) == null || rule.parts().contains(row.group(2)) ? rule.input()
                        : row.group(2).replaceFirst("Precision$", "");
                fields.putIfAbsent(new RowField(rule.path(), Integer.parseInt(row.group(1)), part).id(), p.message());
            } else if (rule == null) {
                fields.putIfAbsent(path.split("[.\\[]", 2)[0], p.message());
            } else {
                String part = path.substring(rule.path().length()).replaceFirst("^(\\[])?\\.?", "");
                fields.putIfAbsent(rule.field(), rule.group() && !part.isEmpty() ? part + ": " + p.message() : p.message());
            }
        }
        return fields;
    }

    /** {@code field}'s {@code []} filled with the positions of {@code exact}, in order. */
    private static String withPositions(String field, String exact) {
        Matcher positions = POSITION.matcher(exact);
        StringBuilder filled = new StringBuilder();
        int from = 0;
        for (int at = field.indexOf("[]"); at >= 0; at = field.indexOf("[]", from)) {
            filled.append(field, from, at).append(positions.find() ? positions.group() : "[]");
            from = at + 2;
        }
        return filled.append(field.substring(from)).toString();
    }

    /** The rule of the longest path that is the problem's path or contains it. */
    private Rule ruleFor(String path) {
        Rule best = null;
        for (Rule r : rules) {
            boolean within = path.equals(r.path()) || path.startsWith(r.path() + ".") || path.startsWith(r.path() + "[");
            if (within && (best == null || r.path().length() > best.path().length())) {
                best = r;
            }
        }
        return best;
    }
}
