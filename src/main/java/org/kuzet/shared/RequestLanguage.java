package org.kuzet.shared;

import java.util.Optional;

/**
 * The language the current API request asked for ({@code ?lang=ru} or {@code Accept-Language}). Localized
 * text then also carries the text in that language, or says which language it fell back to.
 */
public final class RequestLanguage {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestLanguage() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void set(String language) {
        CURRENT.set(language);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
