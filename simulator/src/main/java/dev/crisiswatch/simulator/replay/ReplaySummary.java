package dev.crisiswatch.simulator.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** What a replay sent, how long it took, and the event-time span it covered. */
public record ReplaySummary(long mentions, long complaints, long untimed, long failed, Duration wall,
        Instant firstEvent, Instant lastEvent) {

    public long sent() {
        return mentions + complaints;
    }

    public double ratePerSecond() {
        double s = wall.toNanos() / 1e9;
        return s > 0 ? sent() / s : 0;
    }

    public String describe() {
        return String.format(Locale.ROOT,
                "replayed %,d events (%,d mentions, %,d complaints; %,d without a readable ts sent in place; %,d failed) "
                        + "in %.1f s = %,.0f events/s; event time %s .. %s",
                sent(), mentions, complaints, untimed, failed, wall.toNanos() / 1e9, ratePerSecond(),
                firstEvent == null ? "-" : firstEvent, lastEvent == null ? "-" : lastEvent);
    }
}
