package org.kuzet.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kuzet.event.EventDocument;
import org.kuzet.shared.Checker;
import org.kuzet.source.Citation;

/**
 * An event as its form sends it: what groups many incidents, such as the nationwide protests of 22 February 2020. Its
 * title and description in the page's language (their other translations kept), when it began and ended as precisely
 * as it is known ("2020-02-22", "2020-02", "2020"), the place, the sources (picked) and the confidentiality.
 * Everything typed comes back unchanged when the form has problems.
 *
 * @param language the language the form shows and edits the title and description in
 */
public record EventForm(String language, String title, String date, Boolean dateApproximate, String endDate,
                        Boolean endDateApproximate, String place, String description, List<String> sources,
                        String confidentiality) {

    /** Where the form shows the problems of the event's check, by their paths. */
    static final FormFields FIELDS = FormFields.of().field("datePrecision", "date")
            .field("endDatePrecision", "endDate");

    public EventForm {
        language = language == null || !Languages.CODES.contains(language) ? "en" : language;
        sources = sources == null ? List.of() : sources.stream().map(EventForm::blank).filter(Objects::nonNull)
                .distinct().toList();
        confidentiality = blank(confidentiality) == null ? "internal" : confidentiality;
    }

    static EventForm empty(String language) {
        return new EventForm(language, null, null, false, null, false, null, null, null, null);
    }

    /** The form filled from a stored event, its texts in {@code language}. */
    static EventForm of(EventDocument doc, String language) {
        return new EventForm(language, FormTexts.in(doc.title(), language), FormDates.shown(doc.date(), doc.datePrecision()),
                "approximate".equals(doc.datePrecision()), FormDates.shown(doc.endDate(), doc.endDatePrecision()),
                "approximate".equals(doc.endDatePrecision()), doc.place(), FormTexts.in(doc.description(), language),
                doc.sources() == null ? List.of() : doc.sources().stream().map(Citation::source).toList(),
                doc.confidentiality());
    }

    /**
     * The event this form describes; for an edit, {@code stored} gives the key, the texts' other translations and the
     * locators and claims of the sources still cited, which the form does not show and a save keeps, and
     * {@code version} the version the form was read at. Problems of the form's own fields go to {@code check}.
     */
    EventDocument toDocument(EventDocument stored, Integer version, Checker check) {
        String[] from = FormDates.parse(date, dateApproximate, check.at("date"));
        String[] until = FormDates.parse(endDate, endDateApproximate, check.at("endDate"));
        Map<String, Citation> cited = new HashMap<>();
        if (stored != null && stored.sources() != null) {
            stored.sources().forEach(c -> cited.putIfAbsent(c.source(), c));
        }
        return new EventDocument(null, version, stored == null ? null : stored.key(),
                FormTexts.replaced(stored == null ? null : stored.title(), language, title),
                FormTexts.replaced(stored == null ? null : stored.description(), language, description), from[0], from[1],
                until[0], until[1], blank(place), blank(confidentiality),
                sources.stream().map(s -> cited.getOrDefault(s, new Citation(s, null, null))).toList(), null, null);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
