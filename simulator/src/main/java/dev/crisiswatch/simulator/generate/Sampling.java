package dev.crisiswatch.simulator.generate;

import java.util.List;
import java.util.SplittableRandom;

/** The few distributions the generator draws from, on a caller's seeded random stream. */
final class Sampling {
    private Sampling() {}

    /** Poisson counts: Knuth's product method for small means, a rounded normal for large ones. */
    static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) return 0;
        if (mean > 40) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= rng.nextDouble();
        } while (p > limit);
        return k - 1;
    }

    /** An exponential waiting time with the given mean, at least one millisecond. */
    static long exponential(SplittableRandom rng, double mean) {
        return Math.max(1, Math.round(-mean * Math.log(1 - rng.nextDouble())));
    }

    static <T> T pick(SplittableRandom rng, List<T> items) {
        return items.get(rng.nextInt(items.size()));
    }

    static <T> T pick(SplittableRandom rng, T[] items) {
        return items[rng.nextInt(items.length)];
    }

    static boolean chance(SplittableRandom rng, double p) {
        return p > 0 && rng.nextDouble() < p;
    }
}
