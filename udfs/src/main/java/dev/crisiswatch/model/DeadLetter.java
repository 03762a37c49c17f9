package dev.crisiswatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A record the job could not use: its raw payload (as UTF-8 text, invalid bytes replaced, or
 * Base64 when it is not text), where it came from and why (CONTRACT section 1).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"stream", "origin", "reason", "payload", "payloadBase64"})
public class DeadLetter {
    /** `mentions` or `complaints`. */
    public String stream;
    /** Where the record came from: `topic/partition/offset` or `file:line`. */
    public String origin;
    public String reason;
    public String payload;
    /** The exact bytes, set when they are not valid UTF-8. */
    public String payloadBase64;

    public DeadLetter() {}
}
