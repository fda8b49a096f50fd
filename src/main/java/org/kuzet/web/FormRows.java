package org.kuzet.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How a form's repeatable rows become the parts of a record: rows left empty are dropped, and a row filled from a
 * stored part names it by its content ({@code origin}, see {@link #taken}), so that a save keeps what the form does
 * not show of it (citations, other translations of its note).
 */
final class FormRows {

    private FormRows() {
    }

    /** The rows with something typed in them, in their order (the browser may leave gaps when rows are removed). */
    static <T> List<T> filled(List<T> rows, Predicate<T> empty) {
        return rows == null ? List.of() : rows.stream().filter(r -> r != null && !empty.test(r)).toList();
    }

    /**
     * The first of {@code stored} whose {@code id} is {@code wanted}, taken out so that no two rows get it: a row that
     * names the stored part it shows by its content (a case's stages and charges, a person's memberships…) still
     * finds it, or finds nothing, after someone else saved the record meanwhile; a position would find whatever is
     * there now (another part's citations). None for a new row ({@code wanted} null).
     */
    static <T> T taken(List<T> stored, Function<T, String> id, String wanted) {
        if (wanted == null) {
            return null;
        }
        for (int i = 0; i < stored.size(); i++) {
            if (wanted.equals(id.apply(stored.get(i)))) {
                return stored.remove(i);
            }
        }
        return null;
    }
}
