package dev.crisiswatch.job.io;

import dev.crisiswatch.model.DeadLetter;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.EventParser;
import dev.crisiswatch.model.InvalidRecordException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Turns raw record bytes into a {@link Parsed}: the event, or a dead letter with origin and reason. */
public final class RecordDecoder implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Dead letters keep at most this much of a payload so that a 1 MB record does not become a 1 MB dead letter. */
    private static final int MAX_DEAD_LETTER_PAYLOAD = 64 * 1024;

    private final EventKind kind;
    private final String streamName;
    private final int maxRecordBytes;
    private final int maxTextChars;
    private transient EventParser parser;

    public RecordDecoder(EventKind kind, int maxRecordBytes, int maxTextChars) {
        this.kind = kind;
        this.streamName = kind == EventKind.MENTION ? "mentions" : "complaints";
        this.maxRecordBytes = maxRecordBytes;
        this.maxTextChars = maxTextChars;
    }

    public Parsed decode(byte[] payload, String origin) {
        try {
            return Parsed.of(parse(payload));
        } catch (InvalidRecordException e) {
            return invalid(origin, e, payload);
        }
    }

    /** As {@link #decode(byte[], String)} for a Kafka record; the origin text is built only for a dead letter. */
    public Parsed decode(byte[] payload, String topic, int partition, long offset) {
        try {
            return Parsed.of(parse(payload));
        } catch (InvalidRecordException e) {
            return invalid(topic + "/" + partition + "/" + offset, e, payload);
        }
    }

    /** As {@link #decode(byte[], String)} for a line of a file; the origin text is built only for a dead letter. */
    public Parsed decode(byte[] payload, String fileName, long lineNo) {
        try {
            return Parsed.of(parse(payload));
        } catch (InvalidRecordException e) {
            return invalid(fileName + ":" + lineNo, e, payload);
        }
    }

    private Parsed invalid(String origin, InvalidRecordException e, byte[] payload) {
        return Parsed.invalid(deadLetter(streamName, origin, e.getMessage(), payload));
    }

    private Event parse(byte[] payload) throws InvalidRecordException {
        if (parser == null) parser = new EventParser(maxRecordBytes, maxTextChars);
        return parser.parse(kind, payload);
    }

    /** A record over the size limit, of which only the first bytes were kept. */
    public Parsed tooLarge(long size, byte[] head, String origin) {
        return Parsed.invalid(deadLetter(streamName, origin,
                "record of " + size + " bytes exceeds the limit of " + maxRecordBytes, head));
    }

    public static DeadLetter deadLetter(String stream, String origin, String reason, byte[] payload) {
        DeadLetter d = new DeadLetter();
        d.stream = stream;
        d.origin = origin;
        d.reason = reason;
        if (payload == null) return d;
        byte[] kept = payload.length <= MAX_DEAD_LETTER_PAYLOAD
                ? payload : java.util.Arrays.copyOf(payload, MAX_DEAD_LETTER_PAYLOAD);
        try {
            d.payload = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(kept)).toString();
        } catch (CharacterCodingException e) {
            d.payload = new String(kept, StandardCharsets.UTF_8);
            d.payloadBase64 = Base64.getEncoder().encodeToString(kept);
        }
        if (kept.length < payload.length) d.reason += " (payload truncated to " + kept.length + " bytes)";
        return d;
    }
}
