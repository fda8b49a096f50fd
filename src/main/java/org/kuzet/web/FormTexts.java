package org.kuzet.web;

import java.util.Map;
import java.util.TreeMap;
import org.kuzet.shared.LocalizedText;

/**
 * How a form edits a multilingual text: it shows and changes the text in one language, and a save keeps the
 * translations it does not show.
 */
final class FormTexts {

    private FormTexts() {
    }

    /** The text in {@code language}, or null. */
    static String in(LocalizedText text, String language) {
        return text == null ? null : text.texts().get(language);
    }

    /**
     * The stored text with the one in {@code language} replaced by what was typed (removed when blank), the other
     * translations kept; its original language stays unless that text is gone. Null when no text is left.
     */
    static LocalizedText replaced(LocalizedText stored, String language, String typed) {
        Map<String, String> texts = new TreeMap<>(stored == null ? Map.of() : stored.texts());
        if (typed == null || typed.isBlank()) {
            texts.remove(language);
        } else {
            texts.put(language, typed.strip());
        }
        if (texts.isEmpty()) {
            return null;
        }
        String original = stored != null && texts.containsKey(stored.original()) ? stored.original()
                : texts.containsKey(language) ? language : texts.keySet().iterator().next();
        return new LocalizedText(original, texts);
    }
}
