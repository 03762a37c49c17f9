package dev.crisiswatch.job.bootstrap;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.detect.TopicDetector;
import dev.crisiswatch.detect.TopicState;
import dev.crisiswatch.job.operators.DetectorFunction;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.state.api.functions.KeyedStateBootstrapFunction;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;

/**
 * Writes each key's replayed state into the savepoint under {@link DetectorFunction}'s own descriptors,
 * with the minute timer it would have pending (an open incident ticks on), and the stream's start as
 * operator state, so the restored job judges keys it has never seen without a start-up warm-up.
 */
public class DetectorStateWriter extends KeyedStateBootstrapFunction<String, DetectorSnapshot>
        implements CheckpointedFunction {
    private final CrisisConfig config;
    private transient TopicDetector detector;
    private transient ValueState<TopicState> topicState;
    private transient ListState<Long> streamStart;
    private transient long earliest;

    public DetectorStateWriter(CrisisConfig config) {
        this.config = config;
    }

    @Override
    public void initializeState(FunctionInitializationContext ctx) throws Exception {
        streamStart = ctx.getOperatorStateStore().getUnionListState(DetectorFunction.streamStartDescriptor());
        earliest = Long.MAX_VALUE;
    }

    @Override
    public void open(OpenContext ctx) {
        detector = new TopicDetector(config);
        topicState = getRuntimeContext().getState(DetectorFunction.topicStateDescriptor(config));
    }

    @Override
    public void processElement(DetectorSnapshot s, Context ctx) throws Exception {
        topicState.update(s.state);
        earliest = Math.min(earliest, s.streamStartMinute);
        if (detector.wantsTicks(s.state)) {
            long next = DetectorFunction.nextTick(s.state.lastMinute);
            ctx.timerService().registerEventTimeTimer(DetectorFunction.closingTimer(next));
        }
    }

    @Override
    public void snapshotState(FunctionSnapshotContext ctx) throws Exception {
        streamStart.update(earliest == Long.MAX_VALUE ? List.of() : List.of(earliest));
    }
}
