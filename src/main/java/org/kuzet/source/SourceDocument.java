package org.kuzet.source;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.RecordDocument;

/**
 * A source as the API and the bundle carry it (see docs/bundle-format.md). {@code id}, {@code createdAt}
 * and {@code updatedAt} are shown by the API only; {@code version} is sent back with an update.
 * {@code informant} (who gave a confidential source, how to reach them) is sealed at rest and shown only to
 * reviewers, administrators and the source's creator.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SourceDocument(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
        Integer version,
        String key,
        String url,
        LocalizedText title,
        String outlet,
        String language,
        String kind,
        String publishedOn,
        String publishedOnPrecision,
        String accessedOn,
        String reliability,
        String archiveUrl,
        String archiveSha256,
        String informant,
        String confidentiality,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime createdAt,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) OffsetDateTime updatedAt)
        implements RecordDocument<SourceDocument> {

    /** The content alone, as the interchange bundle carries it. */
    @Override
    public SourceDocument content() {
        return new SourceDocument(null, null, key, url, title, outlet, language, kind, publishedOn, publishedOnPrecision,
                accessedOn, reliability, archiveUrl, archiveSha256, informant, confidentiality, null, null);
    }

    @Override
    public SourceDocument withKey(String newKey) {
        return new SourceDocument(id, version, newKey, url, title, outlet, language, kind, publishedOn,
                publishedOnPrecision, accessedOn, reliability, archiveUrl, archiveSha256, informant, confidentiality,
                createdAt, updatedAt);
    }

    /** The content without the informant, which is under protection. */
    SourceDocument withoutProtectedFields() {
        return new SourceDocument(null, null, key, url, title, outlet, language, kind, publishedOn, publishedOnPrecision,
                accessedOn, reliability, archiveUrl, archiveSha256, null, confidentiality, null, null);
    }

    @Override
    @JsonIgnore
    public List<String> sealedFields() {
        return informant == null ? List.of() : List.of("$.informant");
    }
}
