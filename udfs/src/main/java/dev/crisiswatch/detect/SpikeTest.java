package dev.crisiswatch.detect;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;

/**
 * Count-aware upper-tail tests, as scores: -log10 of the p-value (0 when the count is not above its
 * expectation). Counts may be fractional after bot damping; the incomplete beta handles that.
 */
public final class SpikeTest {
    /** Scores are capped here: p below 1e-300 underflows anyway. */
    public static final double MAX_SCORE = 300;

    private SpikeTest() {}

    /**
     * P(X >= k) for X negative-binomial with the given mean and shape r (a Gamma-Poisson mixture:
     * variance = mean + mean^2 / r). Large r tends to Poisson.
     */
    public static double negativeBinomial(double k, double mean, double r) {
        if (k <= 0 || k <= mean) return 0;
        double m = Math.max(mean, 1e-9);
        double q = m / (r + m);
        return score(Beta.regularizedBeta(q, k, r));
    }

    /** P(X >= k) for X binomial(n, p): is the share k/n above p beyond chance? */
    public static double binomial(double k, double n, double p) {
        if (k <= 0 || n <= 0 || k <= n * p) return 0;
        if (p <= 0) return MAX_SCORE;
        double kk = Math.min(k, n);
        return score(Beta.regularizedBeta(p, kk, n - kk + 1));
    }

    /** P(Z >= z) for a standard normal Z. */
    public static double normal(double z) {
        if (z <= 0) return 0;
        return score(0.5 * Erf.erfc(z / Math.sqrt(2)));
    }

    /**
     * Shape of the predictive distribution of a window count with expectation {@code expected} over
     * {@code windowMinutes}, from a baseline backed by {@code evidenceMinutes} of data (Gamma-Poisson:
     * r = expected * evidence / window), capped at {@code 1 / overdispersion}.
     */
    public static double shape(double expected, double evidenceMinutes, int windowMinutes, double overdispersion) {
        double r = Math.max(expected, 1e-6) * evidenceMinutes / windowMinutes;
        return Math.max(1e-3, Math.min(r, 1 / overdispersion));
    }

    private static double score(double p) {
        if (!(p > 0)) return MAX_SCORE;
        return Math.min(MAX_SCORE, Math.max(0, -Math.log10(p)));
    }
}
