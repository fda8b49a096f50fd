package org.kuzet.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.RecordDocument;
import org.kuzet.source.Citation;
import org.kuzet.source.Cited;

/**
 * An event as the API and the bundle carry it (docs/bundle-format.md, "events"): what groups many
 * incidents, such as the nationwide protests of 22 February 2020. {@code id}, {@code createdAt} and
 * {@code updatedAt} are shown by the API only; {@code version} is sent back with an update.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EventDocument(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
        Integer version,
        String key,
        LocalizedText title,
        LocalizedText description,
        String date,
        String datePrecision,
        String endDate,
        String endDatePrecision,
        String place,
        String confidentiality,
        List<Citation> sources,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime createdAt,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime updatedAt)
        implements RecordDocument<EventDocument>, Cited<EventDocument> {

    /** The content alone, as the interchange bundle carries it. */
    @Override
    public EventDocument content() {
        return new EventDocument(null, null, key, title, description, date, datePrecision, endDate, endDatePrecision, place,
                confidentiality, sources, null, null);
    }

    @Override
    public EventDocument citing(List<Citation> citations, Integer atVersion) {
        return new EventDocument(id, atVersion, key, title, description, date, datePrecision, endDate,
                endDatePrecision, place, confidentiality, citations, createdAt, updatedAt);
    }

    @Override
    public EventDocument withKey(String newKey) {
        return new EventDocument(id, version, newKey, title, description, date, datePrecision, endDate,
                endDatePrecision, place, confidentiality, sources, createdAt, updatedAt);
    }
}
