package dev.crisiswatch.model;

/** A record that breaks CONTRACT section 1; the message is the reason shown in the dead letter. */
public class InvalidRecordException extends Exception {
    public InvalidRecordException(String reason) {
        super(reason, null, false, false);
    }
}
