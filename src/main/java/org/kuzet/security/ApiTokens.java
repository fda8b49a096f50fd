package org.kuzet.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.kuzet.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal bearer tokens for the API. The token is shown once; only its SHA-256 is stored. */
@Service
public class ApiTokens {

    static final String PREFIX = "kzt_";

    private final JdbcClient db;
    private final Users users;

    public ApiTokens(JdbcClient db, Users users) {
        this.db = db;
        this.users = users;
    }

    /** Creates a token for {@code username} and returns it; it cannot be recovered later. */
    @Transactional
    public String create(String username, String name, Instant expiresAt) {
        User user = users.find(username)
                .orElseThrow(() -> InvalidInputException.of("username", "no user '" + username + "'"));
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        db.sql("insert into api_token (user_id, name, token_hash, token_prefix, expires_at) values (?, ?, ?, ?, ?)")
                .params(user.id(), name, sha256(token), token.substring(0, PREFIX.length() + 6),
                        expiresAt == null ? null : java.sql.Timestamp.from(expiresAt))
                .update();
        return token;
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
}
