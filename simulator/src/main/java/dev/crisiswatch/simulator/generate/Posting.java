package dev.crisiswatch.simulator.generate;

import java.util.SplittableRandom;

/** Small facts of a post that are not its words: its language tag and the engagement seen when captured. */
final class Posting {
    /** Share of posts whose network gives no language. */
    private static final double NO_LANG = 0.1;

    private Posting() {}

    static String lang(SplittableRandom rng) {
        return Sampling.chance(rng, NO_LANG) ? null : "en";
    }

    /** Likes grow with the audience: roughly one like per hundred followers, and never fewer than the reshares. */
    static long likes(SplittableRandom rng, long followers, int reshares) {
        double mean = 0.5 + Math.sqrt(followers) / 8.0 + reshares * 3.0;
        return Sampling.poisson(rng, Math.min(mean, 1e6));
    }

    /** Reshares a post outside any cascade had when captured: few, more for big accounts. */
    static int backgroundReshares(SplittableRandom rng, long followers) {
        return Sampling.poisson(rng, Math.min(0.05 + Math.sqrt(followers) / 300.0, 50));
    }

    /** A timestamp uniformly inside the minute starting at {@code minute}. */
    static long within(SplittableRandom rng, long minute) {
        return minute + rng.nextInt(60_000);
    }
}
