package dev.crisiswatch.detect;

/**
 * The last hour or two of a key as exponentially decayed sums, set against the long-run baseline
 * (what this hour usually brings) rather than the adaptive level: a crisis that builds over hours
 * creeps into the level but not into the long run. Flink POJO, part of {@link TopicState}.
 */
public class SlowWindow {
    public double minutes;
    public double mentions;
    public double negative;
    public double positive;
    /** Decayed sum of the mentions' sentiment scores. */
    public double sentimentSum;
    public double complaints;
    public double zeroFollowers;
    public double nearDuplicates;
    public double expectedMentions;
    public double expectedComplaints;
    /** CUSUM (natural-log likelihood ratio) of negative mentions above their usual rate. */
    public double negativeCusum;
    /** CUSUM of complaints above their usual rate. */
    public double complaintCusum;

    public SlowWindow() {}

    /** Decays by {@code decay^k} for {@code k} empty minutes, adding their long-run expectations. */
    void skip(int k, double decay, double mentionsPerMinute, double complaintsPerMinute) {
        double d = Math.pow(decay, k);
        double w = Decays.geometricWeight(decay, k);
        minutes = minutes * d + w;
        mentions *= d;
        negative *= d;
        positive *= d;
        sentimentSum *= d;
        complaints *= d;
        zeroFollowers *= d;
        nearDuplicates *= d;
        expectedMentions = expectedMentions * d + mentionsPerMinute * w;
        expectedComplaints = expectedComplaints * d + complaintsPerMinute * w;
    }

    void add(MinuteBucket b, double decay, double mentionsExpected, double complaintsExpected) {
        minutes = minutes * decay + 1;
        mentions = mentions * decay + b.mentions;
        negative = negative * decay + b.negativeMentions;
        positive = positive * decay + b.positiveMentions;
        sentimentSum = sentimentSum * decay + b.sentimentMicros / 1e6;
        complaints = complaints * decay + b.complaints;
        zeroFollowers = zeroFollowers * decay + b.zeroFollowerMentions;
        nearDuplicates = nearDuplicates * decay + b.nearDuplicateMentions;
        expectedMentions = expectedMentions * decay + mentionsExpected;
        expectedComplaints = expectedComplaints * decay + complaintsExpected;
    }

    /**
     * Adds one minute to the CUSUMs: the Poisson log-likelihood ratio of a rise by {@code ratio} against
     * the expectation, floored at 0 and capped at {@code cap} so that an incident drains in bounded time.
     */
    void cusum(double negative, double expectedNegative, double negativeRatio, double complaints, double expectedComplaints,
            double complaintRatio, double cap) {
        negativeCusum = step(negativeCusum, negative, expectedNegative, negativeRatio, cap);
        complaintCusum = step(complaintCusum, complaints, expectedComplaints, complaintRatio, cap);
    }

    void resetCusum() {
        negativeCusum = 0;
        complaintCusum = 0;
    }

    private static double step(double s, double x, double mu, double ratio, double cap) {
        double m = Math.max(mu, 0.005);
        return Math.min(cap, Math.max(0, s + x * Math.log(ratio) - m * (ratio - 1)));
    }

    /** The sums as a window (counts rounded), for the same tests and alert text as the sliding windows. */
    WindowStats stats() {
        return new WindowStats((int) Math.round(minutes), (int) Math.round(mentions), (int) Math.round(negative),
                (int) Math.round(positive), 0,
                (int) Math.round(nearDuplicates), (int) Math.round(zeroFollowers), (int) Math.round(complaints),
                sentimentSum * Math.round(mentions) / Math.max(mentions, 1e-9), 0, 0, 0,
                expectedMentions, expectedComplaints);
    }
}
