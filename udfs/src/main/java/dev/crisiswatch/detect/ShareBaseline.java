package dev.crisiswatch.detect;

/**
 * An exponentially decayed share (hits over total), e.g. the negative share of a topic's mentions.
 * Flink POJO, part of {@link TopicState}.
 */
public class ShareBaseline {
    public double hits;
    public double total;

    public ShareBaseline() {}

    public void prime(double share, double weight) {
        hits = share * weight;
        total = weight;
    }

    public double share() {
        return total <= 0 ? 0 : hits / total;
    }

    /** Decays by {@code decay} per minute over {@code minutes} minutes, then adds this minute's figures. */
    public void observe(double newHits, double newTotal, double decay, int minutes) {
        double d = Math.pow(decay, minutes);
        hits = hits * d + newHits;
        total = total * d + newTotal;
    }
}
