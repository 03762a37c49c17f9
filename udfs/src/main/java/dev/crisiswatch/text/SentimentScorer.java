package dev.crisiswatch.text;

/**
 * Scores the sentiment of a short post or complaint in [-1, 1].
 *
 * <p>PLACEHOLDER until the text-intelligence work lands: a tiny word list so the pipeline runs.
 */
public final class SentimentScorer {
    private static final String[] NEG = {"lost", "delayed", "delay", "refund", "cancelled", "rude", "broken",
        "outage", "overcharged", "scam", "worst", "terrible", "awful", "never", "hate", "angry", "fail"};
    private static final String[] POS = {"love", "great", "thanks", "amazing", "awesome", "happy", "best"};

    private static final SentimentScorer STANDARD = new SentimentScorer();

    public static SentimentScorer standard() {
        return STANDARD;
    }

    public double score(String text) {
        if (text == null || text.isEmpty()) return 0;
        String t = text.toLowerCase();
        int s = 0;
        for (String w : NEG) if (t.contains(w)) s--;
        for (String w : POS) if (t.contains(w)) s++;
        return Math.max(-1, Math.min(1, s / 2.0));
    }

    public static String label(double score) {
        return score <= -0.05 ? "negative" : score >= 0.05 ? "positive" : "neutral";
    }
}
