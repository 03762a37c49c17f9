package dev.crisiswatch.text.sentiment;

import dev.crisiswatch.text.SentimentScorer;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Scores plain VADER and the CrisisWatch scorer against the public labelled tweets and prints
 * accuracy, macro-F1 and the confusion matrix of each. Run it with the command in docs/sentiment.md.
 */
public final class SentimentEvaluation {
    /** VADER's published thresholds on its compound score. */
    public static final DoubleFunction<String> VADER_LABEL = s -> s <= -0.05 ? "negative" : s >= 0.05 ? "positive" : "neutral";

    private SentimentEvaluation() {}

    public static ConfusionMatrix evaluate(SentimentScorer scorer, DoubleFunction<String> labeler, List<LabelledText> data) {
        ConfusionMatrix matrix = new ConfusionMatrix();
        for (LabelledText t : data) matrix.add(t.label(), labeler.apply(scorer.score(t.text())));
        return matrix;
    }

    public static ConfusionMatrix plain(List<LabelledText> data) {
        return evaluate(SentimentScorer.plainVader(), VADER_LABEL, data);
    }

    public static ConfusionMatrix ours(List<LabelledText> data) {
        return evaluate(SentimentScorer.standard(), SentimentScorer::label, data);
    }

    public static String report() {
        StringBuilder out = new StringBuilder();
        report(out, "Airline tweets, held-out airlines (US Airways, Southwest, Delta)", LabelledText.airlineTweets(false));
        report(out, "Airline tweets, tuning airlines (United, American, Virgin America)", LabelledText.airlineTweets(true));
        report(out, "VADER tweet ground truth (|mean rating| < 0.5 is neutral)", LabelledText.vaderTweets());
        return out.toString();
    }

    private static void report(StringBuilder out, String title, List<LabelledText> data) {
        out.append("== ").append(title).append('\n');
        out.append("plain VADER: ").append(plain(data).describe());
        out.append("CrisisWatch: ").append(ours(data).describe()).append('\n');
    }

    public static void main(String[] args) {
        System.out.print(report());
    }
}
