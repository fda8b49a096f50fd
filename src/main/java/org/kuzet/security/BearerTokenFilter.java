package org.kuzet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}. A token of an account that must first
 * take a step on the web ({@link AccountStep}: a new password, enrolment in mandatory two-factor sign-in) is refused
 * with a 403 that says which, until the step is done.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final Settings settings;

    BearerTokenFilter(ApiTokens tokens, Settings settings) {
        this.tokens = tokens;
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var user = tokens.authenticate(header.substring(7).trim());
            if (user.isEmpty()) {
                ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Invalid token",
                        "The API token is unknown, expired or revoked");
                return;
            }
            Optional<AccountStep> step = AccountStep.pending(user.get(), settings);
            if (step.isPresent()) {
                ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, AccountStep.PROBLEM, AccountStep.TITLE,
                        step.get().instruction(), Map.of("step", step.get().page()));
                return;
            }
            var authentication = new UsernamePasswordAuthenticationToken(user.get().username(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + user.get().role().name())));
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        chain.doFilter(request, response);
    }
}
