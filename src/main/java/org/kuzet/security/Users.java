package org.kuzet.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users of Kuzet and their passwords (Argon2id hashes only). */
@Service
public class Users {

    private static final String USERNAME = "^[a-z0-9][a-z0-9._-]{1,63}$";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String COLUMNS = "id, username, role, must_change_password, enabled, two_factor_enabled";

    private final JdbcClient db;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    public Users(JdbcClient db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
        this.encoder = passwordEncoder();
    }

    static PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    PasswordEncoder encoder() {
        return encoder;
    }

    @Transactional
    public User create(String username, Role role, String password, boolean mustChangePassword) {
        return create(username, role, null, password, mustChangePassword);
    }

    @Transactional
    public User create(String username, Role role, String displayName, String password, boolean mustChangePassword) {
        if (username == null || !username.matches(USERNAME)) {
            throw InvalidInputException.of("$.username", "must be 2-64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (role == null) {
            throw InvalidInputException.of("$.role", "is required (admin, editor, reviewer or viewer)");
        }
        PasswordPolicy.problemWith(password, username).ifPresent(p -> {
            throw InvalidInputException.of("$.password", p);
        });
        if (find(username).isPresent()) {
            throw InvalidInputException.of("$.username", "'" + username + "' already exists");
        }
        long id = db.sql("""
                        insert into app_user (username, display_name, password_hash, role, must_change_password)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(username, blankToNull(displayName), encoder.encode(password), role.code(), mustChangePassword)
                .query(Long.class).single();
        events.publishEvent(new AuditEvent("user_created", "user", username, Map.of("role", role.code())));
        return new User(id, username, role, mustChangePassword, true, false);
    }

    public Optional<User> find(String username) {
        return db.sql("select " + COLUMNS + " from app_user where username = ?")
                .param(username)
                .query((rs, n) -> new User(rs.getLong(1), rs.getString(2), Role.fromCode(rs.getString(3)), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getBoolean(6)))
                .optional();
    }

    /** Everything an administrator sees of the accounts (never hashes or secrets). */
    public List<UserSummary> list(Instant now) {
        return db.sql("""
                        select username, display_name, role, enabled, must_change_password, two_factor_enabled,
                               locked_until, failed_logins, created_at, last_login_at
                        from app_user order by username""")
                .query((rs, n) -> summary(rs, now)).list();
    }

    public Optional<UserSummary> summary(String username, Instant now) {
        return db.sql("""
                        select username, display_name, role, enabled, must_change_password, two_factor_enabled,
                               locked_until, failed_logins, created_at, last_login_at
                        from app_user where username = ?""")
                .param(username).query((rs, n) -> summary(rs, now)).optional();
    }

    private static UserSummary summary(java.sql.ResultSet rs, Instant now) throws java.sql.SQLException {
        Timestamp locked = rs.getTimestamp(7);
        Timestamp lastLogin = rs.getTimestamp(10);
        return new UserSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5),
                rs.getBoolean(6), locked != null && locked.toInstant().isAfter(now) ? locked.toInstant() : null,
                rs.getInt(8), rs.getTimestamp(9).toInstant(), lastLogin == null ? null : lastLogin.toInstant());
    }

    Optional<String> passwordHash(String username) {
        return db.sql("select password_hash from app_user where username = ?").param(username).query(String.class).optional();
    }

    public boolean any() {
        return db.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
    }

    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        String hash = passwordHash(username).orElseThrow(() -> InvalidInputException.of("$.username", "no such user"));
        if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
            throw InvalidInputException.of("$.currentPassword", "is not your current password");
        }
        PasswordPolicy.problemWith(newPassword, username).ifPresent(p -> {
            throw InvalidInputException.of("$.newPassword", p);
        });
        if (newPassword.equals(currentPassword)) {
            throw InvalidInputException.of("$.newPassword", "must differ from the current password");
        }
        db.sql("update app_user set password_hash = ?, must_change_password = false where username = ?")
                .params(encoder.encode(newPassword), username).update();
        events.publishEvent(AuditEvent.of("password_changed", "user", username));
    }

    /**
     * Changes what an administrator may change of an account; null leaves a value as it is. The last enabled
     * administrator can be neither demoted nor disabled, so that someone can always manage the users.
     */
    @Transactional
    public User update(String username, Role role, String displayName, Boolean enabled) {
        User before = find(username).orElseThrow(() -> new RecordNotFoundException("user", username));
        boolean losesAdmin = before.role() == Role.ADMIN && before.enabled()
                && ((role != null && role != Role.ADMIN) || Boolean.FALSE.equals(enabled));
        if (losesAdmin) {
            // Lock the administrators' rows so that two concurrent demotions cannot both pass the check.
            long otherAdmins = db.sql("""
                            select count(*) from (select id from app_user where role = 'admin' and enabled and username <> ?
                            for update) a""")
                    .param(username).query(Long.class).single();
            if (otherAdmins == 0) {
                throw InvalidInputException.of(role != null && role != Role.ADMIN ? "$.role" : "$.enabled",
                        "'" + username + "' is the last enabled administrator; make another user administrator first");
            }
        }
        db.sql("""
                        update app_user set role = coalesce(?, role), enabled = coalesce(?, enabled),
                               display_name = case when ? then ? else display_name end
                        where username = ?""")
                .params(role == null ? null : role.code(), enabled, displayName != null, blankToNull(displayName), username)
                .update();
        if (role != null && role != before.role()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("from", before.role().code());
            details.put("to", role.code());
            events.publishEvent(new AuditEvent("user_role_changed", "user", username, details));
        }
        if (enabled != null && enabled != before.enabled()) {
            events.publishEvent(AuditEvent.of(enabled ? "user_enabled" : "user_disabled", "user", username));
        }
        return find(username).orElseThrow();
    }

    /** Lifts a lockout and forgets the failed attempts. */
    @Transactional
    public void unlock(String username) {
        int rows = db.sql("update app_user set failed_logins = 0, locked_until = null where username = ?")
                .param(username).update();
        if (rows == 0) {
            throw new RecordNotFoundException("user", username);
        }
        events.publishEvent(AuditEvent.of("user_unlocked", "user", username));
    }

    /** Removes the second factor (lost phone): the user signs in with the password alone until enrolling again. */
    @Transactional
    public void resetTwoFactor(String username) {
        int rows = db.sql("""
                        update app_user set totp_secret = null, two_factor_enabled = false, totp_last_step = null
                        where username = ?""")
                .param(username).update();
        if (rows == 0) {
            throw new RecordNotFoundException("user", username);
        }
        db.sql("delete from recovery_code where user_id = (select id from app_user where username = ?)").param(username).update();
        events.publishEvent(new AuditEvent("two_factor_disabled", "user", username, Map.of("by", "administrator")));
    }

    /** A one-time password for {@code username} that the password policy accepts. */
    public static String oneTimePassword(String username) {
        String password;
        do {
            password = randomPassword();
        } while (PasswordPolicy.problemWith(password, username).isPresent());
        return password;
    }

    /** A random password: 20 characters without look-alikes (0/O, 1/l), about 116 bits. */
    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An account as the users API shows it. {@code lockedUntil} is null unless a lockout is running. */
    public record UserSummary(String username, String displayName, String role, boolean enabled, boolean mustChangePassword,
                       boolean twoFactor, Instant lockedUntil, int failedLogins, Instant createdAt, Instant lastLoginAt) {
    }
}
