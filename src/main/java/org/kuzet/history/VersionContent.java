package org.kuzet.history;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A version with its content, for full clearance only: the whole record as it was ({@code snapshot}) and what
 * changed from the version before ({@code diff}; against nothing for the first version kept).
 */
public record VersionContent(RecordVersion version, Integer previousVersion, JsonNode snapshot, List<FieldChange> diff) {
}
