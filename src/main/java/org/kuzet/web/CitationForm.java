package org.kuzet.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Problem;
import org.kuzet.source.Citation;

/**
 * A citation as the forms of a record's page send it: a source (picked, for a new citation), where in it the record
 * is supported (a footnote, a page, a paragraph) and, optionally, the claim it supports.
 *
 * @param index the position of the citation edited or removed; null for a new one
 */
public record CitationForm(Integer index, String source, String locator, String claim) {

    /** The citations with this one added at the end. */
    List<Citation> addedTo(List<Citation> citations) {
        List<Citation> all = new ArrayList<>(citations);
        all.add(new Citation(blank(source), blank(claim), blank(locator)));
        return all;
    }

    /** The citations with the one at {@code index} saying this locator and claim; a problem if there is none. */
    List<Citation> changedIn(List<Citation> citations, Checker check) {
        if (!within(citations, check)) {
            return citations;
        }
        List<Citation> all = new ArrayList<>(citations);
        all.set(index, new Citation(citations.get(index).source(), blank(claim), blank(locator)));
        return all;
    }

    /** The citations without the one at {@code index}; a problem if there is none. */
    List<Citation> removedFrom(List<Citation> citations, Checker check) {
        if (!within(citations, check)) {
            return citations;
        }
        List<Citation> all = new ArrayList<>(citations);
        all.remove(index.intValue());
        return all;
    }

    private boolean within(List<Citation> citations, Checker check) {
        if (index == null || index < 0 || index >= citations.size()) {
            check.at("sources").problem("there is no citation " + (index == null ? "" : index + 1) + " to change");
            return false;
        }
        return true;
    }

    /**
     * The problems of the store's check of the citations, by the id of the field of this form they are about: the
     * add form's {@code citeSource}, {@code citeLocator}, {@code citeClaim}; a citation's {@code citations-2-locator};
     * problems of the record beyond its citations at {@code citations}.
     */
    Map<String, String> problems(List<Problem> problems) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (Problem p : problems) {
            if (!p.path().startsWith("$.sources[")) {
                // a problem of the record beyond its citations: the record's own form is where to fix it
                fields.putIfAbsent("citations", p.toString());
                continue;
            }
            String part = p.path().replaceFirst("^\\$\\.sources\\[\\d+]\\.?", "");
            String field = switch (part) {
                case "source" -> "source";
                case "claim" -> "claim";
                default -> "locator";
            };
            fields.putIfAbsent(id(field), p.message());
        }
        return fields;
    }

    /** The id of a field of this form. */
    String id(String field) {
        return index == null ? "cite" + Character.toUpperCase(field.charAt(0)) + field.substring(1)
                : new RowField("citations", index, field).id();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
