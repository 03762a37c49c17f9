package dev.crisiswatch.simulator.replay;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Keeps the recorded gaps between events, divided by the replay speed: an event at event time t
 * is released at wall time start + (t - first) / speed. An event older than one already released
 * (recorded out of order) goes at once. Speed infinity means no waiting at all.
 */
final class Pacer {
    interface Clock {
        long nanoTime();

        void sleepNanos(long nanos);
    }

    static final Clock SYSTEM = new Clock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) {
            LockSupport.parkNanos(nanos);
        }
    };

    /** Long waits are sliced so that the progress display stays alive through quiet hours. */
    private static final long SLICE_NANOS = 250_000_000L;

    private final double speed;
    private final Clock clock;
    private final LongConsumer whileWaiting;
    private long firstTs = Long.MIN_VALUE;
    private long startNanos;
    private long simulatedTs = Long.MIN_VALUE;

    Pacer(double speed, Clock clock) {
        this(speed, clock, simulatedTs -> {});
    }

    /** {@code whileWaiting} gets the simulated time between slices of a long wait. */
    Pacer(double speed, Clock clock, LongConsumer whileWaiting) {
        if (!(speed > 0)) throw new IllegalArgumentException("speed must be > 0, was " + speed);
        this.speed = speed;
        this.clock = clock;
        this.whileWaiting = whileWaiting;
    }

    /** Waits until the event at {@code ts} is due. */
    void awaitTurn(long ts) {
        if (ts == Long.MIN_VALUE) return;
        if (firstTs == Long.MIN_VALUE) {
            firstTs = ts;
            startNanos = clock.nanoTime();
        }
        if (ts <= simulatedTs) return;
        simulatedTs = ts;
        if (Double.isInfinite(speed)) return;
        long dueNanos = startNanos + (long) ((ts - firstTs) * 1_000_000.0 / speed);
        long wait;
        while ((wait = dueNanos - clock.nanoTime()) > 0) {
            clock.sleepNanos(Math.min(wait, SLICE_NANOS));
            if (wait > SLICE_NANOS) whileWaiting.accept(simulatedTs);
        }
    }

    /** The latest event time released so far, or Long.MIN_VALUE. */
    long simulatedTs() {
        return simulatedTs;
    }

    static double parseSpeed(String s) {
        if ("max".equalsIgnoreCase(s)) return Double.POSITIVE_INFINITY;
        double v = Double.parseDouble(s.endsWith("x") ? s.substring(0, s.length() - 1) : s);
        if (!(v > 0)) throw new IllegalArgumentException("--speed must be a positive number or 'max', was " + s);
        return v;
    }
}
