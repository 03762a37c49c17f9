package dev.crisiswatch.simulator.evaluate;

/** Per-minute counts of one topic over a scenario's whole span; index 0 is {@code firstMinute}. */
public record MinuteSeries(String topic, long firstMinute, int[] mentions, int[] negativeMentions, int[] complaints) {

    public static final long MINUTE_MS = 60_000L;

    public int length() {
        return mentions.length;
    }

    public long minuteAt(int index) {
        return firstMinute + index * MINUTE_MS;
    }

    public long totalMentions() {
        long n = 0;
        for (int m : mentions) n += m;
        return n;
    }

    public long totalComplaints() {
        long n = 0;
        for (int c : complaints) n += c;
        return n;
    }

    /** Sum of {@code values} over the minutes [from, to], clipped to the series. */
    public static long sum(int[] values, int from, int to) {
        long s = 0;
        for (int i = Math.max(0, from); i <= Math.min(values.length - 1, to); i++) s += values[i];
        return s;
    }
}
