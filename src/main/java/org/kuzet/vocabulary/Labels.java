package org.kuzet.vocabulary;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A term's labels: English and Russian always, Kazakh where known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Labels(String en, String ru, String kk) {

    public String in(String language) {
        return switch (language) {
            case "ru" -> ru;
            case "kk" -> kk != null ? kk : ru;
            default -> en;
        };
    }
}
