package org.kuzet.incident;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.RecordDocument;
import org.kuzet.source.Citation;
import org.kuzet.source.Cited;

/**
 * An incident as the API and the bundle carry it (docs/bundle-format.md, "incidents"): one thing that
 * happened, to whom, by whom, when and where, on what evidence. {@code testimony} (a victim's or witness's own
 * account) is sealed at rest and shown only to reviewers, administrators and the incident's creator.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record IncidentDocument(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
        Integer version,
        String key,
        LocalizedText title,
        LocalizedText narrative,
        String testimony,
        String date,
        String datePrecision,
        String endDate,
        String endDatePrecision,
        String place,
        String placeDetail,
        java.math.BigDecimal latitude,
        java.math.BigDecimal longitude,
        String event,
        List<String> types,
        List<String> rights,
        List<Victim> victims,
        VictimCount victimCount,
        List<Perpetrator> perpetrators,
        List<Article> articles,
        List<String> legalCases,
        String confidentiality,
        String reviewStatus,
        List<Citation> sources,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime createdAt,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime updatedAt)
        implements RecordDocument<IncidentDocument>, Cited<IncidentDocument> {

    /**
     * The {@code datePrecision} of an incident whose sources give no date: it has no {@code date} and no end date, is
     * listed after the dated ones and matches no period; nothing invents a date for it.
     */
    public static final String DATE_UNKNOWN = "unknown";

    /**
     * A named victim: a person or an organisation. A victim whose record the reader may not see (confidential, or
     * a person who did not consent to publication, for the public) comes without key and note, described only by
     * {@code withheld}, e.g. "a resident of Shymkent".
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Victim(String person, String organization, String note,
                         @JsonProperty(access = JsonProperty.Access.READ_ONLY) String withheld) {

        public Victim(String person, String organization, String note) {
            this(person, organization, note, null);
        }
    }

    /**
     * How many were affected in all, named or not, and what is counted: "more than 200 people" is
     * {@code {more_than, 200, persons}}, "12 NGOs were inspected" {@code {exact, 12, organizations}}, "30 detentions"
     * where the report does not say of whom {@code {exact, 30, unknown}}. A count that names no unit counts persons:
     * that is what every count meant before the unit was recorded, in the record and in bundles.
     *
     * @param qualifier {@link #QUALIFIERS}: how exact the figure is
     * @param value     the figure, at least 1
     * @param unit      {@link #UNITS}: what it counts; {@code persons} when not given
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VictimCount(String qualifier, Integer value, String unit) {

        /** How exact a figure is: exactly, at least, more than, about, up to. */
        public static final List<String> QUALIFIERS = List.of("exact", "at_least", "more_than", "about", "up_to");
        /** A count of persons, the default. */
        public static final String PERSONS = "persons";
        /** What a count counts: persons, organisations, or what the source does not say. */
        public static final List<String> UNITS = List.of(PERSONS, "organizations", "unknown");

        public VictimCount {
            unit = unit == null ? PERSONS : unit;
        }

        /** A count of persons. */
        public VictimCount(String qualifier, Integer value) {
            this(qualifier, value, PERSONS);
        }

        /** Whether it counts persons (and so goes into a count of persons). */
        public boolean ofPersons() {
            return PERSONS.equals(unit);
        }
    }

    /** Who did it: a kind of institution, optionally the organisation or named official. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Perpetrator(String kind, String organization, String person, String description) {
    }

    /** A legal article the incident concerns, e.g. CC 405 part 1. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Article(String code, String article, String part) {
    }

    /** The content alone, as the interchange bundle carries it. */
    @Override
    public IncidentDocument content() {
        return new IncidentDocument(null, null, key, title, narrative, testimony, date, datePrecision, endDate, endDatePrecision, place,
                placeDetail, latitude, longitude, event, types, rights, victims, victimCount, perpetrators, articles,
                legalCases, confidentiality, reviewStatus, sources, null, null);
    }

    @Override
    public IncidentDocument citing(List<Citation> citations, Integer atVersion) {
        return new IncidentDocument(id, atVersion, key, title, narrative, testimony, date, datePrecision, endDate,
                endDatePrecision, place, placeDetail, latitude, longitude, event, types, rights, victims,
                victimCount, perpetrators, articles, legalCases, confidentiality, reviewStatus, citations, createdAt,
                updatedAt);
    }

    @Override
    public IncidentDocument withKey(String newKey) {
        return new IncidentDocument(id, version, newKey, title, narrative, testimony, date, datePrecision, endDate,
                endDatePrecision, place, placeDetail, latitude, longitude, event, types, rights, victims,
                victimCount, perpetrators, articles, legalCases, confidentiality, reviewStatus, sources, createdAt,
                updatedAt);
    }

    /** The same incident with these victims and citations. */
    IncidentDocument withVictimsAndSources(List<Victim> newVictims, List<Citation> newSources) {
        return new IncidentDocument(id, version, key, title, narrative, testimony, date, datePrecision, endDate,
                endDatePrecision, place, placeDetail, latitude, longitude, event, types, rights, newVictims, victimCount,
                perpetrators, articles, legalCases, confidentiality, reviewStatus, newSources, createdAt, updatedAt);
    }

    /** The same incident, part of one more legal case too. */
    IncidentDocument partOfCase(String caseKey) {
        List<String> cases = new java.util.ArrayList<>(legalCases == null ? List.of() : legalCases);
        if (!cases.contains(caseKey)) {
            cases.add(caseKey);
        }
        return new IncidentDocument(id, version, key, title, narrative, testimony, date, datePrecision, endDate,
                endDatePrecision, place, placeDetail, latitude, longitude, event, types, rights, victims, victimCount,
                perpetrators, articles, cases, confidentiality, reviewStatus, sources, createdAt, updatedAt);
    }

    /** The same incident in another review status, as an update at {@code readVersion}. */
    IncidentDocument inReview(ReviewStatus status, Integer readVersion) {
        return new IncidentDocument(id, readVersion, key, title, narrative, testimony, date, datePrecision, endDate,
                endDatePrecision, place, placeDetail, latitude, longitude, event, types, rights, victims, victimCount,
                perpetrators, articles, legalCases, confidentiality, status.code(), sources, createdAt, updatedAt);
    }

    /** The content without the testimony, which is under protection. */
    IncidentDocument withoutProtectedFields() {
        return new IncidentDocument(null, null, key, title, narrative, null, date, datePrecision, endDate, endDatePrecision,
                place, placeDetail, latitude, longitude, event, types, rights, victims, victimCount, perpetrators, articles,
                legalCases, confidentiality, reviewStatus, sources, null, null);
    }

    @Override
    @JsonIgnore
    public List<String> sealedFields() {
        return testimony == null ? List.of() : List.of("$.testimony");
    }
}
