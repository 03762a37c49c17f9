package dev.crisiswatch.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one UTF-8 JSON record into an {@link Event} with Jackson's streaming parser: no tree, no
 * reflection, unknown fields skipped; records in UTF-16 or UTF-32 are rejected. Thread-confined: one instance per operator subtask.
 */
public final class EventParser {

    /** Instants outside this range are implausible and rejected rather than poisoning event time. */
    private static final long MIN_TS = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();
    private static final long MAX_TS = Instant.parse("2100-01-01T00:00:00Z").toEpochMilli();

    private final JsonFactory factory;
    private final int maxRecordBytes;
    private final int maxTextChars;

    public EventParser(int maxRecordBytes, int maxTextChars) {
        this.maxRecordBytes = maxRecordBytes;
        this.maxTextChars = maxTextChars;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(Math.max(maxTextChars * 4, 1024))
                        .maxNumberLength(64)
                        .build())
                .build();
    }

    public EventParser() {
        this(1 << 20, 100_000);
    }

    public Event parse(EventKind kind, byte[] payload) throws InvalidRecordException {
        if (payload == null) {
            throw new InvalidRecordException("empty record");
        }
        if (payload.length > maxRecordBytes) {
            throw new InvalidRecordException(
                    "record of " + payload.length + " bytes exceeds the limit of " + maxRecordBytes);
        }
        String encoding = otherEncoding(payload);
        if (encoding != null) {
            throw new InvalidRecordException("not UTF-8: the record starts like " + encoding
                    + "; records must be UTF-8 JSON");
        }
        try (JsonParser p = factory.createParser(payload)) {
            Event e = readEvent(kind, p);
            if (p.nextToken() != null) {
                throw new InvalidRecordException("trailing content after the JSON object");
            }
            return e;
        } catch (InvalidRecordException e) {
            throw e;
        } catch (InputCoercionException e) {
            throw new InvalidRecordException("number out of range: " + firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            throw new InvalidRecordException("invalid JSON: " + firstLine(e.getMessage()));
        }
    }

    /**
     * The UTF-16 or UTF-32 encoding a record's first bytes show, or null. Jackson decodes those
     * silently; its detection acts only on a UTF-16/32 byte order mark or a NUL among the first two
     * bytes (which UTF-8 JSON never has: it starts with '{' or whitespace), so with these rejected
     * every record is read as UTF-8. A UTF-8 byte order mark is allowed (RFC 8259 lets parsers skip it).
     */
    static String otherEncoding(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xff : -1;
        int b1 = b.length > 1 ? b[1] & 0xff : -1;
        boolean zeroPairAt2 = b.length > 3 && b[2] == 0 && b[3] == 0;
        if (b0 == 0xff && b1 == 0xfe) {
            return zeroPairAt2 ? "UTF-32LE (byte order mark FF FE 00 00)" : "UTF-16LE (byte order mark FF FE)";
        }
        if (b0 == 0xfe && b1 == 0xff) return "UTF-16BE (byte order mark FE FF)";
        if (b0 == 0 && b1 == 0) return "UTF-32BE (NUL bytes first" + (b.length > 3
                && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff ? ", byte order mark 00 00 FE FF)" : ")");
        if (b0 == 0) return "UTF-16BE (a NUL byte first)";
        if (b1 == 0) return zeroPairAt2 ? "UTF-32LE (NUL bytes after the first)" : "UTF-16LE (a NUL byte second)";
        return null;
    }

    private Event readEvent(EventKind kind, JsonParser p) throws IOException, InvalidRecordException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new InvalidRecordException("not a JSON object");
        }
        Event e = new Event();
        e.kind = kind;
        boolean hasTs = false;
        String fieldName;
        while ((fieldName = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (fieldName) {
                case "id" -> e.id = requiredIdString(p, t, "id");
                case "ts" -> {
                    e.ts = timestamp(p, t);
                    hasTs = true;
                }
                case "text" -> e.text = text(p, t);
                case "source" -> e.source = kind == EventKind.MENTION ? requiredString(p, t, "source") : skip(p);
                case "channel" -> e.source = kind == EventKind.COMPLAINT ? requiredString(p, t, "channel") : skip(p);
                case "author" -> readAuthor(p, t, e);
                case "lang" -> e.lang = optionalString(p, t, "lang");
                case "reshareOf" -> e.reshareOf = optionalIdString(p, t, "reshareOf");
                case "replyTo" -> e.replyTo = optionalIdString(p, t, "replyTo");
                case "reshares" -> e.reshares = nonNegative(p, t, "reshares");
                case "likes" -> e.likes = nonNegative(p, t, "likes");
                case "category" -> e.category = optionalString(p, t, "category");
                case "product" -> e.product = optionalString(p, t, "product");
                case "priority" -> e.priority = optionalString(p, t, "priority");
                case "customerId" -> e.customerId = optionalIdString(p, t, "customerId");
                case "topics" -> e.topics = stringArray(p, t, "topics");
                default -> p.skipChildren();
            }
        }
        if (e.id == null) throw new InvalidRecordException("missing required field 'id'");
        if (!hasTs) throw new InvalidRecordException("missing required field 'ts'");
        if (e.source == null) {
            throw new InvalidRecordException(kind == EventKind.MENTION
                    ? "missing required field 'source'" : "missing required field 'channel'");
        }
        if (e.text == null) throw new InvalidRecordException("missing required field 'text'");
        return e;
    }

    private void readAuthor(JsonParser p, JsonToken t, Event e) throws IOException, InvalidRecordException {
        if (t == JsonToken.VALUE_NULL) return;
        if (t != JsonToken.START_OBJECT) throw new InvalidRecordException("field 'author' must be an object");
        String f;
        while ((f = p.nextFieldName()) != null) {
            JsonToken v = p.nextToken();
            switch (f) {
                case "id" -> e.authorId = optionalIdString(p, v, "author.id");
                case "handle" -> e.authorHandle = optionalString(p, v, "author.handle");
                case "followers" -> e.followers = nonNegative(p, v, "author.followers");
                case "verified" -> {
                    if (v == JsonToken.VALUE_TRUE) e.verified = true;
                    else if (v == JsonToken.VALUE_FALSE || v == JsonToken.VALUE_NULL) e.verified = false;
                    else throw new InvalidRecordException("field 'author.verified' must be a boolean");
                }
                default -> p.skipChildren();
            }
        }
    }

    private long timestamp(JsonParser p, JsonToken t) throws IOException, InvalidRecordException {
        long ts;
        if (t == JsonToken.VALUE_NUMBER_INT) {
            ts = p.getLongValue();
        } else if (t == JsonToken.VALUE_STRING) {
            ts = IsoInstants.parseMillis(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (ts == IsoInstants.UNSUPPORTED) ts = javaTimeMillis(p.getText());
        } else {
            throw new InvalidRecordException("field 'ts' must be an ISO-8601 string or epoch milliseconds");
        }
        if (ts < MIN_TS || ts >= MAX_TS) {
            throw new InvalidRecordException("field 'ts' is outside 2000-01-01..2100-01-01: " + ts);
        }
        return ts;
    }

    /** Every ISO-8601 shape the fast path leaves alone, and the reason when it is not an instant. */
    private static long javaTimeMillis(String s) throws InvalidRecordException {
        try {
            return s.endsWith("Z") || s.endsWith("z")
                    ? Instant.parse(s).toEpochMilli()
                    : OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeParseException ex) {
            throw new InvalidRecordException("field 'ts' is not an ISO-8601 instant: " + abbreviate(s));
        }
    }

    private String text(JsonParser p, JsonToken t) throws IOException, InvalidRecordException {
        if (t != JsonToken.VALUE_STRING) throw new InvalidRecordException("field 'text' must be a string");
        String s = p.getText();
        if (s.length() > maxTextChars) {
            throw new InvalidRecordException(
                    "text of " + s.length() + " characters exceeds the limit of " + maxTextChars);
        }
        return s;
    }

    private static String requiredString(JsonParser p, JsonToken t, String name)
            throws IOException, InvalidRecordException {
        if (t != JsonToken.VALUE_STRING) throw new InvalidRecordException("field '" + name + "' must be a string");
        return p.getText();
    }

    /** Ids are strings; integer ids from some exporters are accepted as their decimal text. */
    private static String requiredIdString(JsonParser p, JsonToken t, String name)
            throws IOException, InvalidRecordException {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
            String s = p.getText();
            if (s.isEmpty()) throw new InvalidRecordException("field '" + name + "' is empty");
            if (s.length() > 256) throw new InvalidRecordException("field '" + name + "' is longer than 256 characters");
            return s;
        }
        throw new InvalidRecordException("field '" + name + "' must be a string");
    }

    private static String optionalIdString(JsonParser p, JsonToken t, String name)
            throws IOException, InvalidRecordException {
        return t == JsonToken.VALUE_NULL ? null : requiredIdString(p, t, name);
    }

    private static String optionalString(JsonParser p, JsonToken t, String name)
            throws IOException, InvalidRecordException {
        if (t == JsonToken.VALUE_NULL) return null;
        if (t != JsonToken.VALUE_STRING) throw new InvalidRecordException("field '" + name + "' must be a string");
        String s = p.getText();
        if (s.length() > 1024) throw new InvalidRecordException("field '" + name + "' is longer than 1024 characters");
        return s;
    }

    private static long nonNegative(JsonParser p, JsonToken t, String name) throws IOException, InvalidRecordException {
        if (t == JsonToken.VALUE_NULL) return 0;
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw new InvalidRecordException("field '" + name + "' must be a whole number");
        }
        long v = p.getLongValue();
        if (v < 0) throw new InvalidRecordException("field '" + name + "' must be >= 0, was " + v);
        return v;
    }

    private static String[] stringArray(JsonParser p, JsonToken t, String name)
            throws IOException, InvalidRecordException {
        if (t == JsonToken.VALUE_NULL) return null;
        if (t != JsonToken.START_ARRAY) throw new InvalidRecordException("field '" + name + "' must be an array of strings");
        List<String> out = new ArrayList<>(2);
        JsonToken v;
        while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
            if (v != JsonToken.VALUE_STRING) {
                throw new InvalidRecordException("field '" + name + "' must be an array of strings");
            }
            if (out.size() >= 64) throw new InvalidRecordException("field '" + name + "' has more than 64 entries");
            out.add(p.getText());
        }
        return out.toArray(new String[0]);
    }

    private static String skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return abbreviate(nl < 0 ? s : s.substring(0, nl));
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "...";
    }
}
