package org.kuzet.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Two records that may be one, with the score and every reason for it. {@code first} is the older record (the
 * suggested survivor of a merge).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DuplicatePair(String type, Party first, Party second, double score, List<Reason> reasons) {

    /** One side of a pair: what a reviewer compares at a glance. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Party(long id, String key, String name, List<String> otherNames, String gender, Integer birthYear,
                        String place, String kind) {

        static Party of(Facts f) {
            return new Party(f.id(), f.key(), f.name(), f.names().stream().filter(n -> !n.equals(f.name())).toList(),
                    f.gender(), f.birthYear(), f.place(), f.kind());
        }
    }
}
