package org.kuzet.person;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.RecordDocument;
import org.kuzet.source.Citation;
import org.kuzet.source.Cited;

/**
 * A person as the API and the bundle carry it (see docs/bundle-format.md): a victim, a lawyer, a judge, with
 * name variants, roles, memberships and political-prisoner assessments. {@code id}, {@code createdAt} and
 * {@code updatedAt} are shown by the API only; {@code version} is sent back with an update.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PersonDocument(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
        Integer version,
        String key,
        String name,
        List<Name> names,
        String gender,
        Integer birthYear,
        List<String> roles,
        String place,
        LocalizedText description,
        List<String> vulnerabilities,
        List<Membership> memberships,
        List<Assessment> assessments,
        Sensitive sensitive,
        String confidentiality,
        List<Citation> sources,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime createdAt,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime updatedAt)
        implements RecordDocument<PersonDocument>, Cited<PersonDocument> {

    /** The content alone, as the interchange bundle carries it. */
    @Override
    public PersonDocument content() {
        return new PersonDocument(null, null, key, name, names, gender, birthYear, roles, place, description,
                vulnerabilities, memberships, assessments, sensitive, confidentiality, sources, null, null);
    }

    @Override
    public PersonDocument citing(List<Citation> citations, Integer atVersion) {
        return new PersonDocument(id, atVersion, key, name, names, gender, birthYear, roles, place, description,
                vulnerabilities, memberships, assessments, sensitive, confidentiality, citations, createdAt, updatedAt);
    }

    @Override
    public PersonDocument withKey(String newKey) {
        return new PersonDocument(id, version, newKey, name, names, gender, birthYear, roles, place, description,
                vulnerabilities, memberships, assessments, sensitive, confidentiality, sources, createdAt, updatedAt);
    }

    /** Another form of the name: a spelling in another script, a transliteration, a nickname, a birth name. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Name(String name, String script, String lang, String kind) {
    }

    /**
     * Belonging to an organisation; {@code alleged} marks one attributed (often by the authorities) but not
     * confirmed.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Membership(String organization, String kind, Boolean alleged, String from, String fromPrecision,
                             String until, String untilPrecision, List<Citation> sources) {
    }

    /** An organisation's conclusion that the person is a political prisoner, a prisoner of conscience… */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Assessment(String date, String datePrecision, String assessedBy, String assessedByText,
                             String conclusion, String criteria, LocalizedText note,
                             List<Citation> sources) {
    }

    /**
     * The fields under field-level protection, and whether the person agreed to be named. {@code contacts},
     * {@code address}, {@code dateOfBirth} and {@code consentNotes} are sealed at rest and shown only to reviewers,
     * administrators and the person's creator; {@code consentToPublish} is a plain flag shown with the person.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Sensitive(String contacts, String address, String dateOfBirth, String consentToPublish,
                            String consentNotes) {
    }

    /** The content without the fields under protection; the consent to publish stays, as every reader sees it. */
    PersonDocument withoutProtectedFields() {
        Sensitive consent = sensitive == null || sensitive.consentToPublish() == null
                || "unknown".equals(sensitive.consentToPublish()) ? null
                : new Sensitive(null, null, null, sensitive.consentToPublish(), null);
        return new PersonDocument(null, null, key, name, names, gender, birthYear, roles, place, description,
                vulnerabilities, memberships, assessments, consent, confidentiality, sources, null, null);
    }

    @Override
    @JsonIgnore
    public List<String> sealedFields() {
        if (sensitive == null) {
            return List.of();
        }
        List<String> sealed = new ArrayList<>();
        if (sensitive.contacts() != null) {
            sealed.add("$.sensitive.contacts");
        }
        if (sensitive.address() != null) {
            sealed.add("$.sensitive.address");
        }
        if (sensitive.dateOfBirth() != null) {
            sealed.add("$.sensitive.dateOfBirth");
        }
        if (sensitive.consentNotes() != null) {
            sealed.add("$.sensitive.consentNotes");
        }
        return sealed;
    }
}
