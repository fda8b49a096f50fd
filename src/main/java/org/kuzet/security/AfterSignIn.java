package org.kuzet.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * Where the browser goes once the password is right: to the second step if the account has a second factor,
 * else to the step it must take first ({@link AccountGate#nextStep}), else where it was going.
 */
class AfterSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

    private final Users users;
    private final Settings settings;

    AfterSignIn(Users users, Settings settings) {
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication instanceof TwoFactorPending pending) {
            // filed under the user's name, so that a password change ends this half-finished sign-in too
            // (OtherSessions): whoever typed the old password must not finish with the second factor afterwards
            request.getSession().setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, pending.username());
            getRedirectStrategy().sendRedirect(request, response, AccountGate.SECOND_STEP);
            return;
        }
        Optional<String> next = users.find(authentication.getName()).flatMap(u -> AccountGate.nextStep(u, settings));
        if (next.isPresent()) {
            getRedirectStrategy().sendRedirect(request, response, next.get());
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
