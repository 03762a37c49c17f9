package dev.crisiswatch.simulator.scenario;

import java.util.Map;

/**
 * Everyday mentions: an average rate per catalog topic, brand chatter that matches no topic, and the
 * daily and weekly profile that moves both around.
 */
public record Background(double perMinute, Map<String, Double> topicRates, double uncataloguedPerMinute,
        TrafficProfile profile) {

    /** Where brand mentions come from, roughly as social listening tools see them. */
    public static final Weights DEFAULT_SOURCES = Weights.parse(
            "twitter:40 facebook:14 instagram:12 reddit:10 tiktok:8 review:8 forum:5 news:3");

    public Background {
        topicRates = Map.copyOf(topicRates);
    }

    /** Average mentions per minute of one topic. */
    public double rateFor(String topicId) {
        return topicRates.getOrDefault(topicId, perMinute);
    }
}
