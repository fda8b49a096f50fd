package org.kuzet.shared;

import java.util.List;

/** How widely a record may be shown. Enforcement comes with the security module; every record carries it. */
public final class Confidentiality {

    public static final List<String> LEVELS = List.of("public", "internal", "confidential");
    public static final String DEFAULT = "internal";

    private Confidentiality() {
    }
}
