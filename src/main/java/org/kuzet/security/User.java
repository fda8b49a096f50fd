package org.kuzet.security;

/** A person who signs in to Kuzet. */
public record User(long id, String username, Role role, boolean mustChangePassword, boolean enabled) {
}
