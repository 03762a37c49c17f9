package dev.crisiswatch.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/** JSON encoding of alerts, for the Kafka sink, alert files and the simulator's readers. */
public final class AlertCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
    private static final ObjectWriter WRITER = MAPPER.writerFor(Alert.class);
    private static final ObjectReader READER = MAPPER.readerFor(Alert.class);

    private AlertCodec() {}

    public static String toJson(Alert alert) {
        try {
            return WRITER.writeValueAsString(alert);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert cannot be serialised: " + alert, e);
        }
    }

    public static byte[] toJsonBytes(Alert alert) {
        try {
            return WRITER.writeValueAsBytes(alert);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert cannot be serialised: " + alert, e);
        }
    }

    public static Alert fromJson(String json) {
        try {
            return READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an alert: " + e.getOriginalMessage(), e);
        }
    }
}
