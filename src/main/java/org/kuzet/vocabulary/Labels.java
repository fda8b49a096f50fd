package org.kuzet.vocabulary;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A term's labels: English and Russian always, Kazakh where known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Labels(String en, String ru, String kk) {

    /**
     * The label in {@code language}: Kazakh falls back to Russian, and a missing label to English. The database's
     * {@code kuzet_label(lang, en, ru, kk)} (V16) is the same rule.
     */
    public String in(String language) {
        String label = switch (language == null ? "en" : language) {
            case "ru" -> ru;
            case "kk" -> kk != null ? kk : ru;
            default -> null;
        };
        return label != null ? label : en;
    }
}
