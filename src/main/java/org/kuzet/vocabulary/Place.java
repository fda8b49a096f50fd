package org.kuzet.vocabulary;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/** A place in the hierarchy country → region → settlement. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Place(String code, String kind, String parent, Labels names, List<FormerName> formerNames,
                    BigDecimal latitude, BigDecimal longitude) {
}
