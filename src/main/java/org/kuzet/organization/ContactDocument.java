package org.kuzet.organization;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.kuzet.shared.RecordDocument;
import org.kuzet.source.Citation;

/**
 * An addressee of interventions (a UN body, an ombudsperson, a prosecutor's office) as the API and the
 * bundle carry it. {@code id}, {@code createdAt} and {@code updatedAt} are shown by the API only;
 * {@code version} is sent back with an update.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContactDocument(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
        Integer version,
        String key,
        String organization,
        String name,
        String position,
        String address,
        String email,
        String phone,
        String url,
        String confidentiality,
        List<Citation> sources,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime createdAt,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime updatedAt)
        implements RecordDocument<ContactDocument> {

    /** The content alone, as the interchange bundle carries it. */
    @Override
    public ContactDocument content() {
        return new ContactDocument(null, null, key, organization, name, position, address, email, phone, url,
                confidentiality, sources, null, null);
    }

    @Override
    public ContactDocument withKey(String newKey) {
        return new ContactDocument(id, version, newKey, organization, name, position, address, email, phone, url,
                confidentiality, sources, createdAt, updatedAt);
    }
}
