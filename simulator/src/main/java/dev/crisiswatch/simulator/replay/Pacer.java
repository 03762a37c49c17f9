package dev.crisiswatch.simulator.replay;

import java.util.concurrent.locks.LockSupport;

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

    private final double speed;
    private final Clock clock;
    private long firstTs = Long.MIN_VALUE;
    private long startNanos;
    private long simulatedTs = Long.MIN_VALUE;

    Pacer(double speed, Clock clock) {
        if (!(speed > 0)) throw new IllegalArgumentException("speed must be > 0, was " + speed);
        this.speed = speed;
        this.clock = clock;
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
        while ((wait = dueNanos - clock.nanoTime()) > 0) clock.sleepNanos(wait);
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
