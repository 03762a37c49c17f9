package dev.crisiswatch.simulator.evaluate;

/** How alert topics are named (CONTRACT section 3). */
public final class AlertTopics {
    public static final String EMERGING_PREFIX = "emerging:";

    private AlertTopics() {}

    public static boolean isEmerging(String topic) {
        return topic != null && topic.startsWith(EMERGING_PREFIX);
    }
}
