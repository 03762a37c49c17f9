package dev.crisiswatch.detect;

/**
 * Everything the severity rules and the alert text need about one window of one key: the window's
 * figures, the baselines they are held against, and the gated test scores (-log10 p, 0 when a
 * signal's effect size or count floor is not met).
 */
public record Evidence(
        WindowStats window,
        double expectedNegative,
        double baselineNegativeShare,
        double baselinePositiveShare,
        double baselineSentiment,
        double volumeScore,
        double negativeScore,
        double complaintScore,
        double growthRatio,
        double branching,
        boolean accelerating,
        boolean supercritical,
        boolean botFlood,
        double damping) {

    public double duplicateShare() {
        return window.share(window.nearDuplicates());
    }

    public double zeroFollowerShare() {
        return window.share(window.zeroFollowers());
    }

    public double dampedMentions() {
        return window.mentions() * damping();
    }

    public double dampedNegative() {
        return window.negative() * damping();
    }

    public double negativeShare() {
        return window.share(window.negative());
    }

    public double positiveShare() {
        return window.share(window.positive());
    }

    public double volumeRatio() {
        return ratio(dampedMentions(), window.expectedMentions());
    }

    public double negativeRatio() {
        return ratio(dampedNegative(), expectedNegative);
    }

    public double complaintRatio() {
        return ratio(window.complaints(), window.expectedComplaints());
    }

    /** Reshares per original post in the window. */
    public double resharesPerPost() {
        int originals = window.mentions() - window.reshares();
        return originals <= 0 ? window.reshares() : (double) window.reshares() / originals;
    }

    /** Final size of a cascade that has reached {@code soFar} events with this branching factor (n / (1 - b)). */
    public double projectedSize(double soFar) {
        return soFar / (1 - Math.min(branching, 0.95));
    }

    private static double ratio(double observed, double expected) {
        return observed / Math.max(expected, 0.1);
    }
}
