package org.kuzet.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.Callable;

/** A value with the wall time it took and the peak heap the JVM held meanwhile. */
record Measured<T>(T value, long nanos, long peakHeapBytes) {

    static <T> Measured<T> once(Callable<T> work) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long started = System.nanoTime();
        T value = work.call();
        long nanos = System.nanoTime() - started;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Measured<>(value, nanos, peak);
    }

    double millis() {
        return nanos / 1e6;
    }
}
