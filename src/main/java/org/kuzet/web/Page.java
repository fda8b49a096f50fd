package org.kuzet.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.kuzet.shared.Actor;
import org.kuzet.shared.DatePrecision;
import org.kuzet.shared.LocalizedText;
import org.kuzet.vocabulary.Labels;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page template needs besides its own data: the language and its messages, the signed-in user, the
 * CSRF token of the sign-out form, and how to show dates, vocabulary labels and multilingual text.
 */
public final class Page {

    private final MessageSource messages;
    private final Locale locale;
    private final String lang;
    private final Actor actor;
    private final CsrfToken csrf;
    private final String path;
    private final String query;

    Page(MessageSource messages, Locale locale, Actor actor, HttpServletRequest request) {
        this.messages = messages;
        this.locale = locale;
        this.lang = Languages.of(locale);
        this.actor = actor;
        this.csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        this.path = request.getRequestURI();
        this.query = request.getQueryString();
    }

    public String lang() {
        return lang;
    }

    /** The interface text of {@code key}, formatted with {@code args}. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The label of a fixed code, e.g. {@code code("stage", "verdict")}; the code itself when none is written. */
    public String code(String group, String code) {
        if (code == null) {
            return "";
        }
        return messages.getMessage(group + "." + code, null, code.replace('_', ' '), locale);
    }

    public String label(Labels labels) {
        return labels == null ? "" : labels.in(lang);
    }

    /** The text in the page's language, or in its original language. */
    public String text(LocalizedText text) {
        if (text == null) {
            return "";
        }
        String shown = text.in(lang).text();
        return shown == null ? "" : shown;
    }

    /** Whether {@link #text} falls back to another language, so the page can mark it. */
    public boolean isFallback(LocalizedText text) {
        return text != null && text.in(lang).fallback() && text.originalText() != null;
    }

    /** The language a text is shown in (for the lang attribute). */
    public String textLang(LocalizedText text) {
        return text == null || text.in(lang).lang() == null ? lang : text.in(lang).lang();
    }

    /** A date with its precision: "22 February 2020", "February 2020", "2020", "around 2019". */
    public String date(String isoDate, String precision) {
        if (isoDate == null || isoDate.isBlank()) {
            return "";
        }
        return date(LocalDate.parse(isoDate), precision == null ? DatePrecision.DAY : DatePrecision.fromCode(precision));
    }

    public String date(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
            case MONTH -> month(date);
            case YEAR -> Integer.toString(date.getYear());
            // approximate dates are mostly recorded as "around 2019" (1 January) or "around March 2019"
            case APPROXIMATE -> t("date.around", date.getDayOfYear() == 1 ? Integer.toString(date.getYear())
                    : date.getDayOfMonth() == 1 ? month(date) : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)));
        };
    }

    private String month(LocalDate date) {
        String name = date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return name + " " + date.getYear();
    }

    public String username() {
        return actor.username();
    }

    public boolean signedIn() {
        return actor.isUser();
    }

    public String role() {
        return actor.role();
    }

    public boolean mayEdit() {
        return actor.role() != null && !"viewer".equals(actor.role());
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    /** This page's address in another language. */
    public String inLanguage(String language) {
        return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", language).build().toUriString();
    }

    /** Whether the page is {@code prefix} or below it, to mark the current navigation entry. */
    public boolean isAt(String prefix) {
        return "/".equals(prefix) ? "/".equals(path) : path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
