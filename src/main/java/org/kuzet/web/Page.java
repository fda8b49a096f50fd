package org.kuzet.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.kuzet.figure.FigurePeriod;
import org.kuzet.figure.ReportedFigureDocument;
import org.kuzet.figure.ReportedFigures;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.security.Role;
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
            // an incident whose sources give no date says so; other records leave an empty date empty
            return IncidentDocument.DATE_UNKNOWN.equals(precision) ? t("date.unknown") : "";
        }
        return date(LocalDate.parse(isoDate), precision == null ? DatePrecision.DAY : DatePrecision.fromCode(precision));
    }

    public String date(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
            case MONTH -> month(date);
            case YEAR -> Integer.toString(date.getYear());
            // "around 2019" is recorded as an approximate 1 January
            case APPROXIMATE -> t("date.around", date.getDayOfYear() == 1 ? Integer.toString(date.getYear())
                    : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)));
        };
    }

    /** The period of a reported figure: "2020", "Q1 2020", "22 February 2020", "February 2020 – 2021". */
    public String period(FigurePeriod period) {
        return period.text(this::date, (quarter, year) -> t("figure.quarter", quarter, Integer.toString(year)));
    }

    /** How many a reported figure says, as the organisation put it: "more than 300", "between 40 and 60". */
    public String count(ReportedFigureDocument.Count count) {
        if (count == null || count.value() == null) {
            return "";
        }
        return ReportedFigures.BETWEEN.equals(count.qualifier()) ? t("qualifier.between", count.value(), count.upTo())
                : t("qualifier." + count.qualifier(), count.value());
    }

    /** A moment of the record's history or audit trail, to the minute, in UTC: "12 June 2019, 14:03 UTC". */
    public String time(java.time.Instant at) {
        return at == null ? "" : at.atZone(java.time.ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale)) + " UTC";
    }

    /** The same moment for the datetime attribute of a time element. */
    public String isoTime(java.time.Instant at) {
        return at == null ? "" : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private String month(LocalDate date) {
        String name = date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return name + " " + date.getYear();
    }

    /** An ISO duration as words: "P5Y6M" is "5 years 6 months" ("5 лет 6 месяцев"). */
    public String duration(String iso) {
        if (iso == null) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?").matcher(iso);
        if (!m.matches()) {
            return iso;
        }
        StringBuilder words = new StringBuilder();
        String[] units = {"year", "month", "week", "day"};
        for (int i = 0; i < units.length; i++) {
            if (m.group(i + 1) != null) {
                long n = Long.parseLong(m.group(i + 1));
                words.append(words.isEmpty() ? "" : " ").append(n).append(' ').append(plural("unit." + units[i], n));
            }
        }
        return words.toString();
    }

    /** The form of {@code key} for the number {@code n}: one/few/many in Russian, one/many in English. */
    public String plural(String key, long n) {
        String form;
        if ("ru".equals(lang)) {
            long tens = n % 100;
            long units = n % 10;
            form = units == 1 && tens != 11 ? "one" : units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? "few" : "many";
        } else if ("kk".equals(lang)) {
            form = "many"; // Kazakh nouns do not change after a number
        } else {
            form = n == 1 ? "one" : "many";
        }
        return messages.getMessage(key + "." + form, null, messages.getMessage(key + ".many", null, locale), locale);
    }

    /** An absent list of a record as an empty one, for the templates' loops. */
    public <T> java.util.List<T> list(java.util.List<T> list) {
        return list == null ? java.util.List.of() : list;
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

    /** A changed field's JSON path as a reader sees it: {@code $.victims[0].note} is "victims[0].note". */
    public String field(String path) {
        return path != null && path.startsWith("$.") ? path.substring(2) : path;
    }

    public boolean isAdmin() {
        return Role.of(actor.role()).orElse(null) == Role.ADMIN;
    }

    /** Reviewers and administrators: they see the contents of versions and may revert. */
    public boolean fullClearance() {
        return actor.clearance() == org.kuzet.shared.Clearance.CONFIDENTIAL;
    }

    /** Reviewers and administrators verify and publish incidents. */
    public boolean mayReview() {
        return Role.of(actor.role()).map(Role::reviews).orElse(false);
    }

    public boolean mayEdit() {
        return Role.of(actor.role()).map(Role::writes).orElse(false);
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
