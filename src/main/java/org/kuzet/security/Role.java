package org.kuzet.security;

import java.util.Locale;

/** What a user may do. The security module refines this into a full permission matrix. */
public enum Role {
    ADMIN, EDITOR, REVIEWER, VIEWER;

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
