package dev.crisiswatch.text.sentiment;

import java.util.List;

/** Counts of true label against predicted label over negative, neutral and positive. */
public final class ConfusionMatrix {
    public static final List<String> LABELS = List.of("negative", "neutral", "positive");

    private final long[][] counts = new long[3][3];

    public void add(String truth, String predicted) {
        counts[index(truth)][index(predicted)]++;
    }

    public long total() {
        long total = 0;
        for (long[] row : counts) for (long c : row) total += c;
        return total;
    }

    public double accuracy() {
        long total = total();
        return total == 0 ? 0 : (double) (counts[0][0] + counts[1][1] + counts[2][2]) / total;
    }

    /** The unweighted mean of the three per-class F1 scores. */
    public double macroF1() {
        double sum = 0;
        for (int c = 0; c < 3; c++) sum += f1(c);
        return sum / 3;
    }

    public double f1(int c) {
        long predicted = counts[0][c] + counts[1][c] + counts[2][c];
        long actual = counts[c][0] + counts[c][1] + counts[c][2];
        if (predicted == 0 || actual == 0) return 0;
        double precision = (double) counts[c][c] / predicted;
        double recall = (double) counts[c][c] / actual;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("n=%d accuracy=%.3f macroF1=%.3f (F1 neg %.3f neu %.3f pos %.3f)%n",
            total(), accuracy(), macroF1(), f1(0), f1(1), f1(2)));
        out.append(String.format("%16s %9s %9s %9s%n", "truth \\ predicted", "negative", "neutral", "positive"));
        for (int t = 0; t < 3; t++) {
            out.append(String.format("%16s %9d %9d %9d%n", LABELS.get(t), counts[t][0], counts[t][1], counts[t][2]));
        }
        return out.toString();
    }

    private static int index(String label) {
        int i = LABELS.indexOf(label);
        if (i < 0) throw new IllegalArgumentException("not a sentiment label: " + label);
        return i;
    }
}
