package org.kuzet.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What a merge (or its undo) did: the merge's id (for undo), the survivor and the duplicate, how many rows moved
 * per table, and the fields on which the two records disagreed (the survivor's value was kept).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MergeResult(long mergeId, String survivor, String duplicate, int survivorVersion, Map<String, Integer> moved,
                          List<Conflict> conflicts, boolean undone) {

    /** A field the two records disagreed on; {@code kept} is the survivor's value (or how it was resolved). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Conflict(String field, String kept, String duplicate) {
    }
}
