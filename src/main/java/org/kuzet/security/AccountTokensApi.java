package org.kuzet.security;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.kuzet.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Every signed-in user's own API tokens: list, create (shown once, with an expiry of at most a year), revoke. */
@RestController
@RequestMapping(value = "/api/v1/account/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
class AccountTokensApi {

    static final Duration MAX_LIFETIME = Duration.ofDays(366);

    private final ApiTokens tokens;

    AccountTokensApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** @param expiresAt an instant ({@code 2026-05-01T12:00:00Z}) or a date ({@code 2026-05-01}, its start in UTC) */
    record NewToken(String name, String expiresAt) {
    }

    @GetMapping
    List<ApiTokens.TokenSummary> list(Principal principal) {
        return tokens.of(principal.getName());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.Issued create(@RequestBody NewToken body, Principal principal) {
        if (body.name() == null || body.name().isBlank() || body.name().length() > 100) {
            throw InvalidInputException.of("$.name", "is required: 1 to 100 characters saying what the token is for");
        }
        Instant expires = expiry(body.expiresAt());
        return tokens.issue(principal.getName(), body.name().strip(), expires);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, Principal principal) {
        tokens.revoke(principal.getName(), id);
    }

    private static Instant expiry(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("$.expiresAt", "is required: a date or instant at most one year ahead");
        }
        Instant expires;
        try {
            expires = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("$.expiresAt", "'" + text + "' is not a date (2026-05-01) or an instant (2026-05-01T12:00:00Z)");
        }
        Instant now = Instant.now();
        if (!expires.isAfter(now)) {
            throw InvalidInputException.of("$.expiresAt", "must be in the future");
        }
        if (expires.isAfter(now.plus(MAX_LIFETIME))) {
            throw InvalidInputException.of("$.expiresAt", "must be at most one year ahead");
        }
        return expires;
    }
}
