package dev.crisiswatch.simulator.evaluate.baseline;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertStatus;
import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.model.Severity;
import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.simulator.evaluate.MinuteSeries;
import dev.crisiswatch.simulator.evaluate.TopicActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link BaselineRule} over every topic's minutes and turns it into alerts of the
 * contract's shape: OPEN WARNING when the rule starts firing, RESOLVED once it has been quiet for
 * {@link #QUIET_MINUTES_TO_RESOLVE} minutes (the hysteresis any real tool needs to avoid flapping).
 */
public final class BaselineDetector {
    static final int QUIET_MINUTES_TO_RESOLVE = 30;

    private final BaselineRule rule;

    public BaselineDetector(BaselineRule rule) {
        this.rule = rule;
    }

    public List<Alert> detect(TopicCatalog catalog, TopicActivity activity) {
        List<Alert> out = new ArrayList<>();
        for (MinuteSeries s : activity.byTopic().values()) {
            CatalogTopic topic = catalog.byId(s.topic()).orElseThrow();
            out.addAll(detect(topic, s));
        }
        out.sort(Comparator.comparing((Alert a) -> a.eventTime).thenComparing(a -> a.topic));
        return out;
    }

    List<Alert> detect(CatalogTopic topic, MinuteSeries s) {
        List<Alert> out = new ArrayList<>();
        String incidentId = null;
        int quiet = 0;
        for (int i = 0; i < s.length(); i++) {
            Map<String, Object> metrics = new LinkedHashMap<>();
            boolean fires = rule.fires(s, i, metrics);
            long endOfMinute = s.minuteAt(i) + MinuteSeries.MINUTE_MS;
            if (fires && incidentId == null) {
                incidentId = rule.name() + ":" + topic.id() + ":" + endOfMinute;
                out.add(alert(topic, incidentId, AlertStatus.OPEN, endOfMinute, metrics, rule.reason(metrics)));
                quiet = 0;
            } else if (fires) {
                quiet = 0;
            } else if (incidentId != null && ++quiet >= QUIET_MINUTES_TO_RESOLVE) {
                out.add(alert(topic, incidentId, AlertStatus.RESOLVED, endOfMinute, metrics,
                        "quiet for " + QUIET_MINUTES_TO_RESOLVE + " minutes"));
                incidentId = null;
            }
        }
        return out;
    }

    private Alert alert(CatalogTopic topic, String incidentId, AlertStatus status, long eventTime,
            Map<String, Object> metrics, String reason) {
        Alert a = new Alert();
        a.incidentId = incidentId;
        a.alertId = incidentId + ":" + status.name().toLowerCase(java.util.Locale.ROOT) + ":" + eventTime;
        a.topic = topic.id();
        a.topicName = topic.name();
        a.status = status;
        a.severity = Severity.WARNING;
        a.kind = rule.kind();
        a.kinds.add(rule.kind());
        a.eventTime = Instant.ofEpochMilli(eventTime).toString();
        // Deterministic: a backtest has no meaningful wall-clock emission time.
        a.detectedAt = a.eventTime;
        a.metrics.putAll(metrics);
        a.metrics.put("rule", rule.name());
        a.reasons.add(reason);
        a.owners.addAll(topic.owners());
        return a;
    }
}
