package org.kuzet.spreadsheet;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kuzet.shared.Json;
import tools.jackson.core.JacksonException;

/**
 * A saved mapping (docs/import-mapping.md): which field each header fills ({@code null} or "-": the column is left
 * out on purpose), the separator of several values in one cell, and the language of the original when a title
 * or description is given in several. Headers not in {@code columns} are matched by their names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportMapping(String kind, Map<String, String> columns, String listSeparator, String originalLanguage) {

    public static final ImportMapping NONE = new ImportMapping(null, Map.of(), null, null);

    public ImportMapping {
        columns = columns == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** Reads a mapping from its JSON; a malformed one is refused naming what is wrong. */
    public static ImportMapping parse(String json) {
        try {
            ImportMapping mapping = Json.MAPPER.readValue(json, ImportMapping.class);
            if (mapping == null) {
                throw new UnreadableFile("the mapping is empty");
            }
            return mapping;
        } catch (JacksonException e) {
            throw new UnreadableFile("the mapping is not a mapping in the documented form (docs/import-mapping.md): "
                    + e.getOriginalMessage());
        }
    }

    public String toJson() {
        return Json.write(this);
    }

    String separator() {
        return listSeparator == null || listSeparator.isEmpty() ? ";" : listSeparator;
    }
}
