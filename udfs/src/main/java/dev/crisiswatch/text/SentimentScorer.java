package dev.crisiswatch.text;

import dev.crisiswatch.text.sentiment.SentimentLexicon;
import dev.crisiswatch.text.sentiment.VaderSentiment;

/**
 * Scores the sentiment of a short post or complaint in [-1, 1] and labels it negative, neutral or
 * positive. VADER's lexicon and rules, extended for what customers write to a brand: service
 * failures, sarcasm, slang, hashtags and emoji (see docs/sentiment.md).
 *
 * <p>Immutable and thread-safe: {@link #standard()} is one shared instance for every subtask.
 */
public final class SentimentScorer {
    /** A score at or below this is negative. Tuned on the tuning split of the airline tweets. */
    public static final double NEGATIVE_BELOW = -0.10;
    /** A score at or above this is positive. */
    public static final double POSITIVE_ABOVE = 0.45;

    private static final SentimentScorer STANDARD = new SentimentScorer(new VaderSentiment(SentimentLexicon.complaintDomain()));

    private final VaderSentiment vader;

    private SentimentScorer(VaderSentiment vader) {
        this.vader = vader;
    }

    /** The scorer the job uses: VADER plus the complaint-domain extension. */
    public static SentimentScorer standard() {
        return STANDARD;
    }

    /** Plain VADER (its lexicon and rules, no domain extension): the baseline the evaluation compares with. */
    public static SentimentScorer plainVader() {
        return new SentimentScorer(new VaderSentiment(SentimentLexicon.vader()));
    }

    /** The sentiment of {@code text} in [-1, 1]; 0 for a null or empty text. */
    public double score(String text) {
        return vader.compound(text);
    }

    public static String label(double score) {
        return score <= NEGATIVE_BELOW ? "negative" : score >= POSITIVE_ABOVE ? "positive" : "neutral";
    }
}
