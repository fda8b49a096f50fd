package org.kuzet.api;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

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

    /**
     * What is wrong, in words a user of the API understands: never Jackson's message, which names Java types
     * ({@code java.lang.Integer}) and the source excerpt.
     */
    public static String shortMessage(JacksonException e) {
        String m = e.getOriginalMessage();
        if (e instanceof DatabindException && m != null && m.startsWith("Unrecognized property")) {
            return "is not a known property";
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException refused) {
            return refused.getMessage(); // a value type's own words for what it refuses
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType());
        }
        if (e instanceof DatabindException) {
            return "is not valid here";
        }
        // a syntax error: Jackson's first line says where and what, without Java types
        if (m == null) {
            return "is invalid";
        }
        int cut = m.indexOf('\n');
        String first = cut < 0 ? m : m.substring(0, cut);
        return first.contains("java.") || first.contains("`") ? "is not valid JSON here" : first;
    }

    /** What a value of {@code type} looks like in JSON. */
    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class || type.isEnum()) {
            return "must be text";
        }
        if (type.getSimpleName().equals("LocalizedText")) {
            return "must be a text, or an object of texts by language such as {\"original\": \"ru\", \"ru\": \"…\"}";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        return "must be an object";
    }
}
