package org.kuzet.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * @param perpetrators who did it, a row each: the kind, the organisation responsible, a description
 * @param articles     the legal articles the incident concerns, a row each
 * @param newSources   sources not yet in the record, recorded with the incident, a row each
 * @param newOrganizations affected organisations not yet in the record, recorded with the incident, a row each
 * @param countUnit    what the number counts: persons, organisations, or unknown (the source does not say); sent
 *                     as chosen, so that a unit the form does not offer is refused by the incident's checks
 * @param event        the event the incident is part of (its key, picked), such as the protests of 22 February 2020
 */
public record IncidentForm(String title, String language, String date, Boolean approximate, Boolean dateUnknown, String place,
                           String placeDetail, List<String> types, List<String> rights, List<String> victims,
                           String newVictims, List<String> organizations, List<PerpetratorRow> perpetrators,
                           List<ArticleRow> articles, String countQualifier, String countValue, String countUnit,
                           List<String> sources, List<String> cases,
                           String narrative, String confidentiality, String reviewStatus,
                           List<NewSourceRow> newSources, List<NewOrganizationRow> newOrganizations, String event) {

    /** Where the form shows the problems of {@link org.kuzet.incident.IncidentEntry}, by their paths. */
    static final FormFields FIELDS = FormFields.of()
            .field("datePrecision", "date").field("endDate", "date").field("endDatePrecision", "date")
            .field("victimCount", "countValue").field("victimCount.unit", "countUnit").rows("articles", "article", "code")
            .rows("perpetrators")
            .field("victims", "victims").field("victims[].organization", "organizations")
            .field("newVictims", "newVictims").rows("newOrganizations")
            .rows("newSources").field("legalCases", "cases");

    /**
     * Who did it: the kind of institution (required), the organisation responsible (picked, optional) and a
     * description ("police officers of the Almaty city police department"). {@code origin} names the stored
     * perpetrator the row shows ({@link #originOf}), whose named official (which the form does not edit) a save keeps.
     */
    public record PerpetratorRow(String kind, String organization, String description, String origin) {

        boolean isEmpty() {
            return blank(kind) == null && blank(organization) == null && blank(description) == null
                    && blank(origin) == null;
        }
    }

    /** A legal article, chosen as {@code CC-405} (code and number), and its part ("2", "2.1"). */
    public record ArticleRow(String article, String part) {

        boolean isEmpty() {
            return blank(article) == null && blank(part) == null;
        }
    }

    /** An affected organisation not yet in the record: its name and kind, both required. */
    public record NewOrganizationRow(String name, String kind) {

        boolean isEmpty() {
            return blank(name) == null && blank(kind) == null;
        }
    }

    /** A source not yet in the record: its address or title (one of them required) and outlet. */
    public record NewSourceRow(String url, String title, String outlet) {

        boolean isEmpty() {
            return blank(url) == null && blank(title) == null && blank(outlet) == null;
        }
    }

    public IncidentForm {
        types = clean(types);
        rights = clean(rights);
        victims = clean(victims);
        organizations = clean(organizations);
        sources = clean(sources);
        cases = clean(cases);
        perpetrators = FormRows.filled(perpetrators, PerpetratorRow::isEmpty);
        articles = FormRows.filled(articles, ArticleRow::isEmpty);
        newOrganizations = FormRows.filled(newOrganizations, NewOrganizationRow::isEmpty);
        newSources = FormRows.filled(newSources, NewSourceRow::isEmpty);
        language = language == null || !Languages.CODES.contains(language) ? "en" : language;
        confidentiality = confidentiality == null ? "internal" : confidentiality;
        reviewStatus = reviewStatus == null ? "draft" : reviewStatus;
    }

    /** An empty form in the page's language. */
    static IncidentForm empty(String language) {
        return new IncidentForm(null, language, null, false, false, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The form filled from a stored incident: its texts in {@code language} (translations stay as they are when it
     * is saved), every perpetrator and article a row.
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
        List<PerpetratorRow> perpetrators = list(doc.perpetrators()).stream().map(p -> new PerpetratorRow(p.kind(),
                p.organization(), p.description(), originOf(p))).toList();
        List<ArticleRow> articles = list(doc.articles()).stream().map(a -> new ArticleRow(a.code() + "-" + a.article(),
                a.part())).toList();
        IncidentDocument.VictimCount count = doc.victimCount();
        return new IncidentForm(textIn(doc.title(), language), language, FormDates.shown(doc.date(), doc.datePrecision()),
                "approximate".equals(doc.datePrecision()), IncidentDocument.DATE_UNKNOWN.equals(doc.datePrecision()),
                doc.place(), doc.placeDetail(), doc.types(), doc.rights(), persons, null, organizations, perpetrators, articles,
                count == null ? null : count.qualifier(), count == null || count.value() == null ? null : count.value().toString(),
                count == null ? null : count.unit(),
                list(doc.sources()).stream().map(Citation::source).toList(), list(doc.legalCases()),
                textIn(doc.narrative(), language),
                doc.confidentiality(), doc.reviewStatus(), null, null, doc.event());
    }

    /** The same form, the incident part of the event {@code eventKey}. */
    IncidentForm partOf(String eventKey) {
        return new IncidentForm(title, language, date, approximate, dateUnknown, place, placeDetail, types, rights, victims,
                newVictims, organizations, perpetrators, articles, countQualifier, countValue, countUnit, sources, cases,
                narrative, confidentiality, reviewStatus, newSources, newOrganizations, eventKey);
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
     * organisations and sources, and the new victims, organisations and sources to record with it, a row each (so
     * that a problem of the second new source comes back at {@code newSources[1]}, the second row). Problems of the
     * form's own fields (the date, the count) are added to {@code check}.
     */
    IncidentDraft toDraft(Checker check) {
        return new IncidentDraft(toDocument(check), newVictimNames().stream().map(IncidentForm::newPerson).toList(),
                newOrganizations.stream().map(IncidentForm::newOrganization).toList(),
                newSources.stream().map(this::newSource).toList());
    }

    /**
     * The edit of {@code stored} this form describes: the stored incident with what the form shows replaced (see
     * {@link #appliedTo}), at the {@code version} the form was read at, with the new records to record with it.
     */
    IncidentDraft toEditOf(IncidentDocument stored, Integer version, Checker check) {
        IncidentDraft draft = toDraft(check);
        return new IncidentDraft(appliedTo(stored, draft.incident(), version), draft.newVictims(),
                draft.newOrganizations(), draft.newSources());
    }

    /**
     * The named official (a person's key) each perpetrator row keeps of the stored perpetrator it shows, found by
     * the row's {@code origin} ({@link FormRows#taken}); null for a new row, or one whose stored perpetrator someone
     * changed or removed meanwhile. The one rule for the save and for the page that shows what a save keeps.
     */
    List<String> keptPersons(IncidentDocument stored) {
        List<IncidentDocument.Perpetrator> left = new ArrayList<>(stored == null ? List.of() : list(stored.perpetrators()));
        List<String> persons = new ArrayList<>();
        for (PerpetratorRow row : perpetrators) {
            IncidentDocument.Perpetrator was = FormRows.taken(left, IncidentForm::originOf, blank(row.origin()));
            persons.add(was == null ? null : was.person());
        }
        return persons;
    }

    /**
     * What identifies a stored perpetrator to the row that shows it, by its content rather than its position (see
     * {@link FormRows#taken}).
     */
    static String originOf(IncidentDocument.Perpetrator p) {
        return String.join("|", Objects.toString(p.kind(), ""), Objects.toString(p.organization(), ""),
                Objects.toString(p.person(), ""), Objects.toString(p.description(), ""));
    }

    /** A new victim, internal like every new record: who may be named publicly is decided on the person's record. */
    private static PersonDocument newPerson(String name) {
        return new PersonDocument(null, null, null, name, null, null, null, null, null, null, null, null, null, null,
                "internal", null, null, null);
    }

    /** A new organisation as a record: internal like every new record; its kind as chosen (required). */
    private static OrganizationDocument newOrganization(NewOrganizationRow row) {
        return new OrganizationDocument(null, null, null, blank(row.name()), blank(row.kind()), null, null,
                null, null, null, "internal", null, null, null);
    }

    /**
     * A new source as a record: web addresses are media sources by default (the reader refines the kind on the
     * source's page), internal like every new record, titled in the form's language.
     */
    private SourceDocument newSource(NewSourceRow row) {
        return new SourceDocument(null, null, null, blank(row.url()), text(row.title()), blank(row.outlet()), language,
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
        // a row each, in the rows' order, so that the incident's problem at articles[1] is the second row's
        List<IncidentDocument.Article> articles = this.articles.stream().map(IncidentForm::article).toList();
        List<IncidentDocument.Perpetrator> perpetrators = this.perpetrators.stream().map(p -> new IncidentDocument.Perpetrator(
                blank(p.kind()), blank(p.organization()), null, blank(p.description()))).toList();
        return new IncidentDocument(null, null, null, text(title), text(narrative), null, dated[0], dated[1], null, null,
                blank(place), blank(placeDetail), (BigDecimal) null, null, blank(event), types, rights, all, count,
                perpetrators, articles, cases, confidentiality, reviewStatus, sources.stream().map(s -> new Citation(s, null, null)).toList(),
                null, null);
    }

    /** The article a row names ("CC-405": the code, then the number, which may have a dash of its own: "CC-73-3"). */
    private static IncidentDocument.Article article(ArticleRow row) {
        String[] parts = row.article() == null ? new String[0] : row.article().strip().split("-", 2);
        return new IncidentDocument.Article(parts.length > 0 ? blank(parts[0]) : null, parts.length > 1 ? blank(parts[1]) : null,
                blank(row.part()));
    }

    /**
     * The stored incident with what the form edits replaced: the texts in the form's language (other translations
     * kept), the perpetrators and articles as the rows show them (each perpetrator row keeping the named official of
     * the stored perpetrator it shows, {@link #keptPersons}), victims' notes and citations' claims and locators kept
     * for the records still named, and the fields the form does not show (testimony, end date, coordinates, legal
     * cases) as stored — but no end date once the date is marked unknown.
     */
    private IncidentDocument appliedTo(IncidentDocument stored, IncidentDocument edited, Integer version) {
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
        List<String> persons = keptPersons(stored);
        List<IncidentDocument.Perpetrator> shown = list(edited.perpetrators());
        List<IncidentDocument.Perpetrator> perpetrators = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            IncidentDocument.Perpetrator p = shown.get(i);
            perpetrators.add(new IncidentDocument.Perpetrator(p.kind(), p.organization(), persons.get(i), p.description()));
        }
        // marked "the sources give no date": a span without a start has no end either (the history keeps the old one)
        boolean undated = IncidentDocument.DATE_UNKNOWN.equals(edited.datePrecision());
        return new IncidentDocument(null, version, stored.key(), replacedIn(stored.title(), language, edited.title()),
                replacedIn(stored.narrative(), language, edited.narrative()), stored.testimony(), edited.date(),
                edited.datePrecision(), undated ? null : stored.endDate(), undated ? null : stored.endDatePrecision(),
                edited.place(), edited.placeDetail(),
                stored.latitude(), stored.longitude(), edited.event(), edited.types(), edited.rights(), victims,
                edited.victimCount(), perpetrators, edited.articles(), edited.legalCases(), edited.confidentiality(),
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
