package dev.crisiswatch.job.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same alerts, field for field except the wall-clock {@code detectedAt}:
 * at parallelism 1 and 4, and with the input shuffled within the 2-minute out-of-orderness bound.
 */
class DeterminismTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    /** Below eventTime.maxOutOfOrderness (2m), so no shuffled event is late. */
    private static final long MAX_DISPLACEMENT_MS = 90_000;

    @TempDir
    Path dir;

    @Test
    void shouldGiveTheSameAlertsAtAnyParallelismAndForAnyOrderWithinTheOutOfOrdernessBound() throws Exception {
        List<String> lines = CrisisFixture.mentions(11);
        Path catalog = dir.resolve("catalog.yaml");
        Files.writeString(catalog, CrisisFixture.CATALOG);
        Path ordered = Files.write(dir.resolve("ordered.jsonl"), lines);
        Path shuffled = Files.write(dir.resolve("shuffled.jsonl"), shuffleWithinBound(lines, 99));
        assertThat(Files.readAllLines(shuffled)).isNotEqualTo(lines).containsExactlyInAnyOrderElementsOf(lines);

        Backtest p1 = Backtest.run(dir, "p1", ordered, catalog, "--parallelism", "1");
        Backtest p4 = Backtest.run(dir, "p4", ordered, catalog, "--parallelism", "4");
        Backtest mixed = Backtest.run(dir, "shuffled-p2", shuffled, catalog, "--parallelism", "2");

        List<String> expected = p1.alertsWithoutDetectedAt();
        assertThat(expected).anyMatch(a -> a.contains("\"status\":\"OPEN\"") && a.contains("acme-delivery"));
        assertThat(p4.alertsWithoutDetectedAt()).containsExactlyElementsOf(expected);
        assertThat(mixed.alertsWithoutDetectedAt()).containsExactlyElementsOf(expected);
        assertThat(mixed.deadLetters()).as("nothing shuffled within the bound is late").isEmpty();
        System.out.printf("determinism: %d alerts identical at p1, p4 and shuffled (+/- %d s) at p2%n",
                expected.size(), MAX_DISPLACEMENT_MS / 1000);
    }

    /**
     * Sorts by event time plus a random delay of up to {@link #MAX_DISPLACEMENT_MS}: an event can come
     * after one at most that much newer, so it is never behind the watermark.
     */
    static List<String> shuffleWithinBound(List<String> lines, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        record Keyed(long key, String line) {}
        List<Keyed> keyed = new ArrayList<>();
        for (String l : lines) {
            long ts = Instant.parse(l.substring(l.indexOf("\"ts\":\"") + 6, l.indexOf("\",\"source\""))).toEpochMilli();
            keyed.add(new Keyed(ts + r.nextLong(MAX_DISPLACEMENT_MS), l));
        }
        keyed.sort(Comparator.comparingLong(Keyed::key));
        return keyed.stream().map(Keyed::line).toList();
    }
}
