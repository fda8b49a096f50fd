package org.kuzet.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.shared.Checker;
import org.kuzet.shared.LocalizedText;
import org.kuzet.organization.OrganizationDocument;
import org.kuzet.source.Citation;
import org.kuzet.source.SourceDocument;

/**
 * The one-pass entry form of an incident as the browser sends it: the incident, the existing persons,
 * organisations and sources picked by key, and the names of new victims to record with it. Everything typed comes
 * back unchanged when the form has errors.
 *
 * @param date         "2020-02-22", "2020-02" or "2020": the precision follows from what is written
 * @param approximate  the date is approximate ("around 2019")
 * @param newVictims   names of victims not yet in the record, one a line
 * @param newSourceUrl a source not yet in the record, recorded with the incident (with its title and outlet)
 * @param newOrganizationName an affected organisation not yet in the record, recorded with the incident (with its kind)
 */
public record IncidentForm(String title, String language, String date, Boolean approximate, String place,
                           String placeDetail, List<String> types, List<String> rights, List<String> victims,
                           String newVictims, List<String> organizations, String perpetrator, String article,
                           String articlePart, String countQualifier, String countValue, List<String> sources,
                           String narrative, String confidentiality, String reviewStatus, String newSourceUrl,
                           String newSourceTitle, String newSourceOutlet, String newOrganizationName,
                           String newOrganizationKind) {

    public IncidentForm {
        types = clean(types);
        rights = clean(rights);
        victims = clean(victims);
        organizations = clean(organizations);
        sources = clean(sources);
        language = language == null || !Languages.CODES.contains(language) ? "en" : language;
        confidentiality = confidentiality == null ? "internal" : confidentiality;
        reviewStatus = reviewStatus == null ? "draft" : reviewStatus;
    }

    /** An empty form in the page's language. */
    static IncidentForm empty(String language) {
        return new IncidentForm(null, language, null, false, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The form filled from a stored incident: its texts in {@code language} (translations stay as they are when it
     * is saved), the first perpetrator and article (others stay too).
     */
    static IncidentForm of(IncidentDocument doc, String language) {
        List<String> persons = new ArrayList<>();
        List<String> organizations = new ArrayList<>();
        for (IncidentDocument.Victim v : list(doc.victims())) {
            if (v.person() != null) {
                persons.add(v.person());
            } else if (v.organization() != null) {
                organizations.add(v.organization());
            }
        }
        IncidentDocument.Perpetrator perpetrator = list(doc.perpetrators()).isEmpty() ? null : doc.perpetrators().getFirst();
        IncidentDocument.Article article = list(doc.articles()).isEmpty() ? null : doc.articles().getFirst();
        IncidentDocument.VictimCount count = doc.victimCount();
        return new IncidentForm(textIn(doc.title(), language), language, shownDate(doc.date(), doc.datePrecision()),
                "approximate".equals(doc.datePrecision()), doc.place(), doc.placeDetail(), doc.types(), doc.rights(),
                persons, null, organizations, perpetrator == null ? null : perpetrator.kind(),
                article == null ? null : article.code() + "-" + article.article(), article == null ? null : article.part(),
                count == null ? null : count.qualifier(), count == null || count.value() == null ? null : count.value().toString(),
                list(doc.sources()).stream().map(Citation::source).toList(), textIn(doc.narrative(), language),
                doc.confidentiality(), doc.reviewStatus(), null, null, null, null, null);
    }

    /** The language the edit form shows an incident's texts in: their original one. */
    static String editLanguage(IncidentDocument doc, String fallback) {
        return doc.title() != null && Languages.CODES.contains(doc.title().original()) ? doc.title().original() : fallback;
    }

    /** The date as the form writes it: as precise as it is known. */
    private static String shownDate(String date, String precision) {
        if (date == null) {
            return null;
        }
        return switch (precision == null ? "day" : precision) {
            case "year" -> date.substring(0, 4);
            case "month" -> date.substring(0, 7);
            default -> date;
        };
    }

    private static String textIn(LocalizedText text, String language) {
        return text == null ? null : text.texts().get(language);
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    public boolean has(List<String> values, String value) {
        return values.contains(value);
    }

    /** The names of the new victims, one a line, without blank lines. */
    List<String> newVictimNames() {
        if (newVictims == null) {
            return List.of();
        }
        return newVictims.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether the form names a new affected organisation to record with the incident. */
    boolean hasNewOrganization() {
        return blank(newOrganizationName) != null;
    }

    /** The new organisation as a record: internal like every new record; its kind as chosen (required). */
    OrganizationDocument newOrganization() {
        return new OrganizationDocument(null, null, null, blank(newOrganizationName), blank(newOrganizationKind), null, null,
                null, null, "internal", null, null, null);
    }

    /** Whether the form describes a new source to record with the incident. */
    boolean hasNewSource() {
        return blank(newSourceUrl) != null || blank(newSourceTitle) != null;
    }

    /**
     * The new source as a record: web addresses are media sources by default (the reader refines the kind on the
     * source's page), internal like every new record, titled in the form's language.
     */
    SourceDocument newSource() {
        return new SourceDocument(null, null, null, blank(newSourceUrl), text(newSourceTitle), blank(newSourceOutlet), language,
                "media", null, null, null, null, null, null, null, "internal", null, null);
    }

    /**
     * The incident this form describes, with {@code newPersons} (the keys given to the new victims) after the picked
     * ones, {@code newOrganization} (the key given to the new organisation, or null) after the picked ones, and
     * {@code newSource} (the key given to the new source, or null) after the picked sources. Problems of the
     * form's own fields (the date, the count) are added to {@code check}.
     */
    IncidentDocument toDocument(List<String> newPersons, String newOrganization, String newSource, Checker check) {
        String[] dated = date(check);
        List<IncidentDocument.Victim> all = new ArrayList<>();
        victims.forEach(k -> all.add(new IncidentDocument.Victim(k, null, null)));
        newPersons.forEach(k -> all.add(new IncidentDocument.Victim(k, null, null)));
        organizations.forEach(k -> all.add(new IncidentDocument.Victim(null, k, null)));
        if (newOrganization != null) {
            all.add(new IncidentDocument.Victim(null, newOrganization, null));
        }
        IncidentDocument.VictimCount count = null;
        if (countValue != null && !countValue.isBlank()) {
            try {
                count = new IncidentDocument.VictimCount(countQualifier == null ? "exact" : countQualifier,
                        Integer.valueOf(countValue.strip()));
            } catch (NumberFormatException e) {
                check.at("victimCount").problem("'" + countValue + "' is not a whole number");
            }
        }
        List<IncidentDocument.Article> articles = new ArrayList<>();
        if (article != null && !article.isBlank()) {
            String[] parts = article.split("-", 2);
            articles.add(new IncidentDocument.Article(parts[0], parts.length > 1 ? parts[1] : "",
                    articlePart == null || articlePart.isBlank() ? null : articlePart.strip()));
        }
        return new IncidentDocument(null, null, null, text(title), text(narrative), null, dated[0], dated[1], null, null,
                blank(place), blank(placeDetail), (BigDecimal) null, null, null, types, rights, all, count,
                perpetrator == null || perpetrator.isBlank() ? List.of()
                        : List.of(new IncidentDocument.Perpetrator(perpetrator, null, null, null)),
                articles, null, confidentiality, reviewStatus,
                java.util.stream.Stream.concat(sources.stream(), java.util.stream.Stream.ofNullable(newSource))
                        .map(s -> new Citation(s, null, null)).toList(), null, null);
    }

    /** The date and its precision from "2020-02-22", "2020-02" or "2020". */
    private String[] date(Checker check) {
        String d = date == null ? "" : date.strip();
        String[] result;
        if (d.matches("\\d{4}")) {
            result = new String[] {d + "-01-01", "year"};
        } else if (d.matches("\\d{4}-\\d{2}")) {
            result = new String[] {d + "-01", "month"};
        } else if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
            result = new String[] {d, "day"};
        } else {
            if (!d.isEmpty()) {
                check.at("date").problem("'" + d + "' is not a date such as 2020-02-22, 2020-02 or 2020");
            }
            return new String[] {null, null};
        }
        if (Boolean.TRUE.equals(approximate)) {
            result[1] = "approximate";
        }
        return result;
    }

    private LocalizedText text(String value) {
        return value == null || value.isBlank() ? null : LocalizedText.of(language, value.strip());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
