package dev.crisiswatch.detect;

import static dev.crisiswatch.model.Severity.CRITICAL;
import static dev.crisiswatch.model.Severity.INFO;
import static dev.crisiswatch.model.Severity.WARNING;
import static dev.crisiswatch.model.Severity.WATCH;

import dev.crisiswatch.config.DetectionConfig;
import dev.crisiswatch.model.Severity;

/**
 * Turns evidence into severities. A crisis (WARNING and up) needs negativity that is unusual both in
 * count and in share, or a complaint surge: volume alone is at most WATCH, positive volume is INFO.
 * Bot-like bursts never go above WATCH.
 */
public final class SeverityRules {
    private final DetectionConfig c;

    public SeverityRules(DetectionConfig c) {
        this.c = c;
    }

    public Assessment assess(Evidence e, boolean emerging) {
        return assess(e, emerging, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #assess(Evidence, boolean)} for a short window, whose complaint surge reaches WARNING
     * only while a longer window's complaint score ({@code confirmingComplaintScore}) is at WATCH level.
     */
    public Assessment assess(Evidence e, boolean emerging, double confirmingComplaintScore) {
        Assessment a = new Assessment(e);
        if (emerging) {
            assessEmerging(a, e);
        } else {
            assessTopic(a, e, confirmingComplaintScore);
        }
        if (e.botFlood()) a.holdForBots(e);
        return a;
    }

    private void assessTopic(Assessment a, Evidence e, double confirmingComplaintScore) {
        boolean negWatch = e.negativeScore() >= c.watchLog10P;
        boolean negWarn = e.negativeScore() >= c.warningLog10P && e.dampedNegative() >= c.minNegativeMentions;
        boolean cWatch = e.complaintScore() >= c.watchLog10P && e.window().complaints() >= c.minComplaints;
        // A complaint burst of a few minutes that the longer window does not confirm is a queue hiccup.
        boolean cWarn = cWatch && e.complaintScore() >= c.warningLog10P && confirmingComplaintScore >= c.watchLog10P;

        // A story that moves people both ways (a loss, then a kind answer) lifts the positive share or
        // the mean tone as well; a crisis pushes both down. Its negative posts are watched, not alarmed.
        boolean moving = moving(e);
        if (moving) negWarn = false;
        if (negWatch) a.raise(SignalKind.NEGATIVE_SURGE, negWarn ? WARNING : WATCH);
        if (cWatch) a.raise(SignalKind.COMPLAINT_SURGE, cWarn ? WARNING : WATCH);
        if (negWatch && cWatch && e.negativeScore() + e.complaintScore() >= c.warningLog10P) {
            a.raise(SignalKind.CROSS_CHANNEL, negWarn && cWarn ? CRITICAL : WARNING);
        }
        if (e.window().maxNegativeFollowers() >= c.influencerAlertFollowers) {
            // On a topic whose own words read negative (fraud, outages) a crisis hardly lifts the share: a
            // burst of its posts at warningLog10P, at least as negative as usual and not more cheerful,
            // around the furious post of a huge account is the start of a cascade too.
            boolean burst = e.volumeScore() >= c.warningLog10P && e.negativeShare() >= e.baselineNegativeShare()
                    && e.positiveShare() < e.baselinePositiveShare() + c.minPositiveShareLift;
            a.raise(SignalKind.INFLUENCER, (negWatch && !moving) || burst ? WARNING : WATCH);
        }
        boolean negCritical = negWarn && (e.supercritical() || e.accelerating()
                || (e.negativeScore() >= c.criticalLog10P && e.negativeRatio() >= c.criticalRatio));
        if (negCritical) a.raise(SignalKind.NEGATIVE_SURGE, CRITICAL);
        if (cWarn && e.complaintScore() >= c.criticalLog10P && e.complaintRatio() >= c.criticalRatio) {
            a.raise(SignalKind.COMPLAINT_SURGE, CRITICAL);
        }
        if (e.volumeScore() >= c.warningLog10P) {
            boolean positive = !negWatch && e.positiveShare() >= e.baselinePositiveShare() + c.minPositiveShareLift;
            a.raise(positive ? SignalKind.POSITIVE_BUZZ : SignalKind.VOLUME_SPIKE, positive ? INFO : WATCH);
        }
    }

    /**
     * The long window of an incident that has stayed open below WARNING for
     * {@link DetectionConfig#sustainedMinutes}: besides the usual verdict, a NEGATIVE_SURGE WARNING when
     * the window is still unusual (volume or negatives at {@code watchLog10P}), holds at least
     * {@code minNegativeMentions} negatives and {@code minRatio} times what the usual volume brings at
     * the usual share, its negative share is up by {@code minNegativeShareLift} beyond chance (1%), and
     * the story lowers the tone. A cascade that carries a gaffe brings neutral reshares with the
     * outrage, so the negatives never stand out against the other posts of the same minutes; persistence
     * is the evidence a single window lacks.
     */
    public Assessment assessSustained(Evidence e) {
        Assessment a = assess(e, false);
        double fromUsualVolume = e.window().expectedMentions() * e.baselineNegativeShare();
        boolean unusual = e.volumeScore() >= c.watchLog10P || e.negativeScore() >= c.watchLog10P;
        boolean sustained = unusual && !e.botFlood() && !moving(e)
                && e.dampedNegative() >= c.minNegativeMentions
                && e.dampedNegative() >= c.minRatio * fromUsualVolume
                && SignalEvaluator.negativeShareUp(e.negativeShare(), e.dampedNegative(), e.dampedMentions(),
                        e.baselineNegativeShare(), c);
        if (sustained) a.raise(SignalKind.NEGATIVE_SURGE, WARNING);
        return a;
    }

    /** A story that lifts the positive share or the mean tone moves people; a crisis pushes both down. */
    private boolean moving(Evidence e) {
        return e.positiveShare() >= e.baselinePositiveShare() + c.minPositiveShareLift
                || e.window().meanSentiment() >= e.baselineSentiment();
    }

    private void assessEmerging(Assessment a, Evidence e) {
        double score = e.volumeScore();
        Severity s = null;
        if (score >= c.emergingLog10P && e.dampedMentions() >= c.emergingMinMentions) {
            boolean critical = e.supercritical() || e.accelerating()
                    || (score >= c.criticalLog10P && e.volumeRatio() >= 2 * c.criticalRatio);
            s = critical ? CRITICAL : WARNING;
        } else if (score >= c.watchLog10P + 2) {
            s = WATCH;
        }
        if (s != null) a.raise(SignalKind.EMERGING_ISSUE, s);
    }
}
