package org.kuzet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in browser on the step it must take before anything else: the second factor after the
 * password, a new password after a one-time one, enrolment in two-factor sign-in when an administrator
 * requires it ({@link AccountStep}, which binds the API's tokens too). A session whose account was disabled or whose
 * role changed since sign-in is ended.
 */
class AccountGate extends OncePerRequestFilter {

    static final String SECOND_STEP = "/login/two-factor";
    static final String CHANGE_PASSWORD = "/account/password";
    static final String ENROL = "/account/two-factor";

    private final Users users;
    private final Settings settings;

    AccountGate(Users users, Settings settings) {
        this.users = users;
        this.settings = settings;
    }

    /** Where a fully signed-in user must go first, if anywhere: the page of their {@link AccountStep}. */
    static Optional<String> nextStep(User user, Settings settings) {
        return AccountStep.pending(user, settings).map(AccountStep::page);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<String> next = Optional.empty();
        if (authentication instanceof TwoFactorPending) {
            next = Optional.of(SECOND_STEP);
        } else if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            Optional<User> user = signedIn(request, authentication.getName());
            if (user.isEmpty() || !user.get().enabled() || authentication.getAuthorities().stream()
                    .noneMatch(a -> a.getAuthority().equals("ROLE_" + user.get().role().name()))) {
                endSession(request);
                response.sendRedirect("/login");
                return;
            }
            next = nextStep(user.get(), settings);
        }
        if (next.isPresent() && !allowed(path, next.get())) {
            response.sendRedirect(next.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The user {@link ActorFilter} read for this request, or read now if it did not. */
    private Optional<User> signedIn(HttpServletRequest request, String username) {
        if (request.getAttribute(ActorFilter.USER) instanceof User user && user.username().equals(username)) {
            return Optional.of(user);
        }
        return users.find(username);
    }

    private static boolean allowed(String path, String next) {
        return path.equals(next) || path.startsWith(next + "/") || path.equals("/logout") || path.equals("/login")
                || path.equals("/error") || path.startsWith("/assets/") || path.startsWith("/webjars/");
    }

    private static void endSession(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
