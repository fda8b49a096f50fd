package org.kuzet.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal bearer tokens for the API. The token is shown once; only its SHA-256 is stored. */
@Service
public class ApiTokens {

    static final String PREFIX = "kzt_";
    /** The longest life a user may give their own token. */
    static final Duration MAX_LIFETIME = Duration.ofDays(366);

    private final JdbcClient db;
    private final Users users;
    private final Settings settings;
    private final ApplicationEventPublisher events;

    public ApiTokens(JdbcClient db, Users users, Settings settings, ApplicationEventPublisher events) {
        this.db = db;
        this.users = users;
        this.settings = settings;
        this.events = events;
    }

    /** Creates a token for {@code username} and returns it; it cannot be recovered later. */
    @Transactional
    public String create(String username, String name, Instant expiresAt) {
        return issue(username, name, expiresAt).token();
    }

    /** A token just created: the only moment its plain text exists. */
    public record Issued(long id, String name, String token, String prefix, Instant expiresAt) {
    }

    /**
     * A token its owner asks for (API or account page): a name of 1 to 100 characters saying what it is for and an
     * expiry, an instant ({@code 2026-05-01T12:00:00Z}) or a day ({@code 2026-05-01}, its start in UTC), in the
     * future and at most a year ahead. An account that must first take a step on the web ({@link AccountStep}) is
     * refused (403, saying what to do).
     */
    @Transactional
    public Issued request(String username, String name, String expiresAt) {
        // an account held on a step (a new password, mandatory two-factor enrolment) gets no token that would skip it
        Optional<AccountStep> step = users.find(username).flatMap(u -> AccountStep.pending(u, settings));
        if (step.isPresent()) {
            throw step.get().refusal();
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidInputException.of("$.name", "is required: 1 to 100 characters saying what the token is for");
        }
        return issue(username, name.strip(), expiry(expiresAt));
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

    @Transactional
    Issued issue(String username, String name, Instant expiresAt) {
        User user = users.find(username)
                .orElseThrow(() -> InvalidInputException.of("username", "no user '" + username + "'"));
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String prefix = token.substring(0, PREFIX.length() + 6);
        long id = db.sql("""
                        insert into api_token (user_id, name, token_hash, token_prefix, expires_at) values (?, ?, ?, ?, ?)
                        returning id""")
                .params(user.id(), name, sha256(token), prefix, expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(Long.class).single();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("user", username);
        details.put("name", name);
        details.put("expiresAt", expiresAt == null ? "never" : expiresAt.toString());
        events.publishEvent(new AuditEvent("token_created", "api_token", Long.toString(id), details));
        return new Issued(id, name, token, prefix, expiresAt);
    }

    /** A token as its owner sees it later: never the token itself. */
    public record TokenSummary(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                        Instant revokedAt) {
    }

    public List<TokenSummary> of(String username) {
        return db.sql("""
                        select t.id, t.name, t.token_prefix, t.created_at, t.expires_at, t.last_used_at, t.revoked_at
                        from api_token t join app_user u on u.id = t.user_id where u.username = ? order by t.id""")
                .param(username)
                .query((rs, n) -> new TokenSummary(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7))))
                .list();
    }

    /** Revokes one of {@code username}'s own tokens; someone else's token is as unknown as a missing one. */
    @Transactional
    public void revoke(String username, long id) {
        int rows = db.sql("""
                        update api_token t set revoked_at = now() from app_user u
                        where t.id = ? and u.id = t.user_id and u.username = ? and t.revoked_at is null""")
                .params(id, username).update();
        if (rows == 0) {
            throw new RecordNotFoundException("active token", Long.toString(id));
        }
        events.publishEvent(new AuditEvent("token_revoked", "api_token", Long.toString(id), Map.of("user", username)));
    }

    /**
     * The enabled user a valid, unexpired, unrevoked token belongs to. When the token was last used is kept to the
     * minute: writing it on every request would make every read a write (a commit flushed to disk), and concurrent
     * requests of one client would queue on the token's row.
     */
    Optional<User> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        record Valid(long id, String username, boolean usedLately) {
        }
        Optional<Valid> valid = db.sql("""
                        select t.id, u.username, coalesce(t.last_used_at > now() - interval '1 minute', false)
                        from api_token t join app_user u on u.id = t.user_id
                        where t.token_hash = ? and t.revoked_at is null
                          and (t.expires_at is null or t.expires_at > now()) and u.enabled""")
                .param(sha256(token)).query((rs, n) -> new Valid(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).optional();
        valid.filter(v -> !v.usedLately())
                .ifPresent(v -> db.sql("update api_token set last_used_at = now() where id = ?").param(v.id()).update());
        return valid.flatMap(v -> users.find(v.username()));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
