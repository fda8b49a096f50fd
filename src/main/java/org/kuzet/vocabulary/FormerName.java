package org.kuzet.vocabulary;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A name a place had before it was renamed (Nur-Sultan, Alma-Ata, Semipalatinsk). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormerName(String name, String lang, String from, String until) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<FormerName> parseList(String json) {
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<FormerName>>() { });
    }

    static String toJson(List<FormerName> names) {
        return JSON.writeValueAsString(names == null ? List.of() : names);
    }
}
