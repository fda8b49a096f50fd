package org.kuzet.web;

/** What the form for a new user sent, kept when it comes back with a problem. */
public record NewUser(String username, String role, String displayName) {
}
