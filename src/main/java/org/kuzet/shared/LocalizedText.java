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
    static final String DISPLAY = "display";

    public LocalizedText {
        texts = Collections.unmodifiableMap(new TreeMap<>(texts == null ? Map.of() : texts));
    }

    @JsonCreator
    static LocalizedText fromJson(Map<String, Object> json) {
        Map<String, String> texts = new TreeMap<>();
        String original = null;
        for (var e : json.entrySet()) {
            if (e.getKey().equals(DISPLAY)) {
                continue; // what the API showed for the requested language; not part of the text
            }
            if (e.getKey().equals("original")) {
                original = e.getValue() == null ? null : e.getValue().toString();
            } else if (e.getValue() != null) {
                texts.put(e.getKey(), e.getValue().toString());
            }
        }
        return new LocalizedText(original, texts);
    }

    /**
     * A plain string where a text is expected ({@code "title": "Detained in Almaty"}): the text in the request's
     * language ({@code ?lang=} or {@code Accept-Language}), which is its original. Without a request language (a
     * bundle, a client that names none) the language is not guessed: the string is refused.
     */
    @JsonCreator
    static LocalizedText fromString(String text) {
        String language = RequestLanguage.current().filter(LANGUAGES::contains).orElseThrow(() ->
                new IllegalArgumentException("a plain text needs the request's language (?lang=en, ru or kk, or "
                        + "Accept-Language); or send {\"original\": \"ru\", \"ru\": \"…\"}"));
        return of(language, text);
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(language, Map.of(language, text));
    }

    /** The texts by language and, in an API response for a requested language, what to display. */
    @JsonAnyGetter
    Map<String, Object> jsonTexts() {
        Map<String, Object> json = new java.util.LinkedHashMap<>(texts);
        RequestLanguage.current().filter(l -> original != null).ifPresent(l -> json.put(DISPLAY, in(l)));
        return json;
    }

    /** The text in the original language. */
    public String originalText() {
        return texts.get(original);
    }

    /**
     * The text in {@code language}, or the original when there is none in that language. The database's
     * {@code kuzet_text(text, lang)} (V16) is the same rule.
     */
    public Resolved in(String language) {
        String text = texts.get(language);
        if (text != null) {
            return new Resolved(language, text, false);
        }
        return new Resolved(original, originalText(), true);
    }

    /** The text shown for a requested language; {@code fallback} says it is in another language. */
    public record Resolved(String lang, String text, boolean fallback) {
    }
}
