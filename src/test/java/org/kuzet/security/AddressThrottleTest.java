package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    private final AddressThrottle throttle = new AddressThrottle();
    private final Instant start = Instant.parse("2026-03-22T10:00:00Z");

    @Test
    void anAddressIsBlockedAfterThirtyFailuresWithinFifteenMinutes() {
        for (int i = 0; i < 29; i++) {
            throttle.recordFailure("203.0.113.7", start.plusSeconds(i * 20));
        }
        assertThat(throttle.blocked("203.0.113.7", start.plusSeconds(600))).isFalse();

        throttle.recordFailure("203.0.113.7", start.plusSeconds(600));

        assertThat(throttle.blocked("203.0.113.7", start.plusSeconds(601))).isTrue();
        assertThat(throttle.blocked("198.51.100.1", start.plusSeconds(601))).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("203.0.113.7", start);
        }
        assertThat(throttle.blocked("203.0.113.7", start.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(throttle.blocked("203.0.113.7", start.plus(Duration.ofMinutes(15)))).isFalse();
    }
}
