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
 * The signed-in user's account: the password change that a one-time password forces.
 * A plain page until the web interface replaces it.
 */
@Controller
class AccountController {

    private final Users users;

    AccountController(Users users) {
        this.users = users;
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
            String field = problem.path().endsWith("currentPassword") ? "The current password" : "The new password";
            return passwordPage(request, field + " " + problem.message() + ".");
        }
        return Pages.page("Password changed", "<p>Your password was changed. <a href=\"/\">Continue</a></p>");
    }

    private static String passwordPage(HttpServletRequest request, String error) {
        return Pages.page("Change password", Pages.alert(error)
                + "<form method=\"post\" action=\"/account/password\">" + Pages.csrfField(request)
                + "<p><label for=\"currentPassword\">Current password</label> "
                + "<input id=\"currentPassword\" name=\"currentPassword\" type=\"password\" required autocomplete=\"current-password\"></p>"
                + "<p><label for=\"newPassword\">New password (" + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                + " characters, hard to guess, without your user name; a phrase of several unusual words works well)</label> "
                + "<input id=\"newPassword\" name=\"newPassword\" type=\"password\" required minlength=\""
                + PasswordPolicy.MIN_LENGTH + "\" maxlength=\"" + PasswordPolicy.MAX_LENGTH + "\" autocomplete=\"new-password\"></p>"
                + "<p><button type=\"submit\">Change password</button></p></form>");
    }
}
