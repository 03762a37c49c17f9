package dev.crisiswatch.bench;

import dev.crisiswatch.text.SentimentScorer;
import dev.crisiswatch.text.sentiment.LabelledText;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tweets per second through the sentiment scorer, on 1,024 real brand-complaint tweets (the
 * airline set) and on the generated brand tweets; plain VADER on the same code as the yardstick.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SentimentBenchmark {
    private static final int BATCH = 1024;

    private String[] airlineTweets;
    private String[] brandTweets;
    private SentimentScorer standard;
    private SentimentScorer plainVader;

    @Setup
    public void setUp() {
        airlineTweets = LabelledText.airlineTweets().stream().limit(BATCH).map(LabelledText::text).toArray(String[]::new);
        brandTweets = BenchTexts.tweets(BATCH, 7).stream().map(e -> e.text).toArray(String[]::new);
        standard = SentimentScorer.standard();
        plainVader = SentimentScorer.plainVader();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void complaintDomainOnAirlineTweets(Blackhole bh) {
        for (String t : airlineTweets) bh.consume(standard.score(t));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void complaintDomainOnBrandTweets(Blackhole bh) {
        for (String t : brandTweets) bh.consume(standard.score(t));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void plainVaderOnAirlineTweets(Blackhole bh) {
        for (String t : airlineTweets) bh.consume(plainVader.score(t));
    }
}
