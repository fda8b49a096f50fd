package org.kuzet.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed sign-ins per remote address in a sliding window: it slows down one machine trying many user names, which
 * the per-account lockout cannot see. Kept in the database (table {@code sign_in_failure}) so that every instance
 * on the same database counts the same failures: a client cannot get a fresh allowance by reaching another instance.
 * Only the failures that can still count are kept: each new one deletes every failure older than the window and
 * the address's failures beyond the most that can matter.
 */
final class AddressThrottle {

    static final int MAX_FAILURES = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient db;

    AddressThrottle(JdbcClient db) {
        this.db = db;
    }

    boolean blocked(String address, Instant now) {
        // Failures exactly one window old no longer count.
        return db.sql("""
                        select count(*) from (select 1 from sign_in_failure where address = ? and failed_at > ?
                        limit ?) recent""")
                .params(address, Timestamp.from(now.minus(WINDOW)), MAX_FAILURES)
                .query(Integer.class).single() >= MAX_FAILURES;
    }

    void recordFailure(String address, Instant now) {
        db.sql("delete from sign_in_failure where failed_at <= ?").param(Timestamp.from(now.minus(WINDOW))).update();
        db.sql("insert into sign_in_failure (address, failed_at) values (?, ?)").params(address, Timestamp.from(now)).update();
        // Never keep more than needed to decide.
        db.sql("""
                        delete from sign_in_failure where address = ? and id not in (
                            select id from sign_in_failure where address = ? order by failed_at desc, id desc limit ?)""")
                .params(address, address, MAX_FAILURES).update();
    }
}
