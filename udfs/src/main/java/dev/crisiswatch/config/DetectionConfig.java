package dev.crisiswatch.config;

import java.io.Serializable;

/** Thresholds of the detector. Every field is a documented default, overridable under `detection:`. */
public class DetectionConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Sentiment at or below this is a negative post. */
    public double negativeThreshold = -0.05;
    /** Sentiment at or above this is a positive post. */
    public double positiveThreshold = 0.05;
    /** Authors with at least this many followers, or verified, are influencers. */
    public long influencerFollowers = 100_000;

    public void validate() {
        if (negativeThreshold >= positiveThreshold) {
            throw new IllegalArgumentException("detection.negativeThreshold must be below positiveThreshold");
        }
    }
}
