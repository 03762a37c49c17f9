package dev.crisiswatch.job.operators;

import dev.crisiswatch.job.JobMetrics;
import dev.crisiswatch.model.Event;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Passes the first event of each (stream, source, id) and drops repeats seen within the TTL. Keyed by
 * {@link Event#dedupHash()}: a long is cheaper than the key string to build, shuffle and look up. The
 * records are whatever the job carries for an event (in the job a {@code ScoredEvent}).
 */
public class Deduplicator<T> extends KeyedProcessFunction<Long, T, T> {
    private final long ttlMillis;
    private transient ValueState<Boolean> seen;
    private transient Counter duplicates;

    public Deduplicator(long ttlMillis) {
        this.ttlMillis = ttlMillis;
    }

    @Override
    public void open(OpenContext ctx) {
        ValueStateDescriptor<Boolean> d = new ValueStateDescriptor<>("seen", Boolean.class);
        d.enableTimeToLive(StateTtlConfig.newBuilder(Duration.ofMillis(ttlMillis))
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                // files older than the TTL pass the compaction filter again at the next flush, not after RocksDB's 30 days
                .cleanupInRocksdbCompactFilter(10_000, Duration.ofMillis(ttlMillis))
                .build());
        seen = getRuntimeContext().getState(d);
        duplicates = getRuntimeContext().getMetricGroup().addGroup(JobMetrics.GROUP).counter(JobMetrics.DUPLICATE);
    }

    @Override
    public void processElement(T e, Context ctx, Collector<T> out) throws Exception {
        if (seen.value() != null) {
            duplicates.inc();
            return;
        }
        seen.update(Boolean.TRUE);
        out.collect(e);
    }
}
