package org.kuzet.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kuzet.event.EventDocument;
import org.kuzet.figure.ReportedFigureDocument;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.intervention.InterventionDocument;
import org.kuzet.legalcase.CaseDocument;
import org.kuzet.organization.OrganizationDocument;
import org.kuzet.person.PersonDocument;
import org.kuzet.shared.DatePrecision;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.LocalizedText;
import org.kuzet.source.Citation;
import org.kuzet.source.SourceDocument;
import org.kuzet.vocabulary.LegalArticle;
import org.kuzet.vocabulary.Place;
import org.kuzet.vocabulary.Term;
import org.springframework.context.MessageSource;

/**
 * The record as spreadsheet tables, for a reader who has no Kuzet: one table per kind of record, and link tables for
 * what a record lists (victims, memberships, case parties, charges, stages). A link is given by the linked record's
 * name and, in the next column, its key; several links are joined with "; " in the same order in both columns.
 * A vocabulary value is its label in the export's language, its code in the next column. Dates read as they are
 * known ("February 2020", "2019", "around 12 June 2020", "date unknown"); each record has its address in Kuzet.
 * Sealed fields (a person's contacts, address, date of birth, consent notes; a source's informant) are never written.
 */
final class Tables {

    static final String JOIN = "; ";

    /** The records read for an export, as the reader may see them. */
    record Records(List<IncidentDocument> incidents, List<PersonDocument> persons,
                   List<OrganizationDocument> organizations, List<CaseDocument> cases, List<SourceDocument> sources,
                   List<EventDocument> events, List<InterventionDocument> interventions,
                   List<ReportedFigureDocument> figures) {
    }

    /** What the tables need besides the records: labels, places, articles, the language and the base URL. */
    record Labels(Map<String, List<Term>> terms, List<Place> places, List<LegalArticle> articles, String language,
                  String baseUrl, MessageSource messages) {
    }

    private final Records records;
    private final Labels labels;
    private final Locale locale;
    private final Map<String, String> termLabels = new HashMap<>();
    private final Map<String, String> placeNames = new HashMap<>();
    private final Map<String, String> articleLabels = new HashMap<>();
    private final Map<String, String> personNames = new HashMap<>();
    private final Map<String, String> organizationNames = new HashMap<>();
    private final Map<String, String> caseNames = new HashMap<>();
    private final Map<String, String> eventNames = new HashMap<>();
    private final Map<String, String> incidentNames = new HashMap<>();
    private final Map<String, String> sourceNames = new HashMap<>();

    Tables(Records records, Labels labels) {
        this.records = records;
        this.labels = labels;
        this.locale = Locale.forLanguageTag(labels.language());
        labels.terms().forEach((vocabulary, terms) -> terms.forEach(
                t -> termLabels.put(vocabulary + ":" + t.code(), t.labels().in(labels.language()))));
        labels.places().forEach(p -> placeNames.put(p.code(), p.names().in(labels.language())));
        labels.articles().forEach(a -> articleLabels.put(a.code() + ":" + a.article(), a.labels().in(labels.language())));
        records.persons().forEach(p -> personNames.put(p.key(), p.name()));
        records.organizations().forEach(o -> organizationNames.put(o.key(), o.name()));
        records.cases().forEach(c -> caseNames.put(c.key(), c.number() != null ? c.number() : text(c.title())));
        records.events().forEach(e -> eventNames.put(e.key(), text(e.title())));
        records.incidents().forEach(i -> incidentNames.put(i.key(), text(i.title())));
        records.sources().forEach(s -> sourceNames.put(s.key(), text(s.title()) != null ? text(s.title()) : s.url()));
    }

    /** Every table, main tables first and each kind's link tables after it. */
    List<Sheet> all() {
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(incidents());
        sheets.add(incidentVictims());
        sheets.add(persons());
        sheets.add(memberships());
        sheets.add(organizations());
        sheets.add(cases());
        sheets.add(caseParties());
        sheets.add(charges());
        sheets.add(stages());
        sheets.add(sources());
        sheets.add(events());
        sheets.add(interventions());
        sheets.add(figures());
        return sheets;
    }

