package org.kuzet.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.incident.IncidentDraft;
import org.kuzet.organization.OrganizationDocument;
import org.kuzet.person.PersonDocument;
import org.kuzet.shared.Checker;
import org.kuzet.shared.LocalizedText;
import org.kuzet.source.Citation;
import org.kuzet.source.SourceDocument;

/**
 * The one-pass entry form of an incident as the browser sends it: the incident, the existing persons,
 * organisations and sources picked by key, and the names of new victims to record with it. Everything typed comes
 * back unchanged when the form has errors.
 *
 * @param date         "2020-02-22", "2020-02" or "2020": the precision follows from what is written
 * @param approximate  the date is approximate ("around 2019")
 * @param dateUnknown  the sources give no date: the date stays empty and is recorded as unknown, never guessed
 * @param newVictims   names of victims not yet in the record, one a line
 * @param newSourceUrl a source not yet in the record, recorded with the incident (with its title and outlet)
 * @param newOrganizationName an affected organisation not yet in the record, recorded with the incident (with its kind)
 * @param countUnit    what the number counts: persons, organisations, or unknown (the source does not say); sent
 *                     as chosen, so that a unit the form does not offer is refused by the incident's checks
 * @param event        the event the incident is part of (its key, picked), such as the protests of 22 February 2020
 */
