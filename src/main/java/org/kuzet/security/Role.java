package org.kuzet.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kuzet.shared.Clearance;

/** What a user may do; the full permission matrix is in docs/security.md. */
public enum Role {
    ADMIN(Clearance.CONFIDENTIAL), EDITOR(Clearance.INTERNAL), REVIEWER(Clearance.CONFIDENTIAL), VIEWER(Clearance.INTERNAL);

    private final Clearance clearance;

    Role(Clearance clearance) {
        this.clearance = clearance;
    }

    /** Which records the role sees: reviewers and administrators see confidential ones. */
    public Clearance clearance() {
        return clearance;
    }

    /** The roles that write the record: everyone but viewers. */
    public static final Set<Role> WRITERS = Collections.unmodifiableSet(EnumSet.of(ADMIN, EDITOR, REVIEWER));

    /** The roles that verify and publish incidents, merge duplicates and see confidential records. */
    public static final Set<Role> REVIEWERS = Collections.unmodifiableSet(EnumSet.of(ADMIN, REVIEWER));

    /** Whether this role verifies and publishes incidents. */
    public boolean reviews() {
        return REVIEWERS.contains(this);
    }

    /** Whether this role writes the record (creates, edits, attaches evidence). */
    public boolean writes() {
        return WRITERS.contains(this);
    }

    /** The role of an account's code, or empty for none (an anonymous reader, the command line). */
    public static Optional<Role> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        for (Role r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + code + "' (expected admin, editor, reviewer or viewer)");
    }
}
