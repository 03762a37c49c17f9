package dev.crisiswatch.job.io;

/** An alert already encoded as JSON, keyed by its topic: what the sinks write. */
public class EncodedAlert {
    public String topic;
    public String alertId;
    public String eventTime;
    public String json;

    public EncodedAlert() {}

    public EncodedAlert(String topic, String alertId, String eventTime, String json) {
        this.topic = topic;
        this.alertId = alertId;
        this.eventTime = eventTime;
        this.json = json;
    }

    /** Order of alerts in a backtest file: event time, then topic, then id; the same whatever the parallelism. */
    public static int compareForFile(EncodedAlert a, EncodedAlert b) {
        int c = a.eventTime.compareTo(b.eventTime);
        if (c != 0) return c;
        c = a.topic.compareTo(b.topic);
        return c != 0 ? c : a.alertId.compareTo(b.alertId);
    }
}
