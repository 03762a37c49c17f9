package dev.crisiswatch.job;

/** Names of the job's own metrics (documented in deploy/README.md), under the operator's metric group. */
public final class JobMetrics {
    public static final String GROUP = "crisis";
    public static final String PARSED = "eventsParsed";
    public static final String INVALID = "eventsInvalid";
    public static final String LATE = "eventsLate";
    public static final String FUTURE = "eventsTooFarAhead";
    public static final String DUPLICATE = "eventsDuplicate";
    public static final String BUCKETS = "bucketsEmitted";
    public static final String OPEN_BUCKETS = "bucketsOpen";
    public static final String TERMS_DROPPED = "termsDropped";
    public static final String ALERTS = "alerts";
    public static final String DETECTION_LAG = "detectionLagMs";

    private JobMetrics() {}
}
