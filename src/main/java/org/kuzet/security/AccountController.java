package org.kuzet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.kuzet.shared.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

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
            return passwordPage(request, e.problems().getFirst().path() + " " + e.problems().getFirst().message());
        }
        return page("Password changed", "<p>Your password was changed. <a href=\"/\">Continue</a></p>");
    }

    private static String passwordPage(HttpServletRequest request, String error) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return page("Change password", (error == null ? "" : "<p role=\"alert\">" + HtmlUtils.htmlEscape(error) + "</p>")
                + "<form method=\"post\" action=\"/account/password\">"
                + "<input type=\"hidden\" name=\"" + csrf.getParameterName() + "\" value=\"" + csrf.getToken() + "\">"
                + "<p><label for=\"currentPassword\">Current password</label> "
                + "<input id=\"currentPassword\" name=\"currentPassword\" type=\"password\" required autocomplete=\"current-password\"></p>"
                + "<p><label for=\"newPassword\">New password (at least " + PasswordPolicy.MIN_LENGTH + " characters)</label> "
                + "<input id=\"newPassword\" name=\"newPassword\" type=\"password\" required minlength=\""
                + PasswordPolicy.MIN_LENGTH + "\" autocomplete=\"new-password\"></p>"
                + "<p><button type=\"submit\">Change password</button></p></form>");
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(title)
                + "</title></head><body><h1>" + HtmlUtils.htmlEscape(title) + "</h1>" + body + "</body></html>";
    }
}
