package dev.crisiswatch.detect;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertStatus;
import dev.crisiswatch.model.Sample;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the alert of an incident step: deterministic ids, the figures of the window that fired
 * (fixed key order), human reasons with numbers, samples, owners and the configured actions. Runs
 * only when an alert is emitted, never per event.
 */
public final class AlertFactory {
    private static final long MINUTE = 60_000L;
    private final CrisisConfig cfg;
    private final ReasonWriter reasons;

    public AlertFactory(CrisisConfig cfg) {
        this.cfg = cfg;
        this.reasons = new ReasonWriter();
    }

    public Alert build(TopicMeta meta, TopicState st, AlertStatus status, Assessment verdict, long minute) {
        IncidentState inc = st.incident;
        Alert a = new Alert();
        String incidentKey = meta.topic() + "|" + inc.startMinute;
        a.incidentId = uuid(incidentKey);
        a.alertId = uuid(incidentKey + "|" + status + "|" + inc.sequence);
        a.topic = meta.topic();
        a.topicName = meta.name();
        a.status = status;
        a.severity = inc.severity;
        a.kind = inc.mainKind.name();
        a.kinds = kinds(inc);
        a.eventTime = Instant.ofEpochMilli(minute + MINUTE).toString();
        Evidence e = verdict.evidence();
        a.metrics = metrics(e, inc, minute);
        a.reasons = status == AlertStatus.RESOLVED
                ? reasons.resolved(e, inc, minute)
                : reasons.firing(meta, verdict, inc, st.samples, st.coTerms);
        a.samples = samples(st, inc.mainKind);
        a.owners = meta.emerging() ? new ArrayList<>() : new ArrayList<>(meta.owners());
        a.actions = new ArrayList<>(cfg.actionsFor(a.kind, a.severity.name()));
        return a;
    }

    /**
     * Up to {@code samplesPerAlert} samples by reach. A crisis shows its negative posts and complaints
     * first, then the others; buzz and plain volume show the busiest posts whatever their tone.
     */
    private List<Sample> samples(TopicState st, SignalKind kind) {
        int limit = cfg.detection.samplesPerAlert;
        List<Sample> out = new ArrayList<>(limit);
        boolean crisis = kind != SignalKind.POSITIVE_BUZZ && kind != SignalKind.VOLUME_SPIKE;
        if (crisis) for (Sample s : st.negativeSamples) if (out.size() < limit) out.add(s);
        for (Sample s : st.samples) if (out.size() < limit && !out.contains(s)) out.add(s);
        return out;
    }

    /** The incident's signals, main one first. */
    private static List<String> kinds(IncidentState inc) {
        List<String> out = new ArrayList<>();
        out.add(inc.mainKind.name());
        for (SignalKind k : SignalKind.values()) {
            if (k != inc.mainKind && (inc.kindsMask & k.bit()) != 0) out.add(k.name());
        }
        return out;
    }

    private static Map<String, Object> metrics(Evidence e, IncidentState inc, long minute) {
        WindowStats w = e.window();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("windowMinutes", w.minutes());
        m.put("mentions", w.mentions());
        m.put("expectedMentions", round(w.expectedMentions()));
        m.put("volumeLog10P", round(e.volumeScore()));
        m.put("negativeMentions", w.negative());
        m.put("expectedNegative", round(e.expectedNegative()));
        m.put("negativeLog10P", round(e.negativeScore()));
        m.put("negativeShare", round(e.negativeShare()));
        m.put("baselineNegativeShare", round(e.baselineNegativeShare()));
        m.put("positiveShare", round(e.positiveShare()));
        m.put("baselinePositiveShare", round(e.baselinePositiveShare()));
        m.put("meanSentiment", round(w.meanSentiment()));
        m.put("baselineSentiment", round(e.baselineSentiment()));
        m.put("reach", w.reach());
        m.put("maxFollowers", w.maxFollowers());
        m.put("maxNegativeFollowers", w.maxNegativeFollowers());
        m.put("growthRatio", round(e.growthRatio()));
        m.put("branchingFactor", round(e.branching()));
        m.put("resharesPerPost", round(e.resharesPerPost()));
        m.put("projectedMentions", Math.round(e.projectedSize(Math.max(inc.mentions, w.mentions()))));
        m.put("complaints", w.complaints());
        m.put("expectedComplaints", round(w.expectedComplaints()));
        m.put("complaintLog10P", round(e.complaintScore()));
        m.put("nearDuplicateShare", round(e.duplicateShare()));
        m.put("zeroFollowerShare", round(e.zeroFollowerShare()));
        m.put("incidentMinutes", (minute - inc.startMinute) / MINUTE + 1);
        m.put("incidentMentions", inc.mentions);
        m.put("incidentNegative", inc.negative);
        m.put("incidentComplaints", inc.complaints);
        return m;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
