package org.kuzet.api;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Turns Jackson's location of an error into a JSON path such as {@code $.victims[2].person}. */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static String of(List<JacksonException.Reference> path) {
        StringBuilder sb = new StringBuilder("$");
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                sb.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** Jackson's message without the source excerpt and reference chain it appends. */
    public static String shortMessage(JacksonException e) {
        String m = e.getOriginalMessage();
        if (e instanceof DatabindException && m != null && m.startsWith("Unrecognized property")) {
            return "is not a known property";
        }
        if (m == null) {
            return "is invalid";
        }
        int cut = m.indexOf('\n');
        return cut < 0 ? m : m.substring(0, cut);
    }
}
