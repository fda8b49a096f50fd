package org.kuzet.security;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.crypto.SealedColumn;
import org.kuzet.crypto.Vault;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s) as second factor, and single-use recovery
 * codes. The secret is sealed by the vault; a code is accepted for the current time step and one step either
 * side, and only for a step later than the last accepted one, so a code cannot be used twice.
 */
@Service
class TwoFactor {

    static final int PERIOD_SECONDS = 30;
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SealedColumn SECRET = new SealedColumn("app_user", "id", "totp_secret");

    private final JdbcClient db;
    private final Vault vault;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final SecureRandom random = new SecureRandom();

    @Autowired
    TwoFactor(JdbcClient db, Vault vault, ApplicationEventPublisher events) {
        this(db, vault, events, Clock.systemUTC());
    }

    TwoFactor(JdbcClient db, Vault vault, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.vault = vault;
        this.events = events;
        this.clock = clock;
    }

    /** What the user needs to set up an authenticator app: the secret as text and as a QR code. */
    record Enrolment(String secret, String qrDataUri) {
    }

    /**
     * Starts (or shows again) the enrolment of {@code user}: the secret stays the same until confirmed, so that
     * reloading the page does not invalidate what the phone has scanned.
     */
    @Transactional
    Enrolment enrolment(User user) {
        if (enabled(user.id())) {
            throw InvalidInputException.of("$.code", "two-factor sign-in is already on");
        }
        String secret = secret(user.id());
        if (secret == null) {
            secret = new DefaultSecretGenerator(32).generate();
            db.sql("update app_user set totp_secret = ?, totp_last_step = null where id = ?")
                    .params(vault.sealText(secret, SECRET.context(user.id())), user.id()).update();
        }
        QrData data = new QrData.Builder().label(user.username()).secret(secret).issuer("Kuzet")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            return new Enrolment(secret, Utils.getDataUriForImage(png.generate(data), png.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("cannot draw the QR code", e);
        }
    }

    /** Turns two-factor sign-in on once the user proves the app works, and returns the recovery codes (shown once). */
    @Transactional
    List<String> confirm(User user, String code) {
        if (enabled(user.id()) || secret(user.id()) == null) {
            throw InvalidInputException.of("$.code", "no enrolment is under way; open the two-factor page again");
        }
        if (!acceptCode(user.id(), code)) {
            throw InvalidInputException.of("$.code", "is not the current code of your authenticator app");
        }
        db.sql("update app_user set two_factor_enabled = true where id = ?").param(user.id()).update();
        List<String> recovery = newRecoveryCodes(user.id());
        events.publishEvent(AuditEvent.of("two_factor_enabled", "user", user.username()));
        return recovery;
    }

    /** Turns two-factor sign-in off; the caller has checked the password. */
    @Transactional
    void disable(User user, String code) {
        if (!enabled(user.id())) {
            throw InvalidInputException.of("$.code", "two-factor sign-in is not on");
        }
        if (!acceptCode(user.id(), code) && !useRecoveryCode(user, code)) {
            throw InvalidInputException.of("$.code", "is neither the current code of your authenticator app nor an unused recovery code");
        }
        db.sql("update app_user set totp_secret = null, two_factor_enabled = false, totp_last_step = null where id = ?")
                .param(user.id()).update();
        db.sql("delete from recovery_code where user_id = ?").param(user.id()).update();
        events.publishEvent(new AuditEvent("two_factor_disabled", "user", user.username(), Map.of("by", "user")));
    }

    boolean enabled(long userId) {
        return db.sql("select two_factor_enabled from app_user where id = ?").param(userId).query(Boolean.class).single();
    }

    /**
     * Whether {@code code} is the app's code for the current step or one either side, and newer than the last
     * accepted one; if so it is recorded as used.
     */
    @Transactional
    boolean acceptCode(long userId, String code) {
        String secret = secret(userId);
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (secret == null || !digits.matches("^[0-9]{6}$")) {
            return false;
        }
        long current = Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                // The condition makes the check and the record one step: two requests with one code cannot both pass.
                return db.sql("""
                                update app_user set totp_last_step = ?
                                where id = ? and (totp_last_step is null or totp_last_step < ?)""")
                        .params(step, userId, step).update() == 1;
            }
        }
        return false;
    }

    /** Uses up one recovery code of {@code user}, if {@code code} is one that is still unused. */
    @Transactional
    boolean useRecoveryCode(User user, String code) {
        String normalised = code == null ? "" : code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (normalised.length() != 16) {
            return false;
        }
        boolean used = db.sql("""
                        update recovery_code set used_at = now()
                        where user_id = ? and code_hash = ? and used_at is null""")
                .params(user.id(), ApiTokens.sha256(normalised)).update() == 1;
        if (used) {
            long left = db.sql("select count(*) from recovery_code where user_id = ? and used_at is null")
                    .param(user.id()).query(Long.class).single();
            events.publishEvent(new AuditEvent("recovery_code_used", "user", user.username(), Map.of("remaining", left)));
        }
        return used;
    }

    private List<String> newRecoveryCodes(long userId) {
        db.sql("delete from recovery_code where user_id = ?").param(userId).update();
        List<String> list = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 16; c++) {
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            db.sql("insert into recovery_code (user_id, code_hash) values (?, ?)")
                    .params(userId, ApiTokens.sha256(code.toString())).update();
            list.add(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12));
        }
        return list;
    }

    private String secret(long userId) {
        List<byte[]> sealed = db.sql("select totp_secret from app_user where id = ?").param(userId)
                .query((rs, n) -> rs.getBytes(1)).list();
        return sealed.isEmpty() ? null : vault.openText(sealed.getFirst(), SECRET.context(userId));
    }

    private String generate(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("cannot compute a TOTP code", e);
        }
    }
}
