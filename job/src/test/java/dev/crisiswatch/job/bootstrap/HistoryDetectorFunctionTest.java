package dev.crisiswatch.job.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.detect.MinuteBucket;
import dev.crisiswatch.detect.TopicState;
import dev.crisiswatch.job.io.EncodedAlert;
import dev.crisiswatch.job.operators.DetectorFunction;
import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.model.TopicCatalog;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.runtime.state.KeyedStateBackend;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * Three quiet hours of a delivery topic, then twenty minutes of angry posts that open an incident; the
 * history ends while the last minutes (one of them without posts) still wait for the watermark.
 */
class HistoryDetectorFunctionTest {
    static final String KEY = "acme-delivery";
    static final TopicCatalog CATALOG = new TopicCatalog(List.of(new CatalogTopic(KEY, "Deliveries",
            List.of("parcel"), List.of("#acmefail"), List.of("@acmehelp"), List.of("delivery"), List.of("pr-oncall"))));
    static final CrisisConfig CFG = CrisisConfig.defaults();
    static final long MINUTE = 60_000L;
    static final long T0 = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
    /** The last minute of the history, and the last one the watermark closed before the end. */
    static final int LAST = 199;
    static final int WATERMARKED = 195;
    /** A minute without posts among the last ones: a job with an open incident ticks it. */
    static final int SILENT = 197;

    @Test
    void shouldHandOnTheStateTheLiveDetectorHoldsWhenTheWatermarkReachesTheEndOfTheHistory() throws Exception {
        try (var history = harness(new HistoryDetectorFunction(CFG, CATALOG));
                var live = harness(new DetectorFunction(CFG, CATALOG))) {
            feed(history);
            history.processWatermark(Long.MAX_VALUE);
            feed(live);
            live.processWatermark(DetectorFunction.closingTimer(T0 + LAST * MINUTE));

            List<DetectorSnapshot> snapshots = history.getSideOutput(HistoryDetectorFunction.SNAPSHOTS).stream()
                    .map(StreamRecord::getValue).toList();
            assertThat(snapshots).hasSize(1);
            DetectorSnapshot s = snapshots.get(0);
            assertThat(s.key).isEqualTo(KEY);
            assertThat(s.streamStartMinute).isEqualTo(T0);
            assertThat(s.state.incident.open).as("the angry minutes opened an incident").isTrue();
            assertThat(s.state.lastMinute).as("judged up to the history's last minute, not beyond")
                    .isEqualTo(T0 + LAST * MINUTE);
            assertThat(bytes(s.state)).as("byte for byte the live detector's state")
                    .isEqualTo(bytes(topicState(live)));
            assertThat(alertMinutes(history)).isEqualTo(alertMinutes(live));
        }
    }

    @Test
    void shouldNotTickPastTheHistoryWhereABacktestLetsTheIncidentResolve() throws Exception {
        try (var history = harness(new HistoryDetectorFunction(CFG, CATALOG));
                var backtest = harness(new DetectorFunction(CFG, CATALOG))) {
            feed(history);
            history.processWatermark(Long.MAX_VALUE);
            feed(backtest);
            backtest.processWatermark(Long.MAX_VALUE);

            assertThat(alertMinutes(history)).allSatisfy(m -> assertThat(m).isLessThanOrEqualTo(T0 + LAST * MINUTE));
            assertThat(alertMinutes(backtest)).as("a backtest resolves the incident in quiet minutes after its end")
                    .anySatisfy(m -> assertThat(m).isGreaterThan(T0 + LAST * MINUTE));
        }
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, MinuteBucket, EncodedAlert> harness(
            DetectorFunction f) throws Exception {
        var h = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(f), b -> b.key, Types.STRING);
        h.open();
        return h;
    }

    /** The buckets as the pre-aggregation emits them, each minute closed by the watermark up to {@link #WATERMARKED}. */
    private static void feed(KeyedOneInputStreamOperatorTestHarness<String, MinuteBucket, EncodedAlert> h)
            throws Exception {
        for (int m = 0; m <= LAST; m++) {
            if (m == SILENT) continue;
            long minute = T0 + m * MINUTE;
            MinuteBucket b = new MinuteBucket(KEY, minute);
            for (int i = 0; i < 4 + m % 3; i++) b.addMention(0.0, false, false, false, false, 300 + 40 * i, false, 0);
            if (m % 7 == 0) b.addMention(-0.6, true, false, false, false, 800, false, 0);
            if (m >= 180) {
                for (int i = 0; i < 30; i++) b.addMention(-0.7, true, false, false, false, 500 + i, i % 2 == 1, 0);
                b.addComplaint(true, false);
            }
            h.processElement(b, DetectorFunction.closingTimer(minute));
            if (m <= WATERMARKED) h.processWatermark(DetectorFunction.closingTimer(minute));
        }
    }

    private static TopicState topicState(KeyedOneInputStreamOperatorTestHarness<String, MinuteBucket, EncodedAlert> h)
            throws Exception {
        KeyedStateBackend<String> backend = ((AbstractStreamOperator<?>) h.getOperator()).getKeyedStateBackend();
        backend.setCurrentKey(KEY);
        return backend.getPartitionedState(VoidNamespace.INSTANCE, VoidNamespaceSerializer.INSTANCE,
                        DetectorFunction.topicStateDescriptor(CFG))
                .value();
    }

    private static byte[] bytes(TopicState s) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(4096);
        TypeInformation.of(TopicState.class).createSerializer(new SerializerConfigImpl()).serialize(s, out);
        return out.getCopyOfBuffer();
    }

    private static List<Long> alertMinutes(KeyedOneInputStreamOperatorTestHarness<String, MinuteBucket, EncodedAlert> h) {
        return h.extractOutputValues().stream().map(a -> Instant.parse(a.eventTime).toEpochMilli()).toList();
    }
}
