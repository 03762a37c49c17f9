package dev.crisiswatch.detect;

import dev.crisiswatch.model.Severity;

/**
 * The open incident of a key (if any) and what is remembered of the last one, for the cool-down.
 * Flink POJO, part of {@link TopicState}.
 */
public class IncidentState {
    public boolean open;
    /** Minute the incident opened (epoch ms): with the topic, it names the incident. */
    public long startMinute;
    /** Alerts emitted so far in this incident. */
    public int sequence;
    /** Highest severity reached. */
    public Severity severity;
    public SignalKind mainKind;
    /** {@link SignalKind#bit()}s of every signal seen in the incident. */
    public int kindsMask;
    public long lastAlertMinute;
    /** Incident volume (mentions + complaints) when the last alert went out. */
    public long lastAlertVolume;
    /** Consecutive minutes near baseline with no signal. */
    public int quietMinutes;

    public long mentions;
    public long negative;
    public long complaints;
    public long reshares;
    public long reach;

    /** When the last incident resolved; {@code Long.MIN_VALUE} if none has. */
    public long resolvedMinute = Long.MIN_VALUE;
    /** Highest severity of the last resolved incident. */
    public Severity lastPeak;

    public IncidentState() {}

    public long volume() {
        return mentions + complaints;
    }

    /** Starts counting from the window that opened the incident. */
    void begin(long minute, WindowStats onset) {
        open = true;
        startMinute = minute;
        sequence = 0;
        quietMinutes = 0;
        kindsMask = 0;
        severity = null;
        mainKind = null;
        mentions = onset.mentions();
        negative = onset.negative();
        complaints = onset.complaints();
        reshares = onset.reshares();
        reach = onset.reach();
    }

    void count(MinuteBucket b) {
        mentions += b.mentions;
        negative += b.negativeMentions;
        complaints += b.complaints;
        reshares += b.reshares;
        reach += b.reach;
    }

    void resolve(long minute) {
        open = false;
        resolvedMinute = minute;
        lastPeak = severity;
    }
}
