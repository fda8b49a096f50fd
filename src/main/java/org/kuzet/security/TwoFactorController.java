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
    private final AccountViews views;

    TwoFactorController(Users users, TwoFactor twoFactor, Settings settings, AccountViews views) {
        this.views = views;
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
            AccountViews.Notice notice = AccountViews.Notice.problem("code", e.problems().getFirst().message());
            return user.twoFactor() ? statusPage(request, notice) : enrolmentPage(user, request, notice);
        }
        return views.twoFactorOn(request, recovery);
    }

    @PostMapping(value = AccountGate.ENROL + "/disable", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String disable(Principal principal, HttpServletRequest request, @RequestParam(defaultValue = "") String password,
                   @RequestParam(defaultValue = "") String code) {
        User user = users.find(principal.getName()).orElseThrow();
        if (settings.requireTwoFactor()) {
            return statusPage(request, AccountViews.Notice.problem("twoFactorRequired"));
        }
        if (!users.encoder().matches(password, users.passwordHash(user.username()).orElseThrow())) {
            return statusPage(request, AccountViews.Notice.problem("notCurrentPassword"));
        }
        try {
            twoFactor.disable(user, code);
        } catch (InvalidInputException e) {
            return statusPage(request, AccountViews.Notice.problem("code", e.problems().getFirst().message()));
        }
        return views.twoFactorOff(request);
    }

    private String enrolmentPage(User user, HttpServletRequest request, AccountViews.Notice notice) {
        TwoFactor.Enrolment enrolment = twoFactor.enrolment(user);
        return views.enrolment(request, enrolment.qrDataUri(), grouped(enrolment.secret()), settings.requireTwoFactor(), notice);
    }

    private String statusPage(HttpServletRequest request, AccountViews.Notice notice) {
        return views.twoFactorStatus(request, settings.requireTwoFactor(), notice);
    }

    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
