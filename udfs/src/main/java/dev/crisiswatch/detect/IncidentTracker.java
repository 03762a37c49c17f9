package dev.crisiswatch.detect;

import dev.crisiswatch.config.DetectionConfig;
import dev.crisiswatch.model.AlertStatus;
import dev.crisiswatch.model.Severity;

/**
 * The alert lifecycle of one key: one OPEN per incident, UPDATEs when the severity rises (at once)
 * or the evidence grows markedly (rate-limited), RESOLVED after a quiet period, and a cool-down
 * after RESOLVED during which only a more severe incident may open (no flapping).
 */
public final class IncidentTracker {
    private static final long MINUTE = 60_000L;
    private final DetectionConfig c;

    public IncidentTracker(DetectionConfig c) {
        this.c = c;
    }

    /**
     * Advances the incident by one minute and says which alert to emit, if any.
     *
     * @param verdict this minute's strongest assessment; empty when no signal fired
     * @param quiet   whether the minute is near baseline (volume and complaints)
     */
    public AlertStatus step(IncidentState inc, Assessment verdict, boolean quiet, long minute) {
        Severity sev = verdict.severity();
        if (!inc.open) {
            if (sev == null || inCooldown(inc, minute, sev)) return null;
            inc.begin(minute, verdict.evidence().window());
            inc.severity = sev;
            inc.mainKind = verdict.mainKind();
            inc.kindsMask = verdict.kindsMask();
            return emitted(inc, minute, AlertStatus.OPEN);
        }
        if (sev == null && quiet) {
            if (++inc.quietMinutes >= c.resolveQuietMinutes) {
                AlertStatus s = emitted(inc, minute, AlertStatus.RESOLVED);
                inc.resolve(minute);
                return s;
            }
            return null;
        }
        inc.quietMinutes = 0;
        if (sev == null) return null;
        int newKinds = verdict.kindsMask() & ~inc.kindsMask;
        inc.kindsMask |= verdict.kindsMask();
        if (sev.compareTo(inc.severity) > 0) {
            inc.severity = sev;
            inc.mainKind = verdict.mainKind();
            return emitted(inc, minute, AlertStatus.UPDATE);
        }
        boolean rateOk = minute - inc.lastAlertMinute >= c.updateIntervalMinutes * MINUTE;
        boolean grew = inc.volume() >= inc.lastAlertVolume * c.updateGrowthFactor;
        return rateOk && (grew || newKinds != 0) ? emitted(inc, minute, AlertStatus.UPDATE) : null;
    }

    private boolean inCooldown(IncidentState inc, long minute, Severity sev) {
        return inc.resolvedMinute != Long.MIN_VALUE
                && minute < inc.resolvedMinute + c.cooldownMinutes * MINUTE
                && inc.lastPeak != null && sev.compareTo(inc.lastPeak) <= 0;
    }

    private static AlertStatus emitted(IncidentState inc, long minute, AlertStatus s) {
        inc.sequence++;
        inc.lastAlertMinute = minute;
        inc.lastAlertVolume = inc.volume();
        return s;
    }
}
