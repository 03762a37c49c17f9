package dev.crisiswatch.job.operators;

import dev.crisiswatch.job.JobMetrics;
import dev.crisiswatch.job.io.Parsed;
import dev.crisiswatch.job.io.RecordDecoder;
import dev.crisiswatch.model.DeadLetter;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import java.util.EnumMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Lets valid, timely events through and sends everything else to the dead letters with a reason:
 * unparseable records, events behind the watermark (late beyond the out-of-orderness bound) and
 * events implausibly far ahead of the stream, which would otherwise poison event time.
 */
public class EventRouter extends ProcessFunction<Parsed, Event> {
    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

    private final long maxFutureSkewMillis;
    /** One clock per stream: in a backtest the two files are read at different speeds, so their times differ by hours. */
    private transient Map<EventKind, EventClock> clocks;
    private transient Map<EventKind, Counter> parsed;
    private transient Map<EventKind, Counter> invalid;
    private transient Map<EventKind, Counter> late;
    private transient Map<EventKind, Counter> future;

    public EventRouter(long maxFutureSkewMillis) {
        this.maxFutureSkewMillis = maxFutureSkewMillis;
    }

    @Override
    public void open(OpenContext ctx) {
        clocks = new EnumMap<>(EventKind.class);
        parsed = new EnumMap<>(EventKind.class);
        invalid = new EnumMap<>(EventKind.class);
        late = new EnumMap<>(EventKind.class);
        future = new EnumMap<>(EventKind.class);
        for (EventKind k : EventKind.values()) {
            MetricGroup g = getRuntimeContext().getMetricGroup().addGroup(JobMetrics.GROUP)
                    .addGroup("stream", k == EventKind.MENTION ? "mentions" : "complaints");
            parsed.put(k, g.counter(JobMetrics.PARSED));
            invalid.put(k, g.counter(JobMetrics.INVALID));
            late.put(k, g.counter(JobMetrics.LATE));
            future.put(k, g.counter(JobMetrics.FUTURE));
            clocks.put(k, new EventClock(maxFutureSkewMillis));
        }
    }

    @Override
    public void processElement(Parsed p, Context ctx, Collector<Event> out) {
        if (p.deadLetter != null) {
            invalid.get("complaints".equals(p.deadLetter.stream) ? EventKind.COMPLAINT : EventKind.MENTION).inc();
            ctx.output(DEAD_LETTERS, p.deadLetter);
            return;
        }
        Event e = p.event;
        long watermark = ctx.timerService().currentWatermark();
        if (e.ts <= watermark) {
            late.get(e.kind).inc();
            ctx.output(DEAD_LETTERS, reject(e, "late: " + (watermark - e.ts) + " ms behind the watermark"));
            return;
        }
        EventClock clock = clocks.get(e.kind);
        long maxSeenTs = clock.confirmed();
        if (maxSeenTs != Long.MIN_VALUE && e.ts < maxSeenTs - maxFutureSkewMillis) {
            // Also when no watermark has been emitted yet: whether this is late must not depend on timing.
            late.get(e.kind).inc();
            ctx.output(DEAD_LETTERS, reject(e, "late: " + (maxSeenTs - e.ts)
                    + " ms behind the stream, beyond eventTime.maxFutureSkew"));
            return;
        }
        if (!clock.offer(e.ts)) {
            future.get(e.kind).inc();
            ctx.output(DEAD_LETTERS, reject(e, "timestamp " + (e.ts - maxSeenTs)
                    + " ms ahead of the stream, beyond eventTime.maxFutureSkew"));
            return;
        }
        parsed.get(e.kind).inc();
        out.collect(e);
    }

    private static DeadLetter reject(Event e, String reason) {
        DeadLetter d = RecordDecoder.deadLetter(e.isComplaint() ? "complaints" : "mentions",
                (e.isComplaint() ? "complaint " : "mention " + e.source + "/") + e.id, reason, null);
        return d;
    }
}
