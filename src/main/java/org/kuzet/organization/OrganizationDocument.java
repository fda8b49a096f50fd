package org.kuzet.organization;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.RecordDocument;
import org.kuzet.source.Citation;
import org.kuzet.source.Cited;

/**
 * An organisation as the API and the bundle carry it (see docs/bundle-format.md): a movement, party, NGO,
 * court or state body, with its other names, the organisation it is part of ({@code parent}: a branch's movement, a
 * district court's judiciary) and the history of its legal status. {@code id},
 * {@code createdAt} and {@code updatedAt} are shown by the API only; {@code version} is sent back with an update.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OrganizationDocument(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
        Integer version,
        String key,
        String name,
        String kind,
        String parent,
        List<Name> names,
        String place,
        LocalizedText description,
        List<Status> statuses,
        String confidentiality,
        List<Citation> sources,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime createdAt,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime updatedAt)
        implements RecordDocument<OrganizationDocument>, Cited<OrganizationDocument> {

    /** The content alone, as the interchange bundle carries it. */
    @Override
    public OrganizationDocument content() {
        return new OrganizationDocument(null, null, key, name, kind, parent, names, place, description, statuses,
                confidentiality, sources, null, null);
    }

    @Override
    public OrganizationDocument citing(List<Citation> citations, Integer atVersion) {
        return new OrganizationDocument(id, atVersion, key, name, kind, parent, names, place, description, statuses,
                confidentiality, citations, createdAt, updatedAt);
    }

    @Override
    public OrganizationDocument withKey(String newKey) {
        return new OrganizationDocument(id, version, newKey, name, kind, parent, names, place, description, statuses,
                confidentiality, sources, createdAt, updatedAt);
    }

    /** Another name: an abbreviation (DVK, ДВК), an alias, a translation, a former name. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Name(String name, String script, String lang, String kind) {
    }

    /** A change of legal status: founded, registered, banned as extremist, liquidated… and who decided it. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Status(String status, String date, String datePrecision, String decidedBy, String decidedByText,
                         LocalizedText note, List<Citation> sources) {
    }
}
