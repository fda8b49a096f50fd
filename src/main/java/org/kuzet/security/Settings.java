package org.kuzet.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.kuzet.shared.Actor;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Settings an administrator changes while Kuzet runs (table {@code settings}); every change is audited. */
@Service
public class Settings {

    /** Whether every user must sign in with a second factor; users without one are sent to enrol. */
    public static final String REQUIRE_TWO_FACTOR = "require-two-factor";

    /** The score (0.5 to 1) from which two persons or organisations are proposed as possible duplicates. */
    public static final String DUPLICATE_THRESHOLD = "duplicate-threshold";
    public static final double DEFAULT_DUPLICATE_THRESHOLD = 0.8;
    /** The lowest duplicate threshold that may be set (the check in {@link #set} says the same). */
    public static final double LOWEST_DUPLICATE_THRESHOLD = 0.5;

    private static final Set<String> BOOLEANS = Set.of(REQUIRE_TWO_FACTOR);
    private static final Set<String> SCORES = Set.of(DUPLICATE_THRESHOLD);

    private final JdbcClient db;
    private final ApplicationEventPublisher events;

    Settings(JdbcClient db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    public boolean requireTwoFactor() {
        return Boolean.parseBoolean(get(REQUIRE_TWO_FACTOR));
    }

    public double duplicateThreshold() {
        String value = get(DUPLICATE_THRESHOLD);
        return value == null ? DEFAULT_DUPLICATE_THRESHOLD : Double.parseDouble(value);
    }

    /** Every setting and its value, by name. */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        db.sql("select key, value from settings order by key").query((rs, n) -> all.put(rs.getString(1), rs.getString(2))).list();
        return all;
    }

    /** Changes a setting; the value must suit it ({@code true}/{@code false} for switches). */
    @Transactional
    public void set(String key, String value) {
        if (SCORES.contains(key)) {
            if (value == null || !value.matches("^(0\\.[5-9][0-9]{0,2}|1(\\.0{1,3})?)$")) {
                throw InvalidInputException.of("value", "must be a score from 0.5 to 1, e.g. 0.8");
            }
        } else if (!BOOLEANS.contains(key)) {
            throw InvalidInputException.of("key", "unknown setting '" + key + "' (known: " + String.join(", ", BOOLEANS)
                    + ", " + String.join(", ", SCORES) + ")");
        } else if (!"true".equals(value) && !"false".equals(value)) {
            throw InvalidInputException.of("value", "must be true or false");
        }
        String before = get(key);
        db.sql("""
                        insert into settings (key, value, updated_at, updated_by) values (?, ?, now(), ?)
                        on conflict (key) do update set value = excluded.value, updated_at = now(),
                            updated_by = excluded.updated_by""")
                .params(key, value, Actor.current().userId()).update();
        if (!value.equals(before)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("key", key);
            details.put("from", before == null ? "(unset)" : before);
            details.put("to", value);
            events.publishEvent(new AuditEvent("setting_changed", "setting", key, details));
        }
    }

    private String get(String key) {
        return db.sql("select value from settings where key = ?").param(key).query(String.class).optional().orElse(null);
    }
}
