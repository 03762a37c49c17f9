package dev.crisiswatch.job.operators;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.detect.MinuteBucket;
import dev.crisiswatch.detect.TopicDetector;
import dev.crisiswatch.detect.TopicMeta;
import dev.crisiswatch.detect.TopicState;
import dev.crisiswatch.job.JobMetrics;
import dev.crisiswatch.job.io.EncodedAlert;
import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertCodec;
import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.model.Severity;
import dev.crisiswatch.model.TopicCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by topic (or emerging term): merges the subtasks' partial buckets of a minute, and when the
 * watermark closes the minute hands the whole minute to the pure {@link TopicDetector}. While an
 * incident is open it ticks every minute, so a topic that goes quiet still resolves.
 */
public class DetectorFunction extends KeyedProcessFunction<String, MinuteBucket, EncodedAlert> {
    /** At the end of a bounded input, tick at most this many quiet minutes to let open incidents resolve. */
    private static final int MAX_TICKS_AFTER_END = 24 * 60;

    private final CrisisConfig config;
    private final TopicCatalog catalog;
    private transient TopicDetector detector;
    private transient ValueState<TopicState> topicState;
    private transient MapState<Long, MinuteBucket> pending;
    private transient ValueState<Integer> ticksAfterEnd;
    private transient Map<Severity, Counter> alertCounters;
    private transient volatile long lastLagMs;

    public DetectorFunction(CrisisConfig config, TopicCatalog catalog) {
        this.config = config;
        this.catalog = catalog;
    }

    @Override
    public void open(OpenContext ctx) {
        detector = new TopicDetector(config);
        StateTtlConfig ttl = StateTtlConfig.newBuilder(Duration.ofMillis(config.state.topicTtlMillis()))
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .cleanupInRocksdbCompactFilter(1_000)
                .build();
        ValueStateDescriptor<TopicState> sd = new ValueStateDescriptor<>("topic-state", TopicState.class);
        sd.enableTimeToLive(ttl);
        topicState = getRuntimeContext().getState(sd);
        MapStateDescriptor<Long, MinuteBucket> pd =
                new MapStateDescriptor<>("pending-minutes", Long.class, MinuteBucket.class);
        pd.enableTimeToLive(ttl);
        pending = getRuntimeContext().getMapState(pd);
        ticksAfterEnd = getRuntimeContext().getState(new ValueStateDescriptor<>("ticks-after-end", Integer.class));
        MetricGroup g = getRuntimeContext().getMetricGroup().addGroup(JobMetrics.GROUP);
        alertCounters = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            alertCounters.put(s, g.addGroup("severity", s.name()).counter(JobMetrics.ALERTS));
        }
        g.gauge(JobMetrics.DETECTION_LAG, () -> lastLagMs);
    }

    @Override
    public void processElement(MinuteBucket b, Context ctx, Collector<EncodedAlert> out) throws Exception {
        // Partial buckets of one minute come from every upstream subtask; the timer fires once the
        // watermark says all of them are in.
        MinuteBucket p = pending.get(b.minute);
        if (p == null) {
            pending.put(b.minute, b);
        } else {
            p.merge(b, config.preAggregation.samplesPerBucket);
            pending.put(b.minute, p);
        }
        ctx.timerService().registerEventTimeTimer(b.minute + 59_999);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EncodedAlert> out) throws Exception {
        long minute = timestamp - 59_999;
        MinuteBucket b = pending.get(minute);
        if (b == null) {
            b = new MinuteBucket(ctx.getCurrentKey(), minute); // a tick of a quiet minute
        } else {
            pending.remove(minute);
        }
        evaluate(b, ctx, out);
    }

    private void evaluate(MinuteBucket b, Context ctx, Collector<EncodedAlert> out) throws Exception {
        TopicState s = topicState.value();
        if (s == null) s = new TopicState();
        List<Alert> alerts = detector.onMinute(s, b, meta(b.key));
        topicState.update(s);
        long watermark = ctx.timerService().currentWatermark();
        for (Alert a : alerts) {
            a.detectedAt = Instant.ofEpochMilli(System.currentTimeMillis()).toString();
            alertCounters.get(a.severity).inc();
            if (watermark != Long.MAX_VALUE && watermark != Long.MIN_VALUE) {
                lastLagMs = Math.max(0, watermark - Instant.parse(a.eventTime).toEpochMilli());
            }
            out.collect(new EncodedAlert(a.topic, a.alertId, a.eventTime, AlertCodec.toJson(a)));
        }
        if (detector.wantsTicks(s)) scheduleTick(b.minute + 60_000, watermark, ctx);
    }

    private void scheduleTick(long nextMinute, long watermark, Context ctx) throws Exception {
        if (watermark == Long.MAX_VALUE) {
            // End of a bounded input: keep ticking only long enough for open incidents to resolve.
            Integer n = ticksAfterEnd.value();
            int ticks = n == null ? 0 : n;
            if (ticks >= MAX_TICKS_AFTER_END) return;
            ticksAfterEnd.update(ticks + 1);
        }
        ctx.timerService().registerEventTimeTimer(nextMinute + 59_999);
    }

    private TopicMeta meta(String key) {
        Optional<CatalogTopic> t = catalog.byId(key);
        return t.map(c -> new TopicMeta(c.id(), c.name(), c.owners(), false))
                .orElseGet(() -> new TopicMeta(key, key, List.of(), key.startsWith("emerging:")));
    }
}
