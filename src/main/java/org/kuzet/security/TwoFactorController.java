package org.kuzet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.kuzet.shared.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The signed-in user's two-factor sign-in: enrolment with an authenticator app, recovery codes, switching off. */
@Controller
class TwoFactorController {

    private final Users users;
    private final TwoFactor twoFactor;
    private final Settings settings;

    TwoFactorController(Users users, TwoFactor twoFactor, Settings settings) {
        this.users = users;
        this.twoFactor = twoFactor;
        this.settings = settings;
    }

    @GetMapping(value = AccountGate.ENROL, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(Principal principal, HttpServletRequest request) {
        User user = users.find(principal.getName()).orElseThrow();
        return user.twoFactor() ? statusPage(request, null) : enrolmentPage(user, request, null);
    }

    @PostMapping(value = AccountGate.ENROL + "/confirm", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String confirm(Principal principal, HttpServletRequest request, @RequestParam(defaultValue = "") String code) {
        User user = users.find(principal.getName()).orElseThrow();
        List<String> recovery;
        try {
            recovery = twoFactor.confirm(user, code);
        } catch (InvalidInputException e) {
            return user.twoFactor() ? statusPage(request, e.problems().getFirst().message())
                    : enrolmentPage(user, request, "The code " + e.problems().getFirst().message() + ".");
        }
        StringBuilder list = new StringBuilder("<ol>");
        recovery.forEach(c -> list.append("<li><code>").append(Pages.escape(c)).append("</code></li>"));
        list.append("</ol>");
        return Pages.page("Two-factor sign-in is on",
                "<p>From now on you sign in with your password and a code from your app.</p>"
                        + "<p>These recovery codes each work once, in place of a code, if you lose your phone. "
                        + "Keep them somewhere safe, away from the phone; they are shown only now.</p>"
                        + list + "<p><a href=\"/\">Continue</a></p>");
    }

    @PostMapping(value = AccountGate.ENROL + "/disable", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String disable(Principal principal, HttpServletRequest request, @RequestParam(defaultValue = "") String password,
                   @RequestParam(defaultValue = "") String code) {
        User user = users.find(principal.getName()).orElseThrow();
        if (settings.requireTwoFactor()) {
            return statusPage(request, "An administrator requires two-factor sign-in for every account.");
        }
        if (!users.encoder().matches(password, users.passwordHash(user.username()).orElseThrow())) {
            return statusPage(request, "The password is not your current password.");
        }
        try {
            twoFactor.disable(user, code);
        } catch (InvalidInputException e) {
            return statusPage(request, "The code " + e.problems().getFirst().message() + ".");
        }
        return Pages.page("Two-factor sign-in is off", "<p>You now sign in with your password alone. "
                + "<a href=\"/\">Continue</a></p>");
    }

    private String enrolmentPage(User user, HttpServletRequest request, String error) {
        TwoFactor.Enrolment enrolment = twoFactor.enrolment(user);
        String intro = settings.requireTwoFactor()
                ? "<p>An administrator requires two-factor sign-in: set it up to continue.</p>" : "";
        return Pages.page("Set up two-factor sign-in", Pages.alert(error) + intro
                + "<p>Scan this code with an authenticator app (for example Aegis, FreeOTP or Google Authenticator):</p>"
                + "<p><img src=\"" + Pages.escape(enrolment.qrDataUri()) + "\" alt=\"QR code of the secret\" width=\"350\" height=\"350\"></p>"
                + "<p>Or type the secret: <code>" + Pages.escape(grouped(enrolment.secret())) + "</code></p>"
                + "<form method=\"post\" action=\"" + AccountGate.ENROL + "/confirm\">" + Pages.csrfField(request)
                + "<p><label for=\"code\">Code shown by the app</label> "
                + "<input id=\"code\" name=\"code\" required inputmode=\"numeric\" autocomplete=\"one-time-code\"></p>"
                + "<p><button type=\"submit\">Turn on two-factor sign-in</button></p></form>"
                + Pages.signOutForm(request));
    }

    private String statusPage(HttpServletRequest request, String error) {
        String disable = settings.requireTwoFactor()
                ? "<p>An administrator requires two-factor sign-in, so it cannot be switched off.</p>"
                : "<h2>Switch off</h2><form method=\"post\" action=\"" + AccountGate.ENROL + "/disable\">" + Pages.csrfField(request)
                + "<p><label for=\"password\">Password</label> "
                + "<input id=\"password\" name=\"password\" type=\"password\" required autocomplete=\"current-password\"></p>"
                + "<p><label for=\"code\">Code from your app, or a recovery code</label> "
                + "<input id=\"code\" name=\"code\" required autocomplete=\"one-time-code\"></p>"
                + "<p><button type=\"submit\">Switch off two-factor sign-in</button></p></form>";
        return Pages.page("Two-factor sign-in", Pages.alert(error) + "<p>Two-factor sign-in is on for your account.</p>"
                + disable + "<p><a href=\"/\">Back</a></p>");
    }

    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
