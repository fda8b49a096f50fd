package org.kuzet.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One page of a list, as every list endpoint answers it. Pages count from 0. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageOf<T>(List<T> items, long total, int page, int size) {
}
