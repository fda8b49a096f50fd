package org.kuzet.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.kuzet.shared.LocalizedText;

/**
 * A recommendation on one freedom ({@code right}, a code of the right vocabulary), addressed to a body: an
 * organisation of the record ({@code addressee}, its key) or a free text ({@code addresseeText}). Reports on that
 * freedom include it; {@code position} orders the recommendations of a freedom.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecommendationDocument(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
        Integer version,
        String key,
        String right,
        String addressee,
        String addresseeText,
        LocalizedText text,
        Integer position,
        String confidentiality) {
}
