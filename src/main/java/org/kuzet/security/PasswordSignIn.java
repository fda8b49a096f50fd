package org.kuzet.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The first step of signing in, the password. Every refusal is the same {@link #FAILED} message, whether the
 * user name is unknown, the password wrong, the account locked or disabled, or the address throttled; and the
 * password is hashed in every case, so that timing does not tell unknown names apart either.
 */
class PasswordSignIn implements AuthenticationProvider {

    static final String FAILED = "Sign-in failed or temporarily locked; try again later.";

    private final SignInGuard guard;
    private final PasswordEncoder encoder;
    private final String dummyHash;

    PasswordSignIn(SignInGuard guard, Users users) {
        this.guard = guard;
        this.encoder = users.encoder();
        this.dummyHash = encoder.encode(Users.randomPassword());
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = request.getName() == null ? "" : request.getName();
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        String address = remoteAddress(request);
        if (guard.addressBlocked(address)) {
            throw refuse(username, Optional.empty(), "throttled", address);
        }
        Optional<SignInGuard.Account> account = guard.account(username);
        boolean matches = encoder.matches(password, account.map(SignInGuard.Account::passwordHash).orElse(dummyHash));
        if (account.isEmpty()) {
            throw refuse(username, account, "bad_credentials", address);
        }
        if (guard.isLocked(account.get())) {
            throw refuse(username, account, "locked", address);
        }
        if (!matches) {
            throw refuse(username, account, "bad_credentials", address);
        }
        if (!account.get().enabled()) {
            throw refuse(username, account, "disabled", address);
        }
        if (account.get().twoFactor()) {
            // The count of failures is reset only once the second factor is right too.
            return new TwoFactorPending(account.get().username());
        }
        guard.succeeded(account.get(), address, "none");
        return signedIn(account.get().username(), account.get().role());
    }

    static Authentication signedIn(String username, Role role) {
        return UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
    }

    private BadCredentialsException refuse(String username, Optional<SignInGuard.Account> account, String reason,
                                           String address) {
        guard.failed(username, account, reason, address);
        return new BadCredentialsException(FAILED);
    }

    private static String remoteAddress(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
