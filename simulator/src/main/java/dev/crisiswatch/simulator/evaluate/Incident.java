package dev.crisiswatch.simulator.evaluate;

import java.time.Duration;
import java.time.Instant;

/** One incident of a scenario's truth file: a crisis to catch, or benign activity that must not alarm. */
public record Incident(
        String topic, IncidentKind kind, String label, Instant onset, Instant end, long mentions, Instant tenPercentAt) {

    /** Alerts this long after an incident's end still belong to it (CONTRACT section 5). */
    public static final Duration GRACE = Duration.ofMinutes(30);

    public boolean isCrisis() {
        return kind == IncidentKind.CRISIS;
    }

    /** An `emerging:` incident is an issue outside the catalog; any emerging alert may catch it. */
    public boolean isEmerging() {
        return topic.startsWith(AlertTopics.EMERGING_PREFIX);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(onset) && !t.isAfter(end);
    }

    public boolean containsWithGrace(Instant t) {
        return !t.isBefore(onset) && !t.isAfter(end.plus(GRACE));
    }
}
