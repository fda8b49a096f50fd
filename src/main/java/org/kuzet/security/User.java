package org.kuzet.security;

/** A person who signs in to Kuzet. {@code twoFactor}: a second factor (TOTP) is confirmed and required at sign-in. */
public record User(long id, String username, Role role, boolean mustChangePassword, boolean enabled, boolean twoFactor) {
}
