package org.kuzet.history;

import tools.jackson.databind.JsonNode;

/** One value that differs between two versions, by its JSON path; null stands for "nothing". */
public record FieldChange(String path, JsonNode before, JsonNode after) {
}
