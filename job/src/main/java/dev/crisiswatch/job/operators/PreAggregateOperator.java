package dev.crisiswatch.job.operators;

import dev.crisiswatch.aggregate.MinuteAggregator;
import dev.crisiswatch.aggregate.ScoredEvent;
import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.detect.MinuteBucket;
import dev.crisiswatch.job.JobMetrics;
import dev.crisiswatch.model.TopicCatalog;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * The Flink side of {@link MinuteAggregator}: scored events in, one bucket per topic and minute out when the
 * watermark closes the minute. Open buckets live in operator state across checkpoints.
 */
public class PreAggregateOperator extends AbstractStreamOperator<MinuteBucket>
        implements OneInputStreamOperator<ScoredEvent, MinuteBucket> {
    private static final long serialVersionUID = 1L;

    private final CrisisConfig config;
    private final TopicCatalog catalog;
    private transient MinuteAggregator aggregator;
    private transient ListState<MinuteBucket> checkpointed;
    private transient StreamRecord<MinuteBucket> reuse;
    private transient Counter emitted;

    public PreAggregateOperator(CrisisConfig config, TopicCatalog catalog) {
        this.config = config;
        this.catalog = catalog;
    }

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        aggregator = new MinuteAggregator(config, catalog);
        checkpointed = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("open-buckets", MinuteBucket.class));
        if (context.isRestored()) aggregator.restore(checkpointed.get());
    }

    @Override
    public void open() throws Exception {
        super.open();
        reuse = new StreamRecord<>(null);
        MetricGroup g = getMetricGroup().addGroup(JobMetrics.GROUP);
        emitted = g.counter(JobMetrics.BUCKETS);
        g.gauge(JobMetrics.OPEN_BUCKETS, () -> aggregator.openBuckets());
        g.gauge(JobMetrics.TERMS_DROPPED, () -> aggregator.termsDropped());
    }

    @Override
    public void processElement(StreamRecord<ScoredEvent> element) {
        aggregator.add(element.getValue());
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        aggregator.flushUpTo(mark.getTimestamp(), b -> {
            emitted.inc();
            output.collect(reuse.replace(b, b.minute + 59_999)); // event time of a bucket: its minute's last ms
        });
        super.processWatermark(mark);
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        super.snapshotState(context);
        checkpointed.update(aggregator.snapshot());
    }
}
