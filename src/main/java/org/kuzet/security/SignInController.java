package org.kuzet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.kuzet.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The sign-in pages: the password form (processed by Spring Security's form login) and the second step, where
 * an account with two-factor sign-in gives a code from its app or a recovery code.
 */
@Controller
class SignInController {

    private final SignInGuard guard;
    private final TwoFactor twoFactor;
    private final Users users;
    private final Settings settings;
    private final ApplicationEventPublisher events;
    private final AccountViews views;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requests = new HttpSessionRequestCache();

    SignInController(SignInGuard guard, TwoFactor twoFactor, Users users, Settings settings, ApplicationEventPublisher events,
                     AccountViews views) {
        this.views = views;
        this.guard = guard;
        this.twoFactor = twoFactor;
        this.users = users;
        this.settings = settings;
        this.events = events;
    }

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String signInForm(HttpServletRequest request) {
        // every refusal reads the same (PasswordSignIn.FAILED): it must not tell a locked account from a wrong password
        AccountViews.Notice notice = request.getParameter("error") != null ? AccountViews.Notice.problem("signInFailed")
                : request.getParameter("logout") != null ? AccountViews.Notice.status("signedOut") : null;
        return views.signIn(request, notice);
    }

    @GetMapping(value = AccountGate.SECOND_STEP, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String secondStepForm(HttpServletRequest request) {
        return secondStepPage(request, null);
    }

    @PostMapping(value = AccountGate.SECOND_STEP, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String secondStep(HttpServletRequest request, HttpServletResponse response, @RequestParam(defaultValue = "") String code)
            throws IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (!(current instanceof TwoFactorPending pending)) {
            response.sendRedirect("/login");
            return null;
        }
        String address = request.getRemoteAddr();
        Optional<SignInGuard.Account> account = guard.account(pending.username());
        Optional<User> user = users.find(pending.username());
        if (guard.addressBlocked(address) || account.isEmpty() || user.isEmpty() || !account.get().enabled()
                || guard.isLocked(account.get())) {
            String reason = guard.addressBlocked(address) ? "throttled"
                    : account.isEmpty() || !account.get().enabled() ? "disabled" : "locked";
            guard.failed(pending.username(), account, reason, address);
            return restart(request, response);
        }
        String method = twoFactor.acceptCode(account.get().id(), code) ? "totp"
                : twoFactor.useRecoveryCode(user.get(), code) ? "recovery_code" : null;
        if (method == null) {
            if (guard.failed(pending.username(), account, "bad_second_factor", address)) {
                return restart(request, response);
            }
            return secondStepPage(request, AccountViews.Notice.problem("codeNotAccepted"));
        }
        events.publishEvent(new AuditEvent("second_factor_succeeded", "user", pending.username(), Map.of("method", method)));
        guard.succeeded(account.get(), address, method);

        // A new session id for the fully signed-in session, as at the password step (session fixation).
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(PasswordSignIn.signedIn(account.get().username(), account.get().role()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);

        Optional<String> next = AccountGate.nextStep(user.get(), settings);
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        response.sendRedirect(next.orElse(saved != null ? saved.getRedirectUrl() : "/"));
        return null;
    }

    /** The pending sign-in ends (locked out or gone): back to the password with the generic message. */
    private String restart(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect("/login?error");
        return null;
    }

    private String secondStepPage(HttpServletRequest request, AccountViews.Notice notice) {
        return views.secondStep(request, notice);
    }
}
