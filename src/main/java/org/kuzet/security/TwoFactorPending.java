package org.kuzet.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A sign-in whose password was right but whose second factor is still missing. It holds no role, only the
 * authority to open the second step, and its name is no user name, so nothing else treats it as the user
 * (the {@link ActorFilter} sees an anonymous visitor). It is kept in the web session, which lives in the database:
 * it holds the user name and nothing secret.
 */
final class TwoFactorPending extends AbstractAuthenticationToken {

    static final String AUTHORITY = "SIGN_IN_SECOND_STEP";
    private static final long serialVersionUID = 1L;

    private final String username;

    TwoFactorPending(String username) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.username = username;
        setAuthenticated(true);
    }

    /** Who typed the right password. */
    String username() {
        return username;
    }

    @Override
    public String getName() {
        return "(second step pending)";
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return getName();
    }
}