    Sheet incidents() {
        List<List<Object>> rows = new ArrayList<>();
        for (IncidentDocument i : records.incidents()) {
            List<String> victimKeys = list(i.victims()).stream()
                    .map(v -> v.person() != null ? v.person() : v.organization()).toList();
            List<String> victimNames = list(i.victims()).stream().map(v -> v.person() != null ? name(personNames, v.person())
                    : v.organization() != null ? name(organizationNames, v.organization()) : message("exports.withheld")).toList();
            rows.add(row(i.key(), address("incidents", i.key()), text(i.title()), date(i.date(), i.datePrecision(), true),
                    date(i.endDate(), i.endDatePrecision(), false), placeName(i.place()), i.place(), i.placeDetail(),
                    i.latitude(), i.longitude(), name(eventNames, i.event()), i.event(),
                    terms("incident_type", i.types()), join(i.types()), terms("right", i.rights()), join(i.rights()),
                    join(victimNames), join(victimKeys), victimCount(i.victimCount()),
                    join(list(i.perpetrators()).stream().map(this::perpetrator).toList()),
                    join(list(i.articles()).stream().map(this::article).toList()),
                    names(caseNames, i.legalCases()), join(i.legalCases()),
                    label("confidentiality.", i.confidentiality()), i.confidentiality(), i.reviewStatus(),
                    text(i.narrative()), citedNames(i.sources()), citedKeys(i.sources())));
        }
        return new Sheet("incidents", List.of("key", "address", "title", "date", "end date", "place", "place code",
                "place detail", "latitude", "longitude", "event", "event key", "types", "type codes", "rights",
                "right codes", "victims", "victim keys", "victim count", "perpetrators", "articles", "legal cases",
                "legal case keys", "confidentiality", "confidentiality code", "review status", "narrative", "sources",
                "source keys"), rows);
    }

    Sheet incidentVictims() {
        List<List<Object>> rows = new ArrayList<>();
        for (IncidentDocument i : records.incidents()) {
            for (IncidentDocument.Victim v : list(i.victims())) {
                String kind = v.person() != null ? "person" : v.organization() != null ? "organization" : null;
                String name = v.person() != null ? name(personNames, v.person())
                        : v.organization() != null ? name(organizationNames, v.organization()) : message("exports.withheld");
                rows.add(row(i.key(), text(i.title()), name, v.person() != null ? v.person() : v.organization(), kind, v.note()));
            }
        }
        return new Sheet("incident-victims", List.of("incident key", "incident", "victim", "victim key", "victim kind",
                "note"), rows);
    }

    Sheet persons() {
        List<List<Object>> rows = new ArrayList<>();
        for (PersonDocument p : records.persons()) {
            rows.add(row(p.key(), address("persons", p.key()), p.name(), otherNames(list(p.names()).stream()
                            .map(PersonDocument.Name::name).toList()), p.gender(), p.birthYear(),
                    terms("role", p.roles()), join(p.roles()), placeName(p.place()), p.place(), text(p.description()),
                    terms("vulnerability", p.vulnerabilities()), join(p.vulnerabilities()),
                    join(list(p.memberships()).stream().map(m -> name(organizationNames, m.organization())).toList()),
                    join(list(p.memberships()).stream().map(PersonDocument.Membership::organization).toList()),
                    p.sensitive() == null ? null : p.sensitive().consentToPublish(),
                    label("confidentiality.", p.confidentiality()), p.confidentiality(),
                    citedNames(p.sources()), citedKeys(p.sources())));
        }
        return new Sheet("persons", List.of("key", "address", "name", "other names", "gender", "birth year", "roles",
                "role codes", "place", "place code", "description", "vulnerabilities", "vulnerability codes",
                "organisations", "organisation keys", "consent to publish", "confidentiality", "confidentiality code",
                "sources", "source keys"), rows);
    }