public record IncidentForm(String title, String language, String date, Boolean approximate, Boolean dateUnknown, String place,
                           String placeDetail, List<String> types, List<String> rights, List<String> victims,
                           String newVictims, List<String> organizations, String perpetrator, String article,
                           String articlePart, String countQualifier, String countValue, String countUnit,
                           List<String> sources, List<String> cases,
                           String narrative, String confidentiality, String reviewStatus, String newSourceUrl,
                           String newSourceTitle, String newSourceOutlet, String newOrganizationName,
                           String newOrganizationKind, String event) {

    /** Where the form shows the problems of {@link org.kuzet.incident.IncidentEntry}, by their paths. */
    static final FormFields FIELDS = FormFields.of()
            .field("datePrecision", "date").field("endDate", "date").field("endDatePrecision", "date")
            .field("victimCount", "countValue").field("victimCount.unit", "countUnit").field("articles", "article")
            .field("perpetrators", "perpetrator")
            .field("victims", "victims").field("victims[].organization", "organizations")
            .field("newVictims", "newVictims").group("newOrganizations", "newOrganization")
            .field("newSources", "newSource").field("legalCases", "cases");

    public IncidentForm {
        types = clean(types);
        rights = clean(rights);
        victims = clean(victims);
        organizations = clean(organizations);
        sources = clean(sources);
        cases = clean(cases);
        language = language == null || !Languages.CODES.contains(language) ? "en" : language;
        confidentiality = confidentiality == null ? "internal" : confidentiality;
        reviewStatus = reviewStatus == null ? "draft" : reviewStatus;
    }

    /** An empty form in the page's language. */
    static IncidentForm empty(String language) {
        return new IncidentForm(null, language, null, false, false, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
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
        return new IncidentForm(textIn(doc.title(), language), language, FormDates.shown(doc.date(), doc.datePrecision()),
                "approximate".equals(doc.datePrecision()), IncidentDocument.DATE_UNKNOWN.equals(doc.datePrecision()), doc.place(), doc.placeDetail(), doc.types(), doc.rights(),
                persons, null, organizations, perpetrator == null ? null : perpetrator.kind(),
                article == null ? null : article.code() + "-" + article.article(), article == null ? null : article.part(),
                count == null ? null : count.qualifier(), count == null || count.value() == null ? null : count.value().toString(),
                count == null ? null : count.unit(),
                list(doc.sources()).stream().map(Citation::source).toList(), list(doc.legalCases()),
                textIn(doc.narrative(), language),
                doc.confidentiality(), doc.reviewStatus(), null, null, null, null, null, doc.event());
    }

    /** The same form, the incident part of the event {@code eventKey}. */
    IncidentForm partOf(String eventKey) {
        return new IncidentForm(title, language, date, approximate, dateUnknown, place, placeDetail, types, rights, victims, newVictims,
                organizations, perpetrator, article, articlePart, countQualifier, countValue, countUnit, sources, cases,
                narrative, confidentiality, reviewStatus, newSourceUrl, newSourceTitle, newSourceOutlet,
                newOrganizationName, newOrganizationKind, eventKey);
    }

    /** The language the edit form shows an incident's texts in: their original one. */
    static String editLanguage(IncidentDocument doc, String fallback) {
        return doc.title() != null && Languages.CODES.contains(doc.title().original()) ? doc.title().original() : fallback;
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

    /**
     * What the form describes, for {@link org.kuzet.incident.IncidentEntry}: the incident naming the picked persons,
     * organisations and sources, and the new victims, organisation and source to record with it. Problems of the
     * form's own fields (the date, the count) are added to {@code check}.
     */
    IncidentDraft toDraft(Checker check) {
        return new IncidentDraft(toDocument(check), newVictimNames().stream().map(IncidentForm::newPerson).toList(),
                blank(newOrganizationName) == null ? List.of() : List.of(newOrganization()),
                blank(newSourceUrl) == null && blank(newSourceTitle) == null ? List.of() : List.of(newSource()));
    }

    /**
     * The edit of {@code stored} this form describes: the stored incident with what the form shows replaced (see
     * {@link #appliedTo}), at the {@code version} the form was read at, with the new records to record with it.
     */
    IncidentDraft toEditOf(IncidentDocument stored, Integer version, Checker check) {
        IncidentDraft draft = toDraft(check);
        return new IncidentDraft(appliedTo(stored, draft.incident(), language, version), draft.newVictims(),
                draft.newOrganizations(), draft.newSources());
    }

    /** A new victim, internal like every new record: who may be named publicly is decided on the person's record. */
    private static PersonDocument newPerson(String name) {
        return new PersonDocument(null, null, null, name, null, null, null, null, null, null, null, null, null, null,
                "internal", null, null, null);
    }

    /** The new organisation as a record: internal like every new record; its kind as chosen (required). */
    private OrganizationDocument newOrganization() {
        return new OrganizationDocument(null, null, null, blank(newOrganizationName), blank(newOrganizationKind), null, null,
                null, null, null, "internal", null, null, null);
    }

    /**
     * The new source as a record: web addresses are media sources by default (the reader refines the kind on the
     * source's page), internal like every new record, titled in the form's language.
     */
    private SourceDocument newSource() {
        return new SourceDocument(null, null, null, blank(newSourceUrl), text(newSourceTitle), blank(newSourceOutlet), language,
                "media", null, null, null, null, null, null, null, "internal", null, null);
    }

    /** The incident as the form shows it: the picked persons, then the picked organisations, as victims. */
    private IncidentDocument toDocument(Checker check) {
        String[] dated = FormDates.parse(date, approximate, check.at("date"));
        if (Boolean.TRUE.equals(dateUnknown)) {
            if (dated[0] != null) {
                check.at("date").problem("is written, but the box says the sources give no date: clear one of them");
            }
            dated = new String[] {null, IncidentDocument.DATE_UNKNOWN};
        } else if (date == null || date.isBlank()) {
            check.at("date").problem("is required; if the sources give no date, tick \"The sources give no date\"");
        }
        List<IncidentDocument.Victim> all = new ArrayList<>();
        victims.forEach(k -> all.add(new IncidentDocument.Victim(k, null, null)));
        organizations.forEach(k -> all.add(new IncidentDocument.Victim(null, k, null)));
        IncidentDocument.VictimCount count = null;
        if (countValue != null && !countValue.isBlank()) {
            try {
                count = new IncidentDocument.VictimCount(countQualifier == null ? "exact" : countQualifier,
                        Integer.valueOf(countValue.strip()), countUnit == null || countUnit.isBlank() ? null : countUnit);
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
                blank(place), blank(placeDetail), (BigDecimal) null, null, blank(event), types, rights, all, count,
                perpetrator == null || perpetrator.isBlank() ? List.of()
                        : List.of(new IncidentDocument.Perpetrator(perpetrator, null, null, null)),
                articles, cases, confidentiality, reviewStatus, sources.stream().map(s -> new Citation(s, null, null)).toList(),
                null, null);
    }

    /**
     * The stored incident with what the form edits replaced: the texts in the form's language (other translations
     * kept), the first perpetrator's kind and the first article (the others kept), victims' notes and citations'
     * claims and locators kept for the records still named, and the fields the form does not show (testimony, end
     * date, coordinates, legal cases) as stored.
     */
    static IncidentDocument appliedTo(IncidentDocument stored, IncidentDocument edited, String language, Integer version) {
        Map<String, String> notes = new HashMap<>();
        for (IncidentDocument.Victim v : list(stored.victims())) {
            if (v.note() != null) {
                notes.put(v.person() != null ? "p:" + v.person() : "o:" + v.organization(), v.note());
            }
        }
        List<IncidentDocument.Victim> victims = list(edited.victims()).stream().map(v -> new IncidentDocument.Victim(
                v.person(), v.organization(),
                notes.get(v.person() != null ? "p:" + v.person() : "o:" + v.organization()))).toList();
        Map<String, Citation> citations = new HashMap<>();
        list(stored.sources()).forEach(c -> citations.putIfAbsent(c.source(), c));
        List<Citation> sources = list(edited.sources()).stream()
                .map(c -> citations.getOrDefault(c.source(), c)).toList();
        List<IncidentDocument.Perpetrator> perpetrators = new ArrayList<>(list(stored.perpetrators()));
        IncidentDocument.Perpetrator kind = list(edited.perpetrators()).isEmpty() ? null : edited.perpetrators().getFirst();
        if (perpetrators.isEmpty()) {
            if (kind != null) {
                perpetrators.add(kind);
            }
        } else if (kind == null) {
            perpetrators.removeFirst();
        } else {
            IncidentDocument.Perpetrator first = perpetrators.getFirst();
            perpetrators.set(0, new IncidentDocument.Perpetrator(kind.kind(), first.organization(), first.person(),
                    first.description()));
        }
        List<IncidentDocument.Article> articles = new ArrayList<>(list(stored.articles()));
        IncidentDocument.Article article = list(edited.articles()).isEmpty() ? null : edited.articles().getFirst();
        if (articles.isEmpty()) {
            if (article != null) {
                articles.add(article);
            }
        } else if (article == null) {
            articles.removeFirst();
        } else {
            articles.set(0, article);
        }
        return new IncidentDocument(null, version, stored.key(), replacedIn(stored.title(), language, edited.title()),
                replacedIn(stored.narrative(), language, edited.narrative()), stored.testimony(), edited.date(),
                edited.datePrecision(), stored.endDate(), stored.endDatePrecision(), edited.place(), edited.placeDetail(),
                stored.latitude(), stored.longitude(), edited.event(), edited.types(), edited.rights(), victims,
                edited.victimCount(), perpetrators, articles, edited.legalCases(), edited.confidentiality(),
                edited.reviewStatus(), sources, null, null);
    }

    /** The stored text with the one in {@code language} replaced by what the form says (removed when blank). */
    private static LocalizedText replacedIn(LocalizedText stored, String language, LocalizedText edited) {
        Map<String, String> texts = new TreeMap<>(stored == null ? Map.of() : stored.texts());
        String value = edited == null ? null : edited.texts().get(language);
        if (value == null) {
            texts.remove(language);
        } else {
            texts.put(language, value);
        }
        if (texts.isEmpty()) {
            return null;
        }
        String original = stored != null && texts.containsKey(stored.original()) ? stored.original()
                : texts.containsKey(language) ? language : texts.keySet().iterator().next();
        return new LocalizedText(original, texts);
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
