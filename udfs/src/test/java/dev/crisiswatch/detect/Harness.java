package dev.crisiswatch.detect;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/** Drives a {@link TopicDetector} the way the job does: one call per non-empty minute, plus ticks while it asks. */
final class Harness {
    final TopicDetector detector;
    final TopicState state = new TopicState();
    final TopicMeta meta;
    final List<Alert> alerts = new ArrayList<>();

    Harness(CrisisConfig cfg, TopicMeta meta) {
        this.detector = new TopicDetector(cfg);
        this.meta = meta;
    }

    Harness(TopicMeta meta) {
        this(CrisisConfig.defaults(), meta);
    }

    static TopicMeta delivery() {
        return new TopicMeta("acme-delivery", "ACME deliveries", List.of("pr-oncall", "cs-delivery-lead"), false);
    }

    List<Alert> feed(MinuteBucket b) {
        if (b.isEmpty() && !detector.wantsTicks(state)) return List.of();
        List<Alert> out = detector.onMinute(state, b, meta);
        alerts.addAll(out);
        if (Boolean.getBoolean("detect.debug")) out.forEach(a -> System.out.println(a + " " + a.kinds + " " + a.reasons));
        return out;
    }

    /** Feeds every minute in [from, to). */
    void run(long from, long to, LongFunction<MinuteBucket> minute) {
        for (long m = from; m < to; m += Traffic.MINUTE) feed(minute.apply(m));
    }

    List<Alert> crises() {
        return alerts.stream().filter(a -> a.status != AlertStatus.RESOLVED && a.severity.isCrisis()).toList();
    }

    List<Alert> since(long minute) {
        return alerts.stream().filter(a -> java.time.Instant.parse(a.eventTime).toEpochMilli() > minute).toList();
    }
}