    Sheet memberships() {
        List<List<Object>> rows = new ArrayList<>();
        for (PersonDocument p : records.persons()) {
            for (PersonDocument.Membership m : list(p.memberships())) {
                rows.add(row(p.name(), p.key(), name(organizationNames, m.organization()), m.organization(),
                        label("membership.", m.kind()), m.kind(), Boolean.TRUE.equals(m.alleged()) ? "yes" : "no",
                        date(m.from(), m.fromPrecision(), false), date(m.until(), m.untilPrecision(), false)));
            }
        }
        return new Sheet("memberships", List.of("person", "person key", "organisation", "organisation key", "kind",
                "kind code", "alleged", "from", "until"), rows);
    }

    Sheet organizations() {
        List<List<Object>> rows = new ArrayList<>();
        for (OrganizationDocument o : records.organizations()) {
            rows.add(row(o.key(), address("organizations", o.key()), o.name(), otherNames(list(o.names()).stream()
                            .map(OrganizationDocument.Name::name).toList()), term("organization_kind", o.kind()), o.kind(),
                    name(organizationNames, o.parent()), o.parent(), placeName(o.place()), o.place(),
                    text(o.description()),
                    join(list(o.statuses()).stream().map(s -> label("orgStatus.", s.status())
                            + (s.date() == null ? "" : " (" + date(s.date(), s.datePrecision(), false) + ")")).toList()),
                    label("confidentiality.", o.confidentiality()), o.confidentiality(),
                    citedNames(o.sources()), citedKeys(o.sources())));
        }
        return new Sheet("organisations", List.of("key", "address", "name", "other names", "kind", "kind code", "parent",
                "parent key", "place", "place code", "description", "statuses", "confidentiality",
                "confidentiality code", "sources", "source keys"), rows);
    }

    Sheet cases() {
        List<List<Object>> rows = new ArrayList<>();
        for (CaseDocument c : records.cases()) {
            rows.add(row(c.key(), address("cases", c.key()), c.number(), text(c.title()), label("caseKind.", c.kind()),
                    c.kind(), placeName(c.place()), c.place(),
                    join(list(c.parties()).stream().map(this::partyName).toList()),
                    join(list(c.parties()).stream().map(p -> p.person() != null ? p.person() : p.organization()).toList()),
                    join(list(c.charges()).stream().map(ch -> article(new IncidentDocument.Article(ch.code(), ch.article(),
                            ch.part()))).toList()),
                    join(list(c.stages()).stream().map(s -> label("stage.", s.kind()) + " ("
                            + date(s.date(), s.datePrecision(), true) + ")").toList()),
                    label("confidentiality.", c.confidentiality()), c.confidentiality(),
                    citedNames(c.sources()), citedKeys(c.sources())));
        }
        return new Sheet("legal-cases", List.of("key", "address", "number", "title", "kind", "kind code", "place",
                "place code", "parties", "party keys", "charges", "stages", "confidentiality", "confidentiality code",
                "sources", "source keys"), rows);
    }

    Sheet caseParties() {
        List<List<Object>> rows = new ArrayList<>();
        for (CaseDocument c : records.cases()) {
            for (CaseDocument.PartyDocument p : list(c.parties())) {
                rows.add(row(c.key(), caseNames.get(c.key()), partyName(p),
                        p.person() != null ? p.person() : p.organization(), p.role()));
            }
        }
        return new Sheet("case-parties", List.of("case key", "case", "party", "party key", "role"), rows);
    }

    Sheet charges() {
        List<List<Object>> rows = new ArrayList<>();
        for (CaseDocument c : records.cases()) {
            for (CaseDocument.ChargeDocument ch : list(c.charges())) {
                rows.add(row(c.key(), caseNames.get(c.key()), name(personNames, ch.defendant()), ch.defendant(),
                        article(new IncidentDocument.Article(ch.code(), ch.article(), ch.part())), ch.code(),
                        ch.article(), ch.part(), ch.status()));
            }
        }
        return new Sheet("charges", List.of("case key", "case", "defendant", "defendant key", "article", "code",
                "article number", "part", "status"), rows);
    }

