package org.kuzet.shared;

import java.util.List;

/** How widely a record may be shown. Enforcement comes with the security module; every record carries it. */
public final class Confidentiality {

    public static final String PUBLIC = "public";
    public static final String INTERNAL = "internal";
    /** Reads of confidential records are audited ({@link AuditEvent#recordRead}). */
    public static final String CONFIDENTIAL = "confidential";
    public static final List<String> LEVELS = List.of(PUBLIC, INTERNAL, CONFIDENTIAL);
    public static final String DEFAULT = INTERNAL;

    private Confidentiality() {
    }
}
