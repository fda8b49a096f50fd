package org.kuzet.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Repeated runs of one call after a warm-up: median, 95th percentile and the rows or bytes one run returned. */
record Timing(double medianMillis, double p95Millis, long size) {

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
        return new Timing(millis[runs / 2], millis[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], size);
    }
}
