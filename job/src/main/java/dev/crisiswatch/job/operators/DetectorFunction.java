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
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by topic (or emerging term): merges the subtasks' partial buckets of a minute, and when the
 * watermark closes the minute hands the whole minute to the pure {@link TopicDetector}. While an
 * incident is open it ticks every minute, so a topic that goes quiet still resolves.
 *
 * <p>Its state is public (uid, names, descriptors) so a savepoint written from recorded history
 * ({@code dev.crisiswatch.job.bootstrap}) holds exactly what this function would.
 */
public class DetectorFunction extends KeyedProcessFunction<String, MinuteBucket, EncodedAlert>
        implements CheckpointedFunction {
    /** The operator's uid: savepoints, including bootstrapped ones, address its state by it. */
    public static final String UID = "detect";
    public static final String TOPIC_STATE = "topic-state";
    public static final String PENDING_MINUTES = "pending-minutes";
    public static final String TICKS_AFTER_END = "ticks-after-end";
    /** Operator (union) state: the earliest minute the job has judged, so a restored job is not starting up. */
    public static final String STREAM_START = "stream-start";
    /** At the end of a bounded input, tick at most this many quiet minutes to let open incidents resolve. */
    private static final int MAX_TICKS_AFTER_END = 24 * 60;

    private final CrisisConfig config;
    private final TopicCatalog catalog;
    private transient TopicDetector detector;
    private transient ValueState<TopicState> topicState;
    private transient MapState<Long, MinuteBucket> pending;
    private transient ValueState<Integer> ticksAfterEnd;
    private transient ListState<Long> streamStart;
    private transient long restoredStreamStart;
    private transient Map<Severity, Counter> alertCounters;
    private transient volatile long lastLagMs;

    public DetectorFunction(CrisisConfig config, TopicCatalog catalog) {
        this.config = config;
        this.catalog = catalog;
    }

    public static ValueStateDescriptor<TopicState> topicStateDescriptor(CrisisConfig config) {
        ValueStateDescriptor<TopicState> d = new ValueStateDescriptor<>(TOPIC_STATE, TopicState.class);
        d.enableTimeToLive(ttl(config));
        return d;
    }

    public static MapStateDescriptor<Long, MinuteBucket> pendingMinutesDescriptor(CrisisConfig config) {
        MapStateDescriptor<Long, MinuteBucket> d = new MapStateDescriptor<>(PENDING_MINUTES, Long.class, MinuteBucket.class);
        d.enableTimeToLive(ttl(config));
        return d;
    }

    public static ListStateDescriptor<Long> streamStartDescriptor() {
        return new ListStateDescriptor<>(STREAM_START, Long.class);
    }

    /** The event-time timer that closes {@code minute} (and ticks it while an incident is open). */
    public static long closingTimer(long minute) {
        return minute + 59_999;
    }

    /** The minute an open incident is ticked after {@code minute}, its key's last judged one. */
    public static long nextTick(long minute) {
        return minute + 60_000;
    }

    private static StateTtlConfig ttl(CrisisConfig config) {
        return StateTtlConfig.newBuilder(Duration.ofMillis(config.state.topicTtlMillis()))
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                // files older than the TTL pass the compaction filter again at the next flush, not after RocksDB's 30 days
                .cleanupInRocksdbCompactFilter(1_000, Duration.ofMillis(config.state.topicTtlMillis()))
                .build();
    }

    @Override
    public void initializeState(FunctionInitializationContext ctx) throws Exception {
        streamStart = ctx.getOperatorStateStore().getUnionListState(streamStartDescriptor());
        restoredStreamStart = Long.MAX_VALUE;
        for (Long m : streamStart.get()) restoredStreamStart = Math.min(restoredStreamStart, m);
    }

    @Override
    public void snapshotState(FunctionSnapshotContext ctx) throws Exception {
        long start = detector.streamStartMinute();
        streamStart.update(start == Long.MAX_VALUE ? List.of() : List.of(start));
    }

    @Override
    public void open(OpenContext ctx) {
        detector = new TopicDetector(config);
        if (restoredStreamStart != Long.MAX_VALUE) detector.streamStartedAt(restoredStreamStart);
        topicState = getRuntimeContext().getState(topicStateDescriptor(config));
        pending = getRuntimeContext().getMapState(pendingMinutesDescriptor(config));
        ticksAfterEnd = getRuntimeContext().getState(new ValueStateDescriptor<>(TICKS_AFTER_END, Integer.class));
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
        ctx.timerService().registerEventTimeTimer(closingTimer(b.minute));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EncodedAlert> out) throws Exception {
        long minute = timestamp - closingTimer(0);
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
        if (detector.wantsTicks(s)) scheduleTick(nextTick(b.minute), watermark, ctx);
    }

    private void scheduleTick(long nextMinute, long watermark, Context ctx) throws Exception {
        if (watermark == Long.MAX_VALUE && !tickAfterEnd(nextMinute)) return;
        ctx.timerService().registerEventTimeTimer(closingTimer(nextMinute));
    }

    /** End of a bounded input: whether to tick {@code nextMinute}; long enough for open incidents to resolve. */
    protected boolean tickAfterEnd(long nextMinute) throws Exception {
        Integer n = ticksAfterEnd.value();
        int ticks = n == null ? 0 : n;
        if (ticks >= MAX_TICKS_AFTER_END) return false;
        ticksAfterEnd.update(ticks + 1);
        return true;
    }

    /** The current key's detector state ({@code null} before its first minute). */
    protected TopicState currentState() throws Exception {
        return topicState.value();
    }

    /** The current key's minutes received but not yet closed by the watermark. */
    protected Iterable<Long> pendingMinutes() throws Exception {
        return pending.keys();
    }

    /** The earliest minute this subtask has judged, or was restored with. */
    protected long streamStartMinute() {
        return detector.streamStartMinute();
    }

    private TopicMeta meta(String key) {
        Optional<CatalogTopic> t = catalog.byId(key);
        return t.map(c -> new TopicMeta(c.id(), c.name(), c.owners(), false))
                .orElseGet(() -> new TopicMeta(key, key, List.of(), key.startsWith("emerging:")));
    }
}
