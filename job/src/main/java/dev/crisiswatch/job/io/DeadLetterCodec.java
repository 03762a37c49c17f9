package dev.crisiswatch.job.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.crisiswatch.model.DeadLetter;

/** JSON of a dead letter. */
public final class DeadLetterCodec {
    private static final ObjectWriter WRITER = new ObjectMapper().writerFor(DeadLetter.class);

    private DeadLetterCodec() {}

    public static String toJson(DeadLetter d) {
        try {
            return WRITER.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dead letter cannot be serialised", e);
        }
    }
}
