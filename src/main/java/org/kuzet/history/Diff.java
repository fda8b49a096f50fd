package org.kuzet.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What changed between two versions of a record, field by field: each differing leaf value with its JSON path
 * ({@code $.names[1].script}). A missing value, null, an empty list and an empty object all mean "nothing", so a
 * list that was emptied shows its former items going to null.
 */
final class Diff {

    private Diff() {
    }

    static List<FieldChange> between(JsonNode before, JsonNode after) {
        Map<String, JsonNode> was = leaves(before);
        Map<String, JsonNode> is = leaves(after);
        Set<String> paths = new LinkedHashSet<>(is.keySet());
        paths.addAll(was.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            if (!Objects.equals(was.get(path), is.get(path))) {
                changes.add(new FieldChange(path, was.get(path), is.get(path)));
            }
        }
        return changes;
    }

    static List<String> changedPaths(JsonNode before, JsonNode after) {
        return between(before, after).stream().map(FieldChange::path).toList();
    }

    /** Every non-empty leaf value by its path, in document order. */
    static Map<String, JsonNode> leaves(JsonNode node) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        collect("$", node, leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> p : node.properties()) {
                collect(path + segment(p.getKey()), p.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    private static String segment(String name) {
        return name.matches("^[A-Za-z_][A-Za-z0-9_]*$") ? "." + name
                : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }
}
