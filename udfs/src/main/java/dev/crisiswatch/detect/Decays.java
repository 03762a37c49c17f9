package dev.crisiswatch.detect;

import dev.crisiswatch.config.DetectionConfig;

/** Per-minute decay factors of the baselines, derived once from the configured half-lives. */
public record Decays(double level, double slot, double longRun, double share, double slow, double coTerms) {

    public static Decays of(DetectionConfig c) {
        return new Decays(
                perMinute(c.levelHalfLifeMinutes),
                perMinute(c.seasonalHalfLifeDays * 60),
                perMinute(c.longRunHalfLifeDays * 1440),
                perMinute(c.shareHalfLifeMinutes),
                perMinute(c.slowHalfLifeMinutes),
                perMinute(c.slowHalfLifeMinutes));
    }

    private static double perMinute(double halfLifeMinutes) {
        return Math.pow(0.5, 1.0 / halfLifeMinutes);
    }

    /** Weight that {@code minutes} consecutive minutes add to a sum decayed by {@code d} per minute. */
    static double geometricWeight(double d, int minutes) {
        return (1 - Math.pow(d, minutes)) / (1 - d);
    }
}
