package org.kuzet.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kuzet.figure.FigurePeriod;
import org.kuzet.figure.ReportedFigureDocument;
import org.kuzet.figure.ReportedFigures;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.shared.Checker;
import org.kuzet.source.Citation;

/**
 * A reported figure as its form sends it: what is counted (a description in the page's language, its other
 * translations kept; the incident type and article it concerns, if any), how many (a qualifier, the figure, the upper
 * value of a range) and of what, the period ("2020", "2020-Q1", "2020-02" or a day in "from"; "to" for a longer
 * period), the place, who reported it (an organisation picked, or named in words), the sources (picked) and the
 * confidentiality. Everything typed comes back unchanged when the form has problems.
 *
 * @param language the language the form shows and edits the description in
 */
public record ReportedFigureForm(String language, String description, String qualifier, String value, String upTo,
                                 String unit, String incidentType, String article, String articlePart, String from,
                                 String to, String place, String reportedBy, String reportedByText,
                                 List<String> sources, String confidentiality) {

    /** Where the form shows the problems of the figure's check, by their paths. */
    static final FormFields FIELDS = FormFields.of().field("count.qualifier", "qualifier").field("count.value", "value")
            .field("count.upTo", "upTo").field("count.unit", "unit").field("count", "value")
            .field("article.part", "articlePart").field("article", "article").field("fromPrecision", "from")
            .field("toPrecision", "to");

    public ReportedFigureForm {
        language = language == null || !Languages.CODES.contains(language) ? "en" : language;
        sources = sources == null ? List.of() : sources.stream().map(ReportedFigureForm::blank).filter(Objects::nonNull)
                .distinct().toList();
        qualifier = blank(qualifier) == null ? "exact" : qualifier;
        unit = blank(unit) == null ? "persons" : unit;
        confidentiality = blank(confidentiality) == null ? "internal" : confidentiality;
    }

    static ReportedFigureForm empty(String language) {
        return new ReportedFigureForm(language, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** The form filled from a stored figure, its description in {@code language}. */
    static ReportedFigureForm of(ReportedFigureDocument doc, String language) {
        String[] period = FigurePeriod.of(doc).typed();
        ReportedFigureDocument.Count count = doc.count();
        IncidentDocument.Article article = doc.article();
        return new ReportedFigureForm(language, FormTexts.in(doc.description(), language),
                count == null ? null : count.qualifier(), count == null || count.value() == null ? null
                : count.value().toString(), count == null || count.upTo() == null ? null : count.upTo().toString(),
                count == null ? null : count.unit(), doc.incidentType(),
                article == null ? null : article.code() + "-" + article.article(), article == null ? null : article.part(),
                period[0], period[1], doc.place(), doc.reportedBy(), doc.reportedByText(),
                doc.sources() == null ? List.of() : doc.sources().stream().map(Citation::source).toList(),
                doc.confidentiality());
    }

    /**
     * The figure this form describes; for an edit, {@code stored} gives the key, the description's other translations
     * and the locators and claims of the sources still cited, which the form does not show and a save keeps, and
     * {@code version} the version the form was read at. Problems of the form's own fields (a number or a period that
     * is not one) go to {@code check}.
     */
    ReportedFigureDocument toDocument(ReportedFigureDocument stored, Integer version, Checker check) {
        String[] start;
        String[] end;
        String typedFrom = blank(from) == null ? "" : from.strip().toUpperCase(java.util.Locale.ROOT);
        if (typedFrom.matches("\\d{4}-Q[1-4]")) {
            // a quarter: its first and its last month
            int q = typedFrom.charAt(6) - '0';
            String year = typedFrom.substring(0, 4);
            start = new String[] {"%s-%02d-01".formatted(year, q * 3 - 2), "month"};
            end = new String[] {"%s-%02d-01".formatted(year, q * 3), "month"};
            if (blank(to) != null) {
                check.at("to").problem("is left empty for a quarter: " + typedFrom + " is the whole period");
            }
        } else {
            start = FormDates.parse(from, false, check.at("from"));
            end = FormDates.parse(to, false, check.at("to"));
        }
        Map<String, Citation> cited = new HashMap<>();
        if (stored != null && stored.sources() != null) {
            stored.sources().forEach(c -> cited.putIfAbsent(c.source(), c));
        }
        IncidentDocument.Article concerns = null;
        if (blank(article) != null) {
            String[] parts = article.strip().split("-", 2);
            concerns = new IncidentDocument.Article(parts[0], parts.length > 1 ? parts[1] : "", blank(articlePart));
        } else if (blank(articlePart) != null) {
            check.at("articlePart").problem("is given without an article");
        }
        String shownQualifier = blank(qualifier);
        Integer upper = ReportedFigures.BETWEEN.equals(shownQualifier) ? number(upTo, check.at("upTo")) : null;
        ReportedFigureDocument.Count count = new ReportedFigureDocument.Count(shownQualifier,
                number(value, check.at("value")), upper, blank(unit));
        return new ReportedFigureDocument(null, version, stored == null ? null : stored.key(),
                FormTexts.replaced(stored == null ? null : stored.description(), language, description),
                blank(incidentType), concerns, count, start[0], start[1], end[0], end[1], blank(place), blank(reportedBy),
                blank(reportedByText), blank(confidentiality),
                sources.stream().map(s -> cited.getOrDefault(s, new Citation(s, null, null))).toList(), null, null);
    }

    /** A whole number as typed ("1 200" and "1,200" too); a problem at {@code at} when it is not one. */
    private static Integer number(String typed, Checker at) {
        String n = typed == null ? "" : typed.strip().replaceAll("[\\s,\u00a0]", "");
        if (n.isEmpty()) {
            return null;
        }
        if (!n.matches("\\d{1,9}")) {
            at.problem("'" + typed.strip() + "' is not a whole number such as 300");
            return null;
        }
        return Integer.valueOf(n);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
