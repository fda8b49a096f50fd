package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The address throttle, kept in the database: each test uses addresses of its own (the tests share the record). */
class AddressThrottleIntegrationTest extends ApiIntegrationTest {

    @Autowired
    JdbcClient db;

    private final Instant start = Instant.parse("2026-03-22T10:00:00Z");

    private static String anAddress() {
        return unique("203.0.113.7");
    }

    @Test
    void anAddressIsBlockedAfterThirtyFailuresWithinFifteenMinutes() {
        AddressThrottle throttle = new AddressThrottle(db);
        String address = anAddress();
        String other = anAddress();
        for (int i = 0; i < 29; i++) {
            throttle.recordFailure(address, start.plusSeconds(i * 20));
        }
        assertThat(throttle.blocked(address, start.plusSeconds(600))).isFalse();

        throttle.recordFailure(address, start.plusSeconds(600));

        assertThat(throttle.blocked(address, start.plusSeconds(601))).isTrue();
        assertThat(throttle.blocked(other, start.plusSeconds(601))).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        AddressThrottle throttle = new AddressThrottle(db);
        String address = anAddress();
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure(address, start);
        }
        assertThat(throttle.blocked(address, start.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(throttle.blocked(address, start.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void onlyTheFailuresThatCanStillCountAreKept() {
        AddressThrottle throttle = new AddressThrottle(db);
        String address = anAddress();
        String old = anAddress();
        throttle.recordFailure(old, start.minus(Duration.ofHours(1)));
        for (int i = 0; i < 45; i++) {
            throttle.recordFailure(address, start.plusSeconds(i));
        }

        assertThat(kept(address)).isEqualTo(AddressThrottle.MAX_FAILURES);
        assertThat(kept(old)).isZero();
        assertThat(throttle.blocked(address, start.plusSeconds(45))).isTrue();
    }

    private int kept(String address) {
        return db.sql("select count(*) from sign_in_failure where address = ?").param(address).query(Integer.class).single();
    }
}
