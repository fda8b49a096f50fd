/**
 * Accounts, sign-in with two factors, API tokens, settings, and who may do what: the permission matrix of
 * docs/security.md is declared once, in {@code SecurityConfiguration}, with {@link org.kuzet.security.Role}.
 *
 * <p>Owns {@code app_user}, {@code api_token}, {@code recovery_code}, {@code settings} and {@code sign_in_failure}
 * (the address throttle); the web sessions' tables ({@code spring_session*}) are Spring Session's. Offers {@link
 * org.kuzet.security.Users}, {@link org.kuzet.security.ApiTokens}, {@link org.kuzet.security.Settings} and {@link
 * org.kuzet.security.Role}.
 */
package org.kuzet.security;
