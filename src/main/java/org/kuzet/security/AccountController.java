package org.kuzet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.kuzet.shared.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The signed-in user's account: the password change that a one-time password forces, which signs the user out
 * everywhere else.
 * A plain page until the web interface replaces it.
 */
@Controller
class AccountController {

    private final Users users;
    private final OtherSessions otherSessions;
    private final AccountViews views;

    AccountController(Users users, OtherSessions otherSessions, AccountViews views) {
        this.users = users;
        this.otherSessions = otherSessions;
        this.views = views;
    }

    @GetMapping(value = "/account/password", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String passwordForm(HttpServletRequest request) {
        return passwordPage(request, null);
    }

    @PostMapping(value = "/account/password", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String changePassword(Principal principal, HttpServletRequest request, @RequestParam String currentPassword,
                          @RequestParam String newPassword) {
        try {
            users.changePassword(principal.getName(), currentPassword, newPassword);
        } catch (InvalidInputException e) {
            var problem = e.problems().getFirst();
            return passwordPage(request, AccountViews.Notice.problem(
                    problem.path().endsWith("currentPassword") ? "currentPassword" : "newPassword", problem.message()));
        }
        var current = request.getSession(false);
        otherSessions.end(principal.getName(), current == null ? null : current.getId());
        return views.passwordChanged(request);
    }

    private String passwordPage(HttpServletRequest request, AccountViews.Notice notice) {
        return views.passwordForm(request, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH, notice);
    }
}
