package org.kuzet.security;

import java.time.Clock;
import java.util.List;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators manage the accounts (the API chain lets only them in). */
@RestController
@RequestMapping(value = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
class UsersApi {

    private final Users users;
    private final Clock clock = Clock.systemUTC();

    UsersApi(Users users) {
        this.users = users;
    }

    /** A new account; it gets a one-time password, which the user must change at first sign-in. */
    record NewUser(String username, String role, String displayName) {
    }

    record CreatedUser(Users.UserSummary user, String oneTimePassword) {
    }

    /** What an administrator changes; a missing value stays as it is. */
    record UserChange(String role, String displayName, Boolean enabled) {
    }

    @GetMapping
    List<Users.UserSummary> list() {
        return users.list(clock.instant());
    }

    @GetMapping("/{username}")
    Users.UserSummary get(@PathVariable String username) {
        return users.summary(username, clock.instant()).orElseThrow(() -> new RecordNotFoundException("user", username));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    CreatedUser create(@RequestBody NewUser body) {
        String oneTime = Users.oneTimePassword(body.username() == null ? "" : body.username());
        users.create(body.username(), role(body.role(), true), body.displayName(), oneTime, true);
        return new CreatedUser(users.summary(body.username(), clock.instant()).orElseThrow(), oneTime);
    }

    @PutMapping(value = "/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Users.UserSummary update(@PathVariable String username, @RequestBody UserChange body) {
        users.update(username, role(body.role(), false), body.displayName(), body.enabled());
        return get(username);
    }

    @PostMapping("/{username}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@PathVariable String username) {
        users.unlock(username);
    }

    @DeleteMapping("/{username}/two-factor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetTwoFactor(@PathVariable String username) {
        users.resetTwoFactor(username);
    }

    private static Role role(String code, boolean required) {
        if (code == null) {
            if (required) {
                throw InvalidInputException.of("$.role", "is required (admin, editor, reviewer or viewer)");
            }
            return null;
        }
        try {
            return Role.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("$.role", e.getMessage());
        }
    }
}
