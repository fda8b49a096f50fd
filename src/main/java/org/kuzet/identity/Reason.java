package org.kuzet.identity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One piece of evidence in a duplicate score: what matched or conflicted, and how much it added (negative for a
 * conflict). The score of a pair is the sum of its reasons' weights, kept within [0, 1].
 *
 * @param code   e.g. {@code name_same_skeleton}, {@code shared_incidents}, {@code different_birth_years}
 * @param detail what exactly, e.g. {@code 'Zhanbolat Mamay' ~ 'Жанболат Мамай'} or the shared incidents' keys
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reason(String code, double weight, String detail, boolean conflict) {

    static Reason of(String code, double weight, String detail) {
        return new Reason(code, rounded(weight), detail, weight < 0);
    }

    static Reason conflict(String code, double weight, String detail) {
        return new Reason(code, rounded(weight), detail, true);
    }

    /** A weight as a reason counts it: to a thousandth. */
    static double rounded(double weight) {
        return Math.round(weight * 1000) / 1000.0;
    }
}
