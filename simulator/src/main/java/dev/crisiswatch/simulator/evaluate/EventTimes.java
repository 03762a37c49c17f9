package dev.crisiswatch.simulator.evaluate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the instants found in alerts and truth files: ISO-8601 with `Z` or an offset. */
public final class EventTimes {
    private EventTimes() {}

    public static Instant parseOrNull(String s) {
        if (s == null || s.isEmpty()) return null;
        try {
            return s.endsWith("Z") || s.endsWith("z") ? Instant.parse(s) : OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
