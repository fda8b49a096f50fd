package org.kuzet.security;

import java.security.SecureRandom;
import java.util.Optional;
import org.kuzet.shared.InvalidInputException;
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

    private final JdbcClient db;
    private final PasswordEncoder encoder;

    public Users(JdbcClient db) {
        this.db = db;
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
        if (username == null || !username.matches(USERNAME)) {
            throw InvalidInputException.of("username", "must be 2-64 lower-case letters, digits, '.', '_' or '-'");
        }
        PasswordPolicy.problemWith(password).ifPresent(p -> {
            throw InvalidInputException.of("password", p);
        });
        if (find(username).isPresent()) {
            throw InvalidInputException.of("username", "'" + username + "' already exists");
        }
        long id = db.sql("insert into app_user (username, password_hash, role, must_change_password) values (?, ?, ?, ?) returning id")
                .params(username, encoder.encode(password), role.code(), mustChangePassword)
                .query(Long.class).single();
        return new User(id, username, role, mustChangePassword, true);
    }

    public Optional<User> find(String username) {
        return db.sql("select id, username, role, must_change_password, enabled from app_user where username = ?")
                .param(username)
                .query((rs, n) -> new User(rs.getLong(1), rs.getString(2), Role.fromCode(rs.getString(3)), rs.getBoolean(4),
                        rs.getBoolean(5)))
                .optional();
    }

    Optional<String> passwordHash(String username) {
        return db.sql("select password_hash from app_user where username = ?").param(username).query(String.class).optional();
    }

    public boolean any() {
        return db.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
    }

    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        String hash = passwordHash(username).orElseThrow(() -> InvalidInputException.of("username", "no such user"));
        if (!encoder.matches(currentPassword, hash)) {
            throw InvalidInputException.of("currentPassword", "is not your current password");
        }
        PasswordPolicy.problemWith(newPassword).ifPresent(p -> {
            throw InvalidInputException.of("newPassword", p);
        });
        if (newPassword.equals(currentPassword)) {
            throw InvalidInputException.of("newPassword", "must differ from the current password");
        }
        db.sql("update app_user set password_hash = ?, must_change_password = false where username = ?")
                .params(encoder.encode(newPassword), username).update();
    }

    void recordLogin(String username) {
        db.sql("update app_user set last_login_at = now() where username = ?").param(username).update();
    }

    /** A random password for the first administrator: 20 characters without look-alikes (0/O, 1/l). */
    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
