package dev.crisiswatch.simulator.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes events as one-line JSON (CONTRACT section 1). Timestamps come in the three forms real
 * feeds use: ISO instants with `Z`, ISO with a UTC offset, and epoch milliseconds.
 */
final class EventJson {
    private static final double OFFSET_FORM = 0.15;
    private static final double EPOCH_FORM = 0.15;
    private static final ZoneOffset[] OFFSETS = {ZoneOffset.ofHours(-8), ZoneOffset.ofHours(-5),
        ZoneOffset.ofHours(1), ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHours(10)};

    /** Emoji go out as real UTF-8, as social feeds write them, not as escaped surrogate pairs. */
    private final JsonFactory factory = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
    private final SplittableRandom rng;

    EventJson(SplittableRandom rng) {
        this.rng = rng;
    }

    byte[] mention(SimMention m) {
        return write(g -> {
            g.writeStringField("id", m.id);
            timestamp(g, m.ts);
            g.writeStringField("source", m.source);
            g.writeStringField("text", m.text);
            g.writeObjectFieldStart("author");
            g.writeStringField("id", m.author.id());
            g.writeStringField("handle", m.author.handle());
            g.writeNumberField("followers", m.author.followers());
            g.writeBooleanField("verified", m.author.verified());
            g.writeEndObject();
            if (m.lang != null) g.writeStringField("lang", m.lang);
            if (m.reshareOf != null) g.writeStringField("reshareOf", m.reshareOf);
            if (m.replyTo != null) g.writeStringField("replyTo", m.replyTo);
            g.writeNumberField("reshares", m.reshares);
            g.writeNumberField("likes", m.likes);
        });
    }

    byte[] complaint(SimComplaint c) {
        return write(g -> {
            g.writeStringField("id", c.id());
            timestamp(g, c.ts());
            g.writeStringField("channel", c.channel());
            g.writeStringField("text", c.text());
            if (c.category() != null) g.writeStringField("category", c.category());
            if (c.product() != null) g.writeStringField("product", c.product());
            if (c.priority() != null) g.writeStringField("priority", c.priority());
            if (c.customerId() != null) g.writeStringField("customerId", c.customerId());
        });
    }

    private void timestamp(JsonGenerator g, long ts) throws IOException {
        double u = rng.nextDouble();
        if (u < EPOCH_FORM) {
            g.writeNumberField("ts", ts);
        } else if (u < EPOCH_FORM + OFFSET_FORM) {
            ZoneOffset offset = Sampling.pick(rng, OFFSETS);
            g.writeStringField("ts", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochMilli(ts).atOffset(offset)));
        } else {
            g.writeStringField("ts", Instant.ofEpochMilli(ts).toString());
        }
    }

    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private byte[] write(Fields fields) {
        buffer.reset();
        try (JsonGenerator g = factory.createGenerator(buffer, JsonEncoding.UTF8)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
