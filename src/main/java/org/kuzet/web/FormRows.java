package org.kuzet.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How a form's repeatable rows become the parts of a record: rows left empty are dropped, and a row filled from a
 * stored part says which ({@code origin}, its position when the form was read), so that a save keeps what the form
 * does not show of it (citations, other translations of its note).
 */
final class FormRows {

    private FormRows() {
    }

    /** The rows with something typed in them, in their order (the browser may leave gaps when rows are removed). */
    static <T> List<T> filled(List<T> rows, Predicate<T> empty) {
        return rows == null ? List.of() : rows.stream().filter(r -> r != null && !empty.test(r)).toList();
    }

    /** The stored part a row shows, by the position the form was filled from; none for a new row. */
    static <T> T origin(List<T> stored, String origin) {
        if (stored == null || origin == null || !origin.strip().matches("\\d{1,4}")) {
            return null;
        }
        int i = Integer.parseInt(origin.strip());
        return i < stored.size() ? stored.get(i) : null;
    }

    /**
     * The first of {@code stored} whose {@code id} is {@code wanted}, taken out so that no two rows get it: a row that
     * names the stored part it shows by its content (as the case form's stages and charges do) still finds it, or
     * finds nothing, after someone else saved the record meanwhile; a position would find whatever is there now.
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
