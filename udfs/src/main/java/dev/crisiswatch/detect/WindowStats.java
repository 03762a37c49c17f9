package dev.crisiswatch.detect;

/** What a key saw over a sliding window of recent minutes, and what its baseline expected. */
public record WindowStats(
        int minutes,
        int mentions,
        int negative,
        int positive,
        int reshares,
        int nearDuplicates,
        int zeroFollowers,
        int complaints,
        double sentimentSum,
        long reach,
        long maxFollowers,
        long maxNegativeFollowers,
        double expectedMentions,
        double expectedComplaints) {

    public double share(int part) {
        return mentions == 0 ? 0 : (double) part / mentions;
    }

    public double meanSentiment() {
        return mentions == 0 ? 0 : sentimentSum / mentions;
    }
}