    Sheet stages() {
        List<List<Object>> rows = new ArrayList<>();
        for (CaseDocument c : records.cases()) {
            for (CaseDocument.StageDocument s : list(c.stages())) {
                rows.add(row(c.key(), caseNames.get(c.key()), label("stage.", s.kind()), s.kind(),
                        date(s.date(), s.datePrecision(), true), date(s.endDate(), s.endDatePrecision(), false),
                        name(personNames, s.person()), s.person(),
                        s.court() != null ? name(organizationNames, s.court()) : s.courtText(), s.court(), s.judge(),
                        s.measure(), s.outcome(), s.duration(), text(s.note())));
            }
        }
        return new Sheet("case-stages", List.of("case key", "case", "stage", "stage code", "date", "end date", "person",
                "person key", "court", "court key", "judge", "measure", "outcome", "duration", "note"), rows);
    }

    Sheet sources() {
        List<List<Object>> rows = new ArrayList<>();
        for (SourceDocument s : records.sources()) {
            rows.add(row(s.key(), address("sources", s.key()), text(s.title()), s.url(), s.outlet(), s.language(),
                    term("source_kind", s.kind()), s.kind(), date(s.publishedOn(), s.publishedOnPrecision(), false),
                    s.accessedOn(), s.reliability(), s.archiveUrl(), label("confidentiality.", s.confidentiality()),
                    s.confidentiality()));
        }
        return new Sheet("sources", List.of("key", "address", "title", "url", "outlet", "language", "kind", "kind code",
                "published", "accessed", "reliability", "archive url", "confidentiality", "confidentiality code"), rows);
    }

    Sheet events() {
        List<List<Object>> rows = new ArrayList<>();
        for (EventDocument e : records.events()) {
            rows.add(row(e.key(), address("events", e.key()), text(e.title()), date(e.date(), e.datePrecision(), false),
                    date(e.endDate(), e.endDatePrecision(), false), placeName(e.place()), e.place(),
                    text(e.description()), label("confidentiality.", e.confidentiality()), e.confidentiality(),
                    citedNames(e.sources()), citedKeys(e.sources())));
        }
        return new Sheet("events", List.of("key", "address", "title", "date", "end date", "place", "place code",
                "description", "confidentiality", "confidentiality code", "sources", "source keys"), rows);
    }

    Sheet interventions() {
        List<List<Object>> rows = new ArrayList<>();
        for (InterventionDocument i : records.interventions()) {
            rows.add(row(i.key(), address("interventions", i.key()), label("interventionKind.", i.kind()), i.kind(),
                    date(i.date(), i.datePrecision(), false),
                    i.sender() != null ? name(organizationNames, i.sender()) : i.senderText(), i.sender(),
                    text(i.title()), text(i.summary()), names(organizationNames, i.addressees()), join(i.addressees()),
                    names(personNames, i.persons()), join(i.persons()), names(incidentNames, i.incidents()),
                    join(i.incidents()), text(i.response()), date(i.responseDate(), i.responseDatePrecision(), false),
                    i.outcome(), label("confidentiality.", i.confidentiality()), i.confidentiality(),
                    citedNames(i.sources()), citedKeys(i.sources())));
        }
        return new Sheet("interventions", List.of("key", "address", "kind", "kind code", "date", "sender", "sender key",
                "title", "summary", "addressees", "addressee keys", "persons", "person keys", "incidents",
                "incident keys", "response", "response date", "outcome", "confidentiality", "confidentiality code",
                "sources", "source keys"), rows);
    }

    Sheet figures() {
        List<List<Object>> rows = new ArrayList<>();
        for (ReportedFigureDocument f : records.figures()) {
            ReportedFigureDocument.Count count = f.count();
            rows.add(row(f.key(), address("reported-figures", f.key()), text(f.description()),
                    term("incident_type", f.incidentType()), f.incidentType(),
                    f.article() == null ? null : article(f.article()),
                    count == null ? null : count.qualifier(), count == null ? null : count.value(),
                    count == null ? null : count.upTo(), count == null ? null : count.unit(),
                    date(f.from(), f.fromPrecision(), false), date(f.to(), f.toPrecision(), false),
                    placeName(f.place()), f.place(),
                    f.reportedBy() != null ? name(organizationNames, f.reportedBy()) : f.reportedByText(), f.reportedBy(),
                    label("confidentiality.", f.confidentiality()), f.confidentiality(),
                    citedNames(f.sources()), citedKeys(f.sources())));
        }
        return new Sheet("reported-figures", List.of("key", "address", "description", "incident type",
                "incident type code", "article", "qualifier", "count", "up to", "unit", "from", "to", "place",
                "place code", "reported by", "reported by key", "confidentiality", "confidentiality code", "sources",
                "source keys"), rows);
    }

