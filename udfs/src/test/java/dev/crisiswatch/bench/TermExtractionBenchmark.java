package dev.crisiswatch.bench;

import dev.crisiswatch.model.Event;
import dev.crisiswatch.text.NearDuplicateFilter;
import dev.crisiswatch.text.SimHash;
import dev.crisiswatch.text.TermExtractor;
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

/** Tweets per second through term extraction, SimHash, and the near-duplicate window (1,024 posts). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TermExtractionBenchmark {
    private static final int BATCH = 1024;

    private String[] texts;
    private final TermExtractor extractor = new TermExtractor();
    private final SimHash simHash = new SimHash();
    private String[] distinct;
    private NearDuplicateFilter filter;

    @Setup
    public void setUp() {
        texts = BenchTexts.tweets(BATCH, 11).stream().map(e -> e.text).toArray(String[]::new);
        distinct = BenchTexts.distinctTexts(BATCH, 13).toArray(new String[0]);
        filter = new NearDuplicateFilter();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void termExtraction(Blackhole bh) {
        for (String t : texts) extractor.extract(t, bh::consume);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void simHash(Blackhole bh) {
        for (String t : texts) bh.consume(simHash.fingerprint(t));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void nearDuplicateFilter(Blackhole bh) {
        // Distinct texts: every check scans the whole window, the worst case.
        for (String t : distinct) bh.consume(filter.isNearDuplicate(t));
    }
}
