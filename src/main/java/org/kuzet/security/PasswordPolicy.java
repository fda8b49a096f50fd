package org.kuzet.security;

import java.util.Optional;

/** What a password must be. The security module adds the common-password list. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    static Optional<String> problemWith(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters long");
        }
        if (password.isBlank()) {
            return Optional.of("must not be only spaces");
        }
        return Optional.empty();
    }
}
