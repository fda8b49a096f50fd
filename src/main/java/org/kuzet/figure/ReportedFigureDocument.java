package org.kuzet.figure;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.RecordDocument;
import org.kuzet.source.Citation;
import org.kuzet.source.Cited;

/**
 * A figure another organisation reported, as the API and the bundle carry it: what is counted ({@code description},
 * and where it fits the {@code incidentType} and legal {@code article} it concerns), how many ({@code count}), the
 * period from {@code from} to {@code to} (each as precise as it is known: "2020" is the year 2020, "2020-01" to
 * "2020-03" its first quarter; no {@code to}: the period of {@code from} alone), the {@code place}, who reported it
 * (an organisation of the record, {@code reportedBy}, or a name in words, {@code reportedByText}; at least one), the
 * sources and the confidentiality. {@code id}, {@code createdAt} and {@code updatedAt} are shown by the API only;
 * {@code version} is sent back with an update.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReportedFigureDocument(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
        Integer version,
        String key,
        LocalizedText description,
        String incidentType,
        IncidentDocument.Article article,
        Count count,
        String from,
        String fromPrecision,
        String to,
        String toPrecision,
        String place,
        String reportedBy,
        String reportedByText,
        String confidentiality,
        List<Citation> sources,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime createdAt,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime updatedAt)
        implements RecordDocument<ReportedFigureDocument>, Cited<ReportedFigureDocument> {

    /**
     * How many, as the organisation put it, and what: "more than 300 persons" is {@code {more_than, 300, persons}},
     * "between 40 and 60 cases" {@code {between, 40, 60, incidents}}.
     *
     * @param qualifier {@link ReportedFigures#QUALIFIERS}: the qualifiers of an incident's victim count, and
     *                  {@code between}
     * @param value     the figure (the lower end of a range), 0 or more
     * @param upTo      the upper end, with {@code between} only
     * @param unit      {@link ReportedFigures#UNITS}: what is counted; {@code unknown} when not given
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Count(String qualifier, Integer value, Integer upTo, String unit) {

        public Count {
            unit = unit == null ? ReportedFigures.UNKNOWN : unit;
        }
    }

    /** The content alone, as the interchange bundle carries it. */
    @Override
    public ReportedFigureDocument content() {
        return new ReportedFigureDocument(null, null, key, description, incidentType, article, count, from, fromPrecision,
                to, toPrecision, place, reportedBy, reportedByText, confidentiality, sources, null, null);
    }

    @Override
    public ReportedFigureDocument citing(List<Citation> citations, Integer atVersion) {
        return new ReportedFigureDocument(id, atVersion, key, description, incidentType, article, count, from,
                fromPrecision, to, toPrecision, place, reportedBy, reportedByText, confidentiality, citations, createdAt,
                updatedAt);
    }

    @Override
    public ReportedFigureDocument withKey(String newKey) {
        return new ReportedFigureDocument(id, version, newKey, description, incidentType, article, count, from,
                fromPrecision, to, toPrecision, place, reportedBy, reportedByText, confidentiality, sources, createdAt,
                updatedAt);
    }
}
