package dev.crisiswatch.job.bootstrap;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.detect.MinuteBucket;
import dev.crisiswatch.detect.TopicState;
import dev.crisiswatch.job.io.EncodedAlert;
import dev.crisiswatch.job.operators.DetectorFunction;
import dev.crisiswatch.model.TopicCatalog;
import org.apache.flink.api.common.accumulators.IntCounter;
import org.apache.flink.api.common.accumulators.LongMaximum;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The job's own {@link DetectorFunction} run over recorded history (its alerts go nowhere). Where a
 * backtest ticks open incidents for up to a day past the end of its input, this stops with the
 * history: after the last watermark it only ticks quiet minutes that lie before a key's last data,
 * as the live watermark would have. Then each key's state leaves as a {@link DetectorSnapshot}.
 */
public class HistoryDetectorFunction extends DetectorFunction {
    public static final OutputTag<DetectorSnapshot> SNAPSHOTS = new OutputTag<>("detector-snapshots") {};
    /** Accumulators: keys written, and the last minute judged (epoch ms). */
    public static final String KEYS = "bootstrap-keys";
    public static final String LAST_MINUTE = "bootstrap-last-minute";
    /** Fires after every other timer, once the bounded history has ended. */
    private static final long END_OF_HISTORY = Long.MAX_VALUE;

    private transient IntCounter keys;
    private transient LongMaximum lastMinute;

    public HistoryDetectorFunction(CrisisConfig config, TopicCatalog catalog) {
        super(config, catalog);
    }

    @Override
    public void open(OpenContext ctx) {
        super.open(ctx);
        keys = getRuntimeContext().getIntCounter(KEYS);
        lastMinute = new LongMaximum(Long.MIN_VALUE);
        getRuntimeContext().addAccumulator(LAST_MINUTE, lastMinute);
    }

    @Override
    public void processElement(MinuteBucket b, Context ctx, Collector<EncodedAlert> out) throws Exception {
        super.processElement(b, ctx, out);
        ctx.timerService().registerEventTimeTimer(END_OF_HISTORY);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EncodedAlert> out) throws Exception {
        if (timestamp != END_OF_HISTORY) {
            super.onTimer(timestamp, ctx, out);
            return;
        }
        TopicState s = currentState();
        if (s == null) return;
        keys.add(1);
        lastMinute.add(s.lastMinute);
        ctx.output(SNAPSHOTS, new DetectorSnapshot(ctx.getCurrentKey(), s, streamStartMinute()));
    }

    @Override
    protected boolean tickAfterEnd(long nextMinute) throws Exception {
        for (long m : pendingMinutes()) {
            if (m >= nextMinute) return true;
        }
        return false;
    }
}
