package org.kuzet.spreadsheet;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kuzet.shared.Json;
import tools.jackson.core.JacksonException;

/**
 * A saved mapping (docs/import-mapping.md): which field each header fills ({@code null} or "-": the column is left
 * out on purpose), the separator of several values in one cell, the language of the original when a title
 * or description is given in several, and values mapped once to the code of an existing term ({@code values}: field →
 * written value → code). Headers not in {@code columns} are matched by their names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportMapping(String kind, Map<String, String> columns, String listSeparator, String originalLanguage,
                            Map<String, Map<String, String>> values) {

    public static final ImportMapping NONE = new ImportMapping(null, Map.of(), null, null, Map.of());

    public ImportMapping {
        columns = columns == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The code a written value of {@code field} is mapped to once for all ("Задержание активиста" → detention), or null. */
    String valueOf(String field, String written) {
        Map<String, String> byValue = values.get(field);
        if (byValue == null) {
            return null;
        }
        String wanted = Columns.normal(written);
        for (var e : byValue.entrySet()) {
            if (Columns.normal(e.getKey()).equals(wanted)) {
                return e.getValue();
            }
        }
        return null;
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
