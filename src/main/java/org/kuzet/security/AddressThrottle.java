package org.kuzet.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per remote address in a sliding window, kept in memory: it slows down one machine trying many
 * user names, which the per-account lockout cannot see. A restart forgets it, which is acceptable for a limit
 * of this kind.
 */
final class AddressThrottle {

    static final int MAX_FAILURES = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Beyond this many addresses, forget those whose failures are all outside the window (bounded memory). */
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    boolean blocked(String address, Instant now) {
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            dropOld(times, now);
            return times.size() >= MAX_FAILURES;
        }
    }

    void recordFailure(String address, Instant now) {
        if (failures.size() > PRUNE_ABOVE) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    dropOld(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            dropOld(times, now);
            times.addLast(now);
            // Never keep more than needed to decide.
            while (times.size() > MAX_FAILURES) {
                times.removeFirst();
            }
        }
    }

    private static void dropOld(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }
}
