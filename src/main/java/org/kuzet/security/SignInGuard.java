package org.kuzet.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kuzet.shared.AuditEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and decides lockouts: 5 consecutive failures (wrong password or wrong second-factor
 * code) lock the account for 15 minutes; 30 failures from one address within 15 minutes block that address.
 * A complete sign-in resets the account's count. Both counts are kept in the database, so they hold across every
 * instance on it. Every attempt is published for the audit trail.
 */
@Service
class SignInGuard {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final JdbcClient db;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AddressThrottle addresses;

    @Autowired
    SignInGuard(JdbcClient db, ApplicationEventPublisher events) {
        this(db, events, Clock.systemUTC());
    }

    /** With a clock of the test's choosing: lockouts are then released without waiting. */
    SignInGuard(JdbcClient db, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.events = events;
        this.clock = clock;
        this.addresses = new AddressThrottle(db);
    }

    Instant now() {
        return clock.instant();
    }

    /** What a sign-in needs to know of an account. */
    record Account(long id, String username, Role role, boolean enabled, String passwordHash, Instant lockedUntil,
                   boolean twoFactor) {
    }

    Optional<Account> account(String username) {
        return db.sql("""
                        select id, username, role, enabled, password_hash, locked_until, two_factor_enabled
                        from app_user where username = ?""")
                .param(username)
                .query((rs, n) -> {
                    Timestamp locked = rs.getTimestamp(6);
                    return new Account(rs.getLong(1), rs.getString(2), Role.fromCode(rs.getString(3)), rs.getBoolean(4),
                            rs.getString(5), locked == null ? null : locked.toInstant(), rs.getBoolean(7));
                })
                .optional();
    }

    boolean isLocked(Account account) {
        return account.lockedUntil() != null && account.lockedUntil().isAfter(now());
    }

    boolean addressBlocked(String address) {
        return addresses.blocked(address, now());
    }

    /**
     * Records a failed attempt. A wrong password or code counts towards the account's lockout; attempts on
     * an account that is already locked or disabled do not extend anything.
     *
     * @return whether the account is now locked
     */
    @Transactional
    boolean failed(String typedUsername, Optional<Account> account, String reason, String remoteAddress) {
        Instant now = now();
        addresses.recordFailure(remoteAddress, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", reason);
        details.put("remoteAddress", remoteAddress);
        // What was typed may be anything: keep the audit entry small.
        String typed = typedUsername.length() > 100 ? typedUsername.substring(0, 100) + "…" : typedUsername;
        events.publishEvent(new AuditEvent("login_failed", "user", typed, details));
        boolean counts = account.isPresent() && ("bad_credentials".equals(reason) || "bad_second_factor".equals(reason));
        if (!counts) {
            return account.map(this::isLocked).orElse(false);
        }
        int failures = db.sql("update app_user set failed_logins = failed_logins + 1 where id = ? returning failed_logins")
                .param(account.get().id()).query(Integer.class).single();
        if (failures < MAX_FAILURES) {
            return false;
        }
        Instant until = now.plus(LOCK_DURATION);
        // The count starts again after the lock, so the owner has five fresh tries when it ends.
        db.sql("update app_user set failed_logins = 0, locked_until = ? where id = ?")
                .params(Timestamp.from(until), account.get().id()).update();
        events.publishEvent(new AuditEvent("account_locked", "user", account.get().username(),
                Map.of("until", until.toString(), "failures", failures, "remoteAddress", remoteAddress)));
        return true;
    }

    /** A complete sign-in (password, and second factor when the account has one): the count starts again. */
    @Transactional
    void succeeded(Account account, String remoteAddress, String secondFactor) {
        db.sql("update app_user set failed_logins = 0, locked_until = null, last_login_at = ? where id = ?")
                .params(Timestamp.from(now()), account.id()).update();
        events.publishEvent(new AuditEvent("login_succeeded", "user", account.username(),
                Map.of("remoteAddress", remoteAddress, "secondFactor", secondFactor)));
    }
}
