package dev.crisiswatch.simulator.evaluate.baseline;

import dev.crisiswatch.simulator.evaluate.MinuteSeries;
import java.util.Map;

/** A fixed threshold: 30 negative-looking posts within 10 minutes, by the job's own sentiment function. */
public final class FixedNegativeCountRule implements BaselineRule {
    static final int WINDOW_MINUTES = 10;
    static final int THRESHOLD = 30;

    @Override
    public String name() {
        return "fixed";
    }

    @Override
    public String kind() {
        return "NEGATIVE_SURGE";
    }

    @Override
    public boolean fires(MinuteSeries s, int i, Map<String, Object> metrics) {
        long negative = MinuteSeries.sum(s.negativeMentions(), i - WINDOW_MINUTES + 1, i);
        metrics.put("negativeMentions10m", negative);
        return negative >= THRESHOLD;
    }

    @Override
    public String reason(Map<String, Object> metrics) {
        return metrics.get("negativeMentions10m") + " negative mentions in 10 minutes (threshold " + THRESHOLD + ")";
    }
}
