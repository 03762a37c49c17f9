package dev.crisiswatch.job.operators;

import dev.crisiswatch.job.io.Parsed;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Bounded out-of-orderness watermarks that ignore events implausibly far ahead of the highest event
 * time seen (those go to the dead letters in {@link EventRouter}), so one bad clock cannot make every
 * later event late; see {@link EventClock}.
 */
public final class SkewGuardedWatermarks implements WatermarkGenerator<Parsed> {
    private final long outOfOrdernessMillis;
    private final EventClock clock;

    public SkewGuardedWatermarks(long outOfOrdernessMillis, long maxFutureSkewMillis) {
        this.outOfOrdernessMillis = outOfOrdernessMillis;
        this.clock = new EventClock(maxFutureSkewMillis);
    }

    @Override
    public void onEvent(Parsed p, long ts, WatermarkOutput output) {
        if (p.event != null) clock.offer(p.event.ts);
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        long maxTs = clock.confirmed();
        if (maxTs != Long.MIN_VALUE) output.emitWatermark(new Watermark(maxTs - outOfOrdernessMillis - 1));
    }
}
