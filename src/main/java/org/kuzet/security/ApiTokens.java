package org.kuzet.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
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

    private final JdbcClient db;
    private final Users users;
    private final ApplicationEventPublisher events;

    public ApiTokens(JdbcClient db, Users users, ApplicationEventPublisher events) {
        this.db = db;
        this.users = users;
        this.events = events;
    }

    /** Creates a token for {@code username} and returns it; it cannot be recovered later. */
    @Transactional
    public String create(String username, String name, Instant expiresAt) {
        return issue(username, name, expiresAt).token();
    }

    /** A token just created: the only moment its plain text exists. */
    record Issued(long id, String name, String token, String prefix, Instant expiresAt) {
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
    record TokenSummary(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                        Instant revokedAt) {
    }

    List<TokenSummary> of(String username) {
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
    void revoke(String username, long id) {
        int rows = db.sql("""
                        update api_token t set revoked_at = now() from app_user u
                        where t.id = ? and u.id = t.user_id and u.username = ? and t.revoked_at is null""")
                .params(id, username).update();
        if (rows == 0) {
            throw new RecordNotFoundException("active token", Long.toString(id));
        }
        events.publishEvent(new AuditEvent("token_revoked", "api_token", Long.toString(id), Map.of("user", username)));
    }

    /** The enabled user a valid, unexpired, unrevoked token belongs to. */
    Optional<User> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<String> username = db.sql("""
                update api_token t set last_used_at = now() from app_user u
                where t.token_hash = ? and u.id = t.user_id and t.revoked_at is null
                  and (t.expires_at is null or t.expires_at > now()) and u.enabled
                returning u.username""")
                .param(sha256(token)).query(String.class).optional();
        return username.flatMap(users::find);
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
