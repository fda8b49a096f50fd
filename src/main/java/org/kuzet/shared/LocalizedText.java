package org.kuzet.shared;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Text that people write, held in several languages side by side, one of them the original.
 * In JSON: {@code {"original": "en", "en": "...", "ru": "..."}}.
 */
public record LocalizedText(@JsonProperty("original") String original, @JsonIgnore Map<String, String> texts) {

    public static final List<String> LANGUAGES = List.of("en", "ru", "kk");

    public LocalizedText {
        texts = Collections.unmodifiableMap(new TreeMap<>(texts == null ? Map.of() : texts));
    }

    @JsonCreator
    static LocalizedText fromJson(Map<String, Object> json) {
        Map<String, String> texts = new TreeMap<>();
        String original = null;
        for (var e : json.entrySet()) {
            if (e.getKey().equals("original")) {
                original = e.getValue() == null ? null : e.getValue().toString();
            } else if (e.getValue() != null) {
                texts.put(e.getKey(), e.getValue().toString());
            }
        }
        return new LocalizedText(original, texts);
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(language, Map.of(language, text));
    }

    @JsonAnyGetter
    Map<String, String> jsonTexts() {
        return texts;
    }

    /** The text in the original language. */
    public String originalText() {
        return texts.get(original);
    }

    /** The text in {@code language}, or the original when there is none in that language. */
    public Resolved in(String language) {
        String text = texts.get(language);
        if (text != null) {
            return new Resolved(language, text, false);
        }
        return new Resolved(original, originalText(), true);
    }

    public record Resolved(String lang, String text, boolean fallback) {
    }
}
