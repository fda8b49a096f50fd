package org.kuzet.security;

import java.security.Principal;
import java.util.List;
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
        return tokens.request(principal.getName(), body.name(), body.expiresAt());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, Principal principal) {
        tokens.revoke(principal.getName(), id);
    }
}
