package org.kuzet.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kuzet.shared.LocalizedText;

/** The languages of the interface: English, Russian and Kazakh. */
final class Languages {

    static final List<String> CODES = LocalizedText.LANGUAGES;

    private Languages() {
    }

    static Optional<Locale> supported(String code) {
        return code != null && CODES.contains(code) ? Optional.of(Locale.forLanguageTag(code)) : Optional.empty();
    }

    /** The first interface language the browser asks for, else English. */
    static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.ENGLISH;
        }
        return Collections.list(request.getLocales()).stream()
                .map(Locale::getLanguage).filter(CODES::contains).findFirst()
                .map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
    }

    /** The interface language of {@code locale}: en, ru or kk. */
    static String of(Locale locale) {
        return CODES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }
}
