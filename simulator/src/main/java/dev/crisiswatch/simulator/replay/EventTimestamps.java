package dev.crisiswatch.simulator.replay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Finds the top-level {@code ts} of a JSON line (ISO-8601 with `Z`, with an offset, or epoch
 * milliseconds) with Jackson's streaming parser, skipping everything else unread.
 */
final class EventTimestamps {
    /** What {@link #of} answers for a line whose time cannot be read. */
    static final long UNKNOWN = Long.MIN_VALUE;

    private final JsonFactory factory = new JsonFactory();

    long of(byte[] line) {
        try (JsonParser p = factory.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return UNKNOWN;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                if (!"ts".equals(name)) {
                    p.skipChildren();
                    continue;
                }
                if (t == JsonToken.VALUE_NUMBER_INT) return p.getLongValue();
                if (t == JsonToken.VALUE_STRING) return parse(p.getText());
                return UNKNOWN;
            }
            return UNKNOWN;
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    static long parse(String s) {
        try {
            return s.endsWith("Z") || s.endsWith("z")
                    ? Instant.parse(s).toEpochMilli()
                    : OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return UNKNOWN;
        }
    }
}
