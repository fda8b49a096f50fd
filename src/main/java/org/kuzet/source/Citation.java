package org.kuzet.source;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A reference to the source that supports a record or one of its claims. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(String source, String claim, String locator) {
}
