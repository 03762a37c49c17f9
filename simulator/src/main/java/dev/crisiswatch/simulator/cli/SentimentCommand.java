package dev.crisiswatch.simulator.cli;

import dev.crisiswatch.text.SentimentScorer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** One text per line on stdin, `label<TAB>score` per line on stdout, with the job's own sentiment function. */
@Command(name = "sentiment", mixinStandardHelpOptions = true,
        description = {"Scores sentiment: one text per line in, label<TAB>score per line out.",
            "Reads standard input and writes label<TAB>score per line",
            "(label negative, neutral or positive; score in [-1, 1], four decimals),",
            "with the same sentiment function the job uses."})
public final class SentimentCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        score(System.in, System.out);
        return 0;
    }

    public static void score(InputStream in, OutputStream out) throws IOException {
        SentimentScorer scorer = SentimentScorer.standard();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        StringBuilder sb = new StringBuilder(32);
        String line;
        while ((line = r.readLine()) != null) {
            double score = scorer.score(line);
            sb.setLength(0);
            sb.append(SentimentScorer.label(score)).append('\t');
            appendFixed4(sb, score);
            sb.append('\n');
            w.append(sb);
        }
        w.flush();
    }

    /** `-0.2500`: four decimals without String.format, which is too slow for a million lines. */
    static void appendFixed4(StringBuilder sb, double v) {
        long scaled = Math.round(v * 10_000);
        if (scaled < 0) {
            sb.append('-');
            scaled = -scaled;
        }
        sb.append(scaled / 10_000).append('.');
        long frac = scaled % 10_000;
        if (frac < 1000) sb.append('0');
        if (frac < 100) sb.append('0');
        if (frac < 10) sb.append('0');
        sb.append(frac);
    }
}
