package dev.crisiswatch.job.operators;

/**
 * The highest plausible event time of a stream. A timestamp more than {@code maxFutureSkew} ahead of
 * the clock moves it only when the next event confirms it (lands within the skew of it), and a clock
 * that is not yet set needs two agreeing events. So one bad clock, even on the very first record,
 * cannot make every later event late; a genuine jump (a replay of a later day) costs one event.
 */
public final class EventClock {
    private final long maxFutureSkewMillis;
    private long confirmed = Long.MIN_VALUE;
    private long candidate = Long.MIN_VALUE;

    public EventClock(long maxFutureSkewMillis) {
        this.maxFutureSkewMillis = maxFutureSkewMillis;
    }

    /**
     * Takes an event time into account; false when it is far ahead of a set clock and not (yet)
     * confirmed: such an event must not be processed as on time.
     */
    public boolean offer(long ts) {
        if (confirmed != Long.MIN_VALUE && ts <= confirmed + maxFutureSkewMillis) {
            if (ts > confirmed) confirmed = ts;
            candidate = Long.MIN_VALUE;
            return true;
        }
        if (candidate != Long.MIN_VALUE && Math.abs(ts - candidate) <= maxFutureSkewMillis) {
            confirmed = Math.max(confirmed, Math.max(ts, candidate));
            candidate = Long.MIN_VALUE;
            return true;
        }
        candidate = ts;
        return confirmed == Long.MIN_VALUE;
    }

    /** The highest confirmed event time, or {@link Long#MIN_VALUE} while there is none. */
    public long confirmed() {
        return confirmed;
    }
}
