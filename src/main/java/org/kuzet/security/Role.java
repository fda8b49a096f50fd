package org.kuzet.security;

import java.util.Locale;
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
