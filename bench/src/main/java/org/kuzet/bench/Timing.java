package org.kuzet.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Repeated runs of one call after a warm-up: median, 95th and 99th percentile and the rows or bytes one run returned. */
record Timing(double medianMillis, double p95Millis, double p99Millis, long size) {

    private static final int WARM_UP = 5;

    static Timing of(int runs, Callable<? extends Number> call) throws Exception {
        long size = 0;
        for (int i = 0; i < WARM_UP; i++) {
            size = call.call().longValue();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            call.call();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return new Timing(millis[runs / 2], percentile(millis, 0.95), percentile(millis, 0.99), size);
    }

    // nearest rank: with fewer than 100 runs the 99th percentile is the slowest run
    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p) - 1)];
    }
}
