package dev.crisiswatch.bench;

import dev.crisiswatch.text.NearDuplicateFilter;
import dev.crisiswatch.text.SimHash;
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
 * Posts per second through the near-duplicate window alone, with fingerprints taken beforehand (the
 * job fingerprints where it reads a post and compares after de-duplication). 1,024 distinct posts
 * over and over: each post's own earlier copy is the oldest in the window, so every check scans all
 * 1,024 fingerprints, as for an ordinary post.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NearDuplicateBenchmark {
    private static final int BATCH = 1024;

    private long[] fingerprints;
    private int[] words;
    private NearDuplicateFilter filter;

    @Setup
    public void setUp() {
        SimHash simHash = new SimHash();
        String[] distinct = BenchTexts.distinctTexts(BATCH, 13).toArray(new String[0]);
        fingerprints = new long[BATCH];
        words = new int[BATCH];
        for (int i = 0; i < BATCH; i++) {
            fingerprints[i] = simHash.fingerprint(distinct[i]);
            words[i] = simHash.lastWordCount();
        }
        filter = new NearDuplicateFilter();
        for (int i = 0; i < BATCH; i++) filter.isNearDuplicate(fingerprints[i], words[i]);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void windowCheck(Blackhole bh) {
        for (int i = 0; i < BATCH; i++) bh.consume(filter.isNearDuplicate(fingerprints[i], words[i]));
    }
}
