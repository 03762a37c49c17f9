package dev.crisiswatch.bench;

import dev.crisiswatch.aggregate.EventScorer;
import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.EventParser;
import dev.crisiswatch.model.InvalidRecordException;
import dev.crisiswatch.model.TopicCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The crisis job's per-record work before the shuffle, on the end-to-end benchmark's own records: parse the
 * bytes ({@link EventParser}), then {@link EventScorer#score} (what {@code ScoreEvents} emits). Run with
 * {@code -prof dev.crisiswatch.bench.ThreadCpuProfiler} for records per CPU-second, the figure that survives
 * a shared machine. The records and the 1,000-topic catalog are the loader's, written to files by
 * {@code crisis-bench load --out-dir} (see BENCHMARKS.md, "Per-record CPU").
 *
 * <p>Each pass over the records moves them one day later (the date digits rewritten in place, the same
 * length), so the sample-candidate tracker sees new minutes every pass as in a live stream, not the same
 * minutes again.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SourceChainBenchmark {
    private static final int BATCH = 1024;
    private static final long DAY_MILLIS = 86_400_000L;

    /** The folder with catalog.yaml, mentions.jsonl and complaints.jsonl; relative to the udfs module. */
    @Param("../bench/.cache/records")
    public String records;

    private byte[][] payloads;
    private EventKind[] kinds;
    /** Where each record's date (yyyy-MM-dd) starts. */
    private int[] dateAt;
    private LocalDate firstDate;
    private Event[] parsed;
    private EventParser parser;
    private EventScorer scorer;
    private int next;
    private int pass;

    @Setup
    public void setUp() throws IOException, InvalidRecordException {
        Path dir = Path.of(records);
        if (!Files.isRegularFile(dir.resolve("catalog.yaml"))) {
            throw new IllegalStateException("no benchmark records in " + dir.toAbsolutePath()
                    + "; write them with crisis-bench load --out-dir (BENCHMARKS.md, \"Per-record CPU\")");
        }
        List<Object[]> all = new ArrayList<>();
        parser = new EventParser();
        read(dir.resolve("mentions.jsonl"), EventKind.MENTION, all);
        read(dir.resolve("complaints.jsonl"), EventKind.COMPLAINT, all);
        all.sort(Comparator.comparingLong(r -> ((Event) r[2]).ts)); // the streams interleaved as in event time
        int n = all.size() / BATCH * BATCH;
        payloads = new byte[n][];
        kinds = new EventKind[n];
        dateAt = new int[n];
        parsed = new Event[n];
        for (int i = 0; i < n; i++) {
            payloads[i] = (byte[]) all.get(i)[0];
            kinds[i] = (EventKind) all.get(i)[1];
            parsed[i] = (Event) all.get(i)[2];
            dateAt[i] = indexOf(payloads[i], "\"ts\":\"".getBytes(StandardCharsets.UTF_8)) + 6;
            LocalDate date = LocalDate.parse(new String(payloads[i], dateAt[i], 10, StandardCharsets.US_ASCII));
            if (firstDate == null) firstDate = date;
            if (!date.equals(firstDate)) throw new IllegalStateException("the records must lie within one day");
        }
        scorer = new EventScorer(CrisisConfig.defaults(), TopicCatalog.load(dir.resolve("catalog.yaml")));
    }

    private void read(Path file, EventKind kind, List<Object[]> into) throws IOException, InvalidRecordException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            into.add(new Object[] {b, kind, parser.parse(kind, b)});
        }
    }

    /** Bytes -> Event -> ScoredEvent, as the source chain does. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void parseAndScore(Blackhole bh) throws InvalidRecordException {
        int from = nextBatch(true);
        for (int i = from; i < from + BATCH; i++) bh.consume(scorer.score(parser.parse(kinds[i], payloads[i])));
    }

    /** The parse alone (the read-and-parse baseline's work per record). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void parse(Blackhole bh) throws InvalidRecordException {
        int from = nextBatch(true);
        for (int i = from; i < from + BATCH; i++) bh.consume(parser.parse(kinds[i], payloads[i]));
    }

    /** The scoring alone, on events parsed in the set-up. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void score(Blackhole bh) {
        int from = nextBatch(false);
        for (int i = from; i < from + BATCH; i++) bh.consume(scorer.score(parsed[i]));
    }

    /** The first record of the next batch; at the end of the records, the next pass one day later. */
    private int nextBatch(boolean rewriteBytes) {
        if (next == payloads.length) {
            next = 0;
            pass++;
            if (rewriteBytes) {
                byte[] date = firstDate.plusDays(pass).toString().getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < payloads.length; i++) System.arraycopy(date, 0, payloads[i], dateAt[i], date.length);
            } else {
                for (Event e : parsed) e.ts += DAY_MILLIS;
            }
        }
        int from = next;
        next += BATCH;
        return from;
    }

    private static int indexOf(byte[] b, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= b.length; i++) {
            for (int k = 0; k < what.length; k++) if (b[i + k] != what[k]) continue outer;
            return i;
        }
        throw new IllegalArgumentException("a record without a \"ts\" string: " + new String(b, StandardCharsets.UTF_8));
    }
}
