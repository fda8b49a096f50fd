package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.kuzet.security.ApiTokens;
import org.kuzet.security.Role;
import org.kuzet.security.Settings;
import org.kuzet.security.Users;
import org.kuzet.shared.Actor;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Problem;
import org.kuzet.shared.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The accounts, for administrators: create (the one-time password is shown once), change role, disable and enable,
 * unlock, reset the second factor, and the setting that makes two-factor sign-in mandatory. And every user's own
 * account page: their API tokens (shown once when created; revocable) and the ways to their password and second
 * factor. {@link Users}, {@link ApiTokens} and {@link Settings} apply the rules and audit each change.
 */
@Controller
class UserPages {

    private static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::code).toList();
    private static final List<String> DONE = List.of("role", "enabled", "disabled", "unlocked", "twoFactorReset", "settings");

    private final Users users;
    private final ApiTokens tokens;
    private final Settings settings;
    private final Clock clock = Clock.systemUTC();

    UserPages(Users users, ApiTokens tokens, Settings settings) {
        this.users = users;
        this.tokens = tokens;
        this.settings = settings;
    }

    @GetMapping("/users")
    String list(@RequestParam(required = false) String done, @RequestParam(required = false) String user, Model model,
                HttpServletResponse response) {
        return users(model, response, done != null && DONE.contains(done) ? done : null, user, null, List.of());
    }

    @PostMapping("/users")
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String role,
                  @RequestParam(required = false) String displayName, Model model, HttpServletResponse response) {
        String name = username == null ? "" : username.strip();
        try {
            String oneTime = Users.oneTimePassword(name);
            users.create(name, role(role), displayName, oneTime, true);
            model.addAttribute("oneTimePassword", oneTime);
            return users(model, response, null, name, null, List.of());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("typed", new NewUser(name, role, displayName));
            return users(model, response, null, null, null, messages(e));
        }
    }

    @PostMapping("/users/{username}/role")
    String changeRole(@PathVariable String username, @RequestParam(required = false) String role, Model model,
                      HttpServletResponse response) {
        return change(username, "role", model, response, () -> users.update(username, role(role), null, null));
    }

    @PostMapping("/users/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam(required = false) Boolean enabled, Model model,
                  HttpServletResponse response) {
        if (enabled == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "enabled: true or false is required");
        }
        return change(username, enabled ? "enabled" : "disabled", model, response,
                () -> users.update(username, null, null, enabled));
    }

    @PostMapping("/users/{username}/unlock")
    String unlock(@PathVariable String username, Model model, HttpServletResponse response) {
        return change(username, "unlocked", model, response, () -> users.unlock(username));
    }

    @PostMapping("/users/{username}/two-factor/reset")
    String resetTwoFactor(@PathVariable String username, Model model, HttpServletResponse response) {
        return change(username, "twoFactorReset", model, response, () -> users.resetTwoFactor(username));
    }

    @PostMapping("/users/settings")
    String changeSettings(@RequestParam(defaultValue = "false") boolean requireTwoFactor) {
        settings.set(Settings.REQUIRE_TWO_FACTOR, Boolean.toString(requireTwoFactor));
        return "redirect:/users?done=settings";
    }

    private String change(String username, String done, Model model, HttpServletResponse response, Runnable action) {
        if (users.find(username).isEmpty()) {
            throw new RecordNotFoundException("user", username);
        }
        try {
            action.run();
            return "redirect:/users?done=" + done + "&user=" + username;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return users(model, response, null, username, username, messages(e));
        }
    }

    private String users(Model model, HttpServletResponse response, String done, String user, String failed,
                         List<String> problems) {
        // the page may carry a one-time password: no cache keeps it
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("users", users.list(clock.instant()));
        model.addAttribute("roles", ROLES);
        model.addAttribute("requireTwoFactor", settings.requireTwoFactor());
        model.addAttribute("done", done);
        model.addAttribute("user", user);
        model.addAttribute("failed", failed);
        model.addAttribute("problems", problems);
        if (!model.containsAttribute("oneTimePassword")) {
            model.addAttribute("oneTimePassword", null);
        }
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", new NewUser("", Role.EDITOR.code(), ""));
        }
        return "admin/users";
    }

    @GetMapping("/account")
    String account(@RequestParam(required = false) String revoked, Model model, HttpServletResponse response) {
        model.addAttribute("revoked", revoked != null);
        return account(model, response, null, List.of(), "", "");
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam(required = false) String name, @RequestParam(required = false) String expiresAt,
                       Model model, HttpServletResponse response) {
        model.addAttribute("revoked", false);
        try {
            ApiTokens.Issued issued = tokens.request(Actor.current().username(), name, expiresAt);
            return account(model, response, issued, List.of(), "", "");
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return account(model, response, null, messages(e), name == null ? "" : name, expiresAt == null ? "" : expiresAt);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id) {
        tokens.revoke(Actor.current().username(), id);
        return "redirect:/account?revoked";
    }

    private String account(Model model, HttpServletResponse response, ApiTokens.Issued issued, List<String> problems,
                           String name, String expiresAt) {
        response.setHeader("Cache-Control", "no-store");
        String username = Actor.current().username();
        model.addAttribute("account", users.summary(username, clock.instant()).orElseThrow());
        model.addAttribute("tokens", tokens.of(username));
        model.addAttribute("issued", issued);
        model.addAttribute("problems", problems);
        model.addAttribute("name", name);
        model.addAttribute("expiresAt", expiresAt);
        model.addAttribute("now", clock.instant());
        return "admin/account";
    }

    private static Role role(String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of("$.role", "is required (admin, editor, reviewer or viewer)");
        }
        try {
            return Role.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("$.role", e.getMessage());
        }
    }

    private static List<String> messages(InvalidInputException e) {
        return e.problems().stream().map(Problem::toString).toList();
    }
}
