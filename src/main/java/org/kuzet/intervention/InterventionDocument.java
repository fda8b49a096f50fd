package org.kuzet.intervention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.RecordDocument;
import org.kuzet.source.Citation;
import org.kuzet.source.Cited;

/**
 * An intervention as the API and the bundle carry it (docs/bundle-format.md, "interventions"): an
 * appeal, complaint, statement or letter sent on behalf of victims to the addressees (contact keys),
 * with the response and outcome. {@code persons} and {@code incidents} come sorted by key.
 * {@code id}, {@code createdAt} and {@code updatedAt} are shown by the API only; {@code version} is
 * sent back with an update.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InterventionDocument(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
        Integer version,
        String key,
        String kind,
        String date,
        String datePrecision,
        String sender,
        String senderText,
        LocalizedText title,
        LocalizedText summary,
        List<String> addressees,
        List<String> persons,
        List<String> incidents,
        LocalizedText response,
        String responseDate,
        String responseDatePrecision,
        String outcome,
        String confidentiality,
        List<Citation> sources,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime createdAt,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime updatedAt)
        implements RecordDocument<InterventionDocument>, Cited<InterventionDocument> {

    /** The content alone, as the interchange bundle carries it. */
    @Override
    public InterventionDocument content() {
        return new InterventionDocument(null, null, key, kind, date, datePrecision, sender, senderText, title, summary,
                addressees, persons, incidents, response, responseDate, responseDatePrecision, outcome, confidentiality,
                sources, null, null);
    }

    /** The same intervention, at the same version, sent to these addressees (contact keys, in order). */
    public InterventionDocument withAddressees(List<String> newAddressees) {
        return new InterventionDocument(id, version, key, kind, date, datePrecision, sender, senderText, title, summary,
                newAddressees, persons, incidents, response, responseDate, responseDatePrecision, outcome,
                confidentiality, sources, createdAt, updatedAt);
    }

    @Override
    public InterventionDocument citing(List<Citation> citations, Integer atVersion) {
        return new InterventionDocument(id, atVersion, key, kind, date, datePrecision, sender, senderText, title,
                summary, addressees, persons, incidents, response, responseDate, responseDatePrecision, outcome,
                confidentiality, citations, createdAt, updatedAt);
    }

    @Override
    public InterventionDocument withKey(String newKey) {
        return new InterventionDocument(id, version, newKey, kind, date, datePrecision, sender, senderText, title,
                summary, addressees, persons, incidents, response, responseDate, responseDatePrecision, outcome,
                confidentiality, sources, createdAt, updatedAt);
    }
}
