package dev.crisiswatch.detect;

/** The signals an alert can carry, in the order they are listed in `kinds`. */
public enum SignalKind {
    NEGATIVE_SURGE,
    COMPLAINT_SURGE,
    CROSS_CHANNEL,
    INFLUENCER,
    VOLUME_SPIKE,
    EMERGING_ISSUE,
    POSITIVE_BUZZ;

    public int bit() {
        return 1 << ordinal();
    }
}