    // ---- cells

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    static String join(List<String> values) {
        return values == null || values.isEmpty() ? null
                : String.join(JOIN, values.stream().map(v -> v == null ? "" : v).toList());
    }

    String text(LocalizedText text) {
        return text == null ? null : text.in(labels.language()).text();
    }

    private String otherNames(List<String> names) {
        return join(names);
    }

    /** The address of a record in Kuzet: absolute under the configured base URL, else the path. */
    String address(String collection, String key) {
        String path = "/" + collection + "/" + key;
        String base = labels.baseUrl();
        return base == null || base.isBlank() ? path : base.replaceAll("/+$", "") + path;
    }

    /** A date as it is known; an incident without a date says "date unknown". */
    String date(String iso, String precision, boolean unknownIfMissing) {
        if (iso == null || iso.isBlank()) {
            return unknownIfMissing || IncidentDocument.DATE_UNKNOWN.equals(precision) ? message("date.unknown") : null;
        }
        DatePrecision p = precision == null || IncidentDocument.DATE_UNKNOWN.equals(precision) ? DatePrecision.DAY
                : DatePrecision.fromCode(precision);
        return new DateWithPrecision(LocalDate.parse(iso), p).display(locale);
    }

    /** The label of a term in the tables' language; its code when the vocabulary has no such term. */
    String termLabel(String vocabulary, String code) {
        return term(vocabulary, code);
    }

    String organizationName(String key) {
        return name(organizationNames, key);
    }

    String sourceName(String key) {
        return name(sourceNames, key);
    }

    private String term(String vocabulary, String code) {
        return code == null ? null : termLabels.getOrDefault(vocabulary + ":" + code, code);
    }

    private String terms(String vocabulary, List<String> codes) {
        return codes == null ? null : join(codes.stream().map(c -> term(vocabulary, c)).toList());
    }

    private String placeName(String code) {
        return code == null ? null : placeNames.getOrDefault(code, code);
    }

    private String article(IncidentDocument.Article a) {
        String reference = a.code() + " " + a.article() + (a.part() == null ? "" : "." + a.part());
        String label = articleLabels.get(a.code() + ":" + a.article());
        return label == null ? reference : reference + " " + label;
    }

    private String perpetrator(IncidentDocument.Perpetrator p) {
        String who = p.organization() != null ? name(organizationNames, p.organization())
                : p.person() != null ? name(personNames, p.person()) : p.description();
        String kind = term("perpetrator_kind", p.kind());
        return kind == null ? who : who == null ? kind : who + " (" + kind + ")";
    }

    private String partyName(CaseDocument.PartyDocument p) {
        return (p.person() != null ? name(personNames, p.person()) : name(organizationNames, p.organization()))
                + (p.role() == null ? "" : " (" + p.role() + ")");
    }

    private static String victimCount(IncidentDocument.VictimCount count) {
        return count == null || count.value() == null ? null
                : count.qualifier() + " " + count.value() + " " + count.unit();
    }

    /** The linked record's name; its key when the reader has it but not its name. */
    private static String name(Map<String, String> names, String key) {
        return key == null ? null : Objects.requireNonNullElse(names.get(key), key);
    }

    private static String names(Map<String, String> names, List<String> keys) {
        return keys == null ? null : join(keys.stream().map(k -> name(names, k)).toList());
    }

    private String citedNames(List<Citation> citations) {
        return citations == null ? null : join(citations.stream().map(c -> name(sourceNames, c.source())).toList());
    }

    private static String citedKeys(List<Citation> citations) {
        return citations == null ? null : join(citations.stream().map(Citation::source).toList());
    }

    private String label(String prefix, String code) {
        return code == null ? null : message(prefix + code, code);
    }

    private String message(String key) {
        return message(key, key);
    }

    private String message(String key, String fallback) {
        return labels.messages().getMessage(key, null, fallback, locale);
    }
}
