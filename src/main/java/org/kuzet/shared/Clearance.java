package org.kuzet.shared;

import java.util.Locale;

/**
 * How much of the record someone may see. PostgreSQL's row-level security policies read it from the session
 * setting {@code kuzet.clearance} (see V6__confidentiality.sql), so that every query, whoever wrote it, is
 * bound by it.
 */
public enum Clearance {
    /** Anonymous visitors: published, public records; victims who did not consent appear unnamed. */
    PUBLIC,
    /** Viewers and editors: public and internal records, and confidential records they created themselves. */
    INTERNAL,
    /** Reviewers and administrators, and the operator at the command line: everything. */
    CONFIDENTIAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
