package org.kuzet.legalcase;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.RecordDocument;
import org.kuzet.source.Citation;
import org.kuzet.source.Cited;

/**
 * A legal case as the API and the bundle carry it (docs/bundle-format.md, "legalCases"): a proceeding
 * with its parties, the charges brought and its dated stages, from the opening to release. Stages
 * are kept in date order (see {@link LegalCases}). {@code id}, {@code createdAt} and
 * {@code updatedAt} are shown by the API only; {@code version} is sent back with an update.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CaseDocument(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
        Integer version,
        String key,
        String kind,
        String number,
        LocalizedText title,
        String place,
        List<PartyDocument> parties,
        List<ChargeDocument> charges,
        List<StageDocument> stages,
        String confidentiality,
        List<Citation> sources,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime createdAt,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime updatedAt)
        implements RecordDocument<CaseDocument>, Cited<CaseDocument> {

    /** The content alone, as the interchange bundle carries it. */
    @Override
    public CaseDocument content() {
        return new CaseDocument(null, null, key, kind, number, title, place, parties, charges, stages, confidentiality,
                sources, null, null);
    }

    @Override
    public CaseDocument citing(List<Citation> citations, Integer atVersion) {
        return new CaseDocument(id, atVersion, key, kind, number, title, place, parties, charges, stages,
                confidentiality, citations, createdAt, updatedAt);
    }

    @Override
    public CaseDocument withKey(String newKey) {
        return new CaseDocument(id, version, newKey, kind, number, title, place, parties, charges, stages,
                confidentiality, sources, createdAt, updatedAt);
    }

    /** The same case with these parties. */
    CaseDocument withParties(List<PartyDocument> newParties) {
        return new CaseDocument(id, version, key, kind, number, title, place, newParties, charges, stages,
                confidentiality, sources, createdAt, updatedAt);
    }

    /** The same case, at the same version, with these charges and stages. */
    CaseDocument withChargesAndStages(List<ChargeDocument> newCharges, List<StageDocument> newStages) {
        return new CaseDocument(id, version, key, kind, number, title, place, parties, newCharges, newStages,
                confidentiality, sources, createdAt, updatedAt);
    }

    /** A person or an organisation taking part in the case, and in which role. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record PartyDocument(String person, String organization, String role) {
    }

    /** A charge under an article of a code, e.g. CC 405 part 1, against one defendant. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ChargeDocument(String defendant, String code, String article, String part, LocalizedText label,
                                 String status) {
    }

    /**
     * One dated step of the case. Which of the extra properties apply depends on {@code kind}
     * (see the table in docs/bundle-format.md); {@code person} omitted means every defendant. {@code sentenceUnknown}
     * says that a conviction's sentence is left out because the source does not give it, not by oversight.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record StageDocument(
            String kind,
            String date,
            String datePrecision,
            String person,
            String court,
            String courtText,
            String judge,
            String duration,
            String measure,
            String endDate,
            String endDatePrecision,
            String outcome,
            List<SentenceComponentDocument> sentence,
            Boolean sentenceUnknown,
            String change,
            String reason,
            LocalizedText note,
            List<Citation> sources) {
    }

    /** One part of a sentence: "one year of restriction of freedom", "a fine of 55 560 KZT". */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SentenceComponentDocument(String kind, String duration, String regime, String amount, String currency,
                                            LocalizedText note) {
    }
}
