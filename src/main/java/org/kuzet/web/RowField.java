package org.kuzet.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An input in one row of a form's repeatable rows (a name variant, a membership, a status): the list, the row's
 * position and the part, e.g. {@code memberships}, 2, {@code from}. Its {@link #id} ({@code memberships-2-from}) is
 * the input's id and the key of its problem, so that the problem stands next to the input of that very row and the
 * summary above the form links to it.
 */
public record RowField(String list, int index, String part) {

    private static final Pattern ID = Pattern.compile("^([a-zA-Z]+)-(\\d+)-([a-zA-Z]+)$");

    /** The input's id, also the name of its problem. */
    public String id() {
        return list + "-" + index + "-" + part;
    }

    /** The row field with this id, or null when {@code id} names a field outside the rows. */
    public static RowField parse(String id) {
        Matcher m = ID.matcher(id);
        return m.matches() ? new RowField(m.group(1), Integer.parseInt(m.group(2)), m.group(3)) : null;
    }
}
