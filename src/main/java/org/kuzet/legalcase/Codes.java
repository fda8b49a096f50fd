package org.kuzet.legalcase;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The bundle writes every closed list as lower-case snake_case codes ({@code "pre_trial_detention"}); our enums are the
 * same words in upper case. One place turns codes into constants so that every vocabulary refuses unknown codes the same
 * way: loudly, naming what was expected (the bundle format says an unknown code is an error, never silently dropped).
 */
final class Codes {

    private Codes() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code, String whatItIs) {
        if (code != null) {
            for (E constant : type.getEnumConstants()) {
                if (of(constant).equals(code)) {
                    return constant;
                }
            }
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + whatItIs + " '" + code + "' (expected one of: " + expected + ")");
    }
}
