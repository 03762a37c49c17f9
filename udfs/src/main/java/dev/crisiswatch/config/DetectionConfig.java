package dev.crisiswatch.config;

import java.io.Serializable;

/**
 * Thresholds of the detector. Every field is a documented default, overridable under `detection:`.
 * `docs/detection.md` explains how each one enters the method.
 */
public class DetectionConfig implements Serializable {
    private static final long serialVersionUID = 2L;

    // ---- Labelling events (used by the pre-aggregation) ----
    /** Sentiment at or below this is a negative post (the sentiment scorer's own label threshold). */
    public double negativeThreshold = -0.10;
    /** Sentiment at or above this is a positive post (the sentiment scorer's own label threshold). */
    public double positiveThreshold = 0.45;
    /** Authors with at least this many followers, or verified, are influencers. */
    public long influencerFollowers = 100_000;

    // ---- Windows ----
    /** Short test window in minutes: catches sudden bursts early. */
    public int shortWindowMinutes = 5;
    /** Long test window in minutes (at most 15): catches sustained rises that are too weak per 5 minutes. */
    public int longWindowMinutes = 15;

    /** Half-life in minutes of the slow window that catches crises building over hours. */
    public double slowHalfLifeMinutes = 60;
    /** Observed/expected complaints the slow window needs (more than {@link #minRatio}: launches raise complaints too). */
    public double slowComplaintRatio = 3.0;
    /** Hours of history a key needs before the slow window is tested (its long run must mean something). */
    public int slowMinHistoryHours = 24;
    /**
     * Rise in negative mentions (observed/usual) that the CUSUM of the slow window is tuned to: it sums
     * each minute's log-likelihood ratio of this rise against the usual rate, so a small persistent
     * excess adds up while ordinary noise drains away.
     */
    public double cusumNegativeRatio = 2.0;

    // ---- Baselines ----
    /** Half-life of the recent (deseasonalised) level of a topic's rate, in minutes of event time. */
    public double levelHalfLifeMinutes = 45;
    /** Half-life of each hour-of-day slot of the seasonal profile, in days of that slot's data. */
    public double seasonalHalfLifeDays = 7;
    /** Half-life of the long-run mean rate that the seasonal factors are relative to, in days. */
    public double longRunHalfLifeDays = 3;
    /** Minutes of data an hour slot needs before its own rate counts as much as the long-run mean. */
    public double seasonalShrinkMinutes = 30;
    /** Hours added to UTC before taking the hour of day and weekday of the seasonal profile. */
    public int seasonalUtcOffsetHours = 0;
    /** Cold-start prior of a catalog topic: mentions per minute assumed before any data. */
    public double priorMentionsPerMinute = 0.5;
    /** Cold-start prior of a topic's complaints per minute. */
    public double priorComplaintsPerMinute = 0.2;
    /** Weight of the cold-start prior, in minutes of pretend data: small, so real data takes over fast. */
    public double priorWeightMinutes = 10;
    /** Cap on the minutes of evidence behind a baseline: keeps the predictive distribution honest about drift. */
    public double maxEvidenceMinutes = 240;
    /** Extra-Poisson variance (negative-binomial 1/r): day-to-day variation a perfect baseline still shows. */
    public double overdispersion = 0.03;
    /** Observed minutes above expected + this many standard deviations are clipped before they teach the baseline. */
    public double winsorSigmas = 2.5;
    /** Negative share assumed for a new topic, until its own data takes over. */
    public double priorNegativeShare = 0.2;
    /** Positive share assumed for a new topic. */
    public double priorPositiveShare = 0.3;
    /** Weight of the share priors, in mentions. */
    public double priorShareWeight = 30;
    /** Half-life of the negative/positive share and mean sentiment baselines, in minutes. */
    public double shareHalfLifeMinutes = 360;
    /**
     * Minutes after the stream starts during which a key that appears learns its baseline and raises no
     * alert: at start-up every topic looks new. A key first seen later is judged against the prior at once.
     */
    public int warmupMinutes = 30;

    // ---- Significance (scores are -log10 of the upper-tail p-value) ----
    /** Score at which a signal counts as WATCH-level evidence. */
    public double watchLog10P = 4;
    /** Score at which a negative or complaint surge is a crisis (WARNING). */
    public double warningLog10P = 6;
    /** Score at which a surge is CRITICAL on its own (with {@link #criticalRatio}). */
    public double criticalLog10P = 12;
    /**
     * Score at which the slow window's mean sentiment, below the usual beyond chance, lets the negative
     * CUSUM count (a normal test of the mean against the usual mean and spread of a post).
     */
    public double sentimentDropLog10P = 4;

    // ---- Effect sizes and floors ----
    /** Observed/expected a surge must reach besides being significant. */
    public double minRatio = 2.0;
    /** Observed/expected that, with {@link #criticalLog10P}, makes a surge CRITICAL. */
    public double criticalRatio = 8.0;
    /** Negative mentions a window needs for a WARNING negative surge (half of it for WATCH). */
    public int minNegativeMentions = 10;
    /** Negative share must exceed its baseline by at least this (absolute) to count as a negative surge. */
    public double minNegativeShareLift = 0.12;
    /** Positive share must exceed its baseline by at least this for a volume spike to be positive buzz. */
    public double minPositiveShareLift = 0.10;
    /** Mentions a window needs for a volume spike or positive buzz. */
    public int minMentions = 20;
    /** Complaints a window needs for a WARNING complaint surge (half of it for WATCH). */
    public int minComplaints = 8;

    // ---- Reach and virality ----
    /** A negative post by an author with at least this many followers is an INFLUENCER signal. */
    public long influencerAlertFollowers = 1_000_000;
    /** Share of the window's mentions that are reshares at which the cascade counts as supercritical. */
    public double supercriticalBranching = 0.85;
    /** Rate of the last 5 minutes over the previous 10 at which a surge counts as accelerating. */
    public double accelerationRatio = 2.5;
    /**
     * Minutes an incident must have been open below WARNING before its long window may escalate it on
     * persistence: negatives well above the usual volume's and a negative share up beyond chance.
     */
    public int sustainedMinutes = 10;

    // ---- Bot floods ----
    /** Near-duplicate share of a window at which it looks like a bot flood (with the zero-follower share). */
    public double botDuplicateShare = 0.5;
    /**
     * Zero-follower share of a window from which its counts are discounted by that share, and at which,
     * with the near-duplicate share, the window looks like a bot flood.
     */
    public double botZeroFollowerShare = 0.5;
    /** Zero-follower share at which a window is a bot flood even when no near-duplicates are flagged. */
    public double botZeroFollowerOnlyShare = 0.75;

    // ---- Emerging issues (keys `emerging:<term>`, negative posts outside the catalog) ----
    /** Prior rate of a new term's negative posts per minute: new terms are rare. */
    public double emergingPriorPerMinute = 0.05;
    /** Weight of the emerging prior in minutes: confident, so a new term's burst stands out. */
    public double emergingPriorWeightMinutes = 120;
    /**
     * Weight in minutes of the emerging prior in a new term's long-run rate (terms first seen after
     * start-up): a day, so that a term spreading over hours stays news in the slow window.
     */
    public double emergingLongRunPriorMinutes = 1440;
    /** Score an emerging term needs for WARNING (WATCH at {@link #watchLog10P} plus 2). */
    public double emergingLog10P = 8;
    /** Negative posts an emerging term needs in the window for WARNING. */
    public int emergingMinMentions = 15;
    /** Observed/expected an emerging term needs. */
    public double emergingMinRatio = 5;
    /**
     * Share of an emerging term's recent posts that must carry a term ranking before it (a hashtag
     * before a word pair) for the term to join that term's story instead of opening an incident of its own.
     */
    public double emergingGroupShare = 0.5;
    /**
     * A term following another with at least this share of its posts carrying the leader never opens
     * an incident; with less it has posts of its own and may still open one at WARNING.
     */
    public double emergingSamePostsShare = 0.8;

    // ---- Lifecycle ----
    /** Minimum minutes between two UPDATEs of the same incident unless its severity rises. */
    public int updateIntervalMinutes = 10;
    /** Incident volume growth since the last alert that justifies an UPDATE. */
    public double updateGrowthFactor = 2.0;
    /** Minutes with no WATCH-level signal and volume near baseline before an incident is RESOLVED. */
    public int resolveQuietMinutes = 30;
    /** Observed/expected mentions (15 min) under which a minute counts as near baseline. */
    public double resolveRatio = 1.5;
    /** Minutes after RESOLVED during which a new incident on the topic opens only at a higher severity. */
    public int cooldownMinutes = 60;
    /** Samples shown in an alert. */
    public int samplesPerAlert = 5;

    public void validate() {
        if (negativeThreshold >= positiveThreshold) {
            throw new IllegalArgumentException("detection.negativeThreshold must be below positiveThreshold");
        }
        if (shortWindowMinutes < 1 || longWindowMinutes < shortWindowMinutes || longWindowMinutes > 15) {
            throw new IllegalArgumentException("detection windows need 1 <= shortWindowMinutes <= longWindowMinutes <= 15");
        }
        positive("levelHalfLifeMinutes", levelHalfLifeMinutes);
        positive("seasonalHalfLifeDays", seasonalHalfLifeDays);
        positive("longRunHalfLifeDays", longRunHalfLifeDays);
        positive("seasonalShrinkMinutes", seasonalShrinkMinutes);
        positive("priorMentionsPerMinute", priorMentionsPerMinute);
        positive("priorComplaintsPerMinute", priorComplaintsPerMinute);
        positive("priorWeightMinutes", priorWeightMinutes);
        positive("maxEvidenceMinutes", maxEvidenceMinutes);
        positive("overdispersion", overdispersion);
        positive("priorShareWeight", priorShareWeight);
        positive("shareHalfLifeMinutes", shareHalfLifeMinutes);
        positive("emergingPriorPerMinute", emergingPriorPerMinute);
        positive("emergingPriorWeightMinutes", emergingPriorWeightMinutes);
        positive("emergingLongRunPriorMinutes", emergingLongRunPriorMinutes);
        share("priorNegativeShare", priorNegativeShare);
        share("priorPositiveShare", priorPositiveShare);
        share("supercriticalBranching", supercriticalBranching);
        share("botDuplicateShare", botDuplicateShare);
        share("botZeroFollowerShare", botZeroFollowerShare);
        share("botZeroFollowerOnlyShare", botZeroFollowerOnlyShare);
        share("emergingGroupShare", emergingGroupShare);
        share("emergingSamePostsShare", emergingSamePostsShare);
        positive("slowHalfLifeMinutes", slowHalfLifeMinutes);
        positive("sentimentDropLog10P", sentimentDropLog10P);
        positive("sustainedMinutes", sustainedMinutes);
        if (!(cusumNegativeRatio > 1)) throw new IllegalArgumentException("detection.cusumNegativeRatio must be > 1");
        if (!(watchLog10P < warningLog10P && warningLog10P <= criticalLog10P)) {
            throw new IllegalArgumentException("detection needs watchLog10P < warningLog10P <= criticalLog10P");
        }
        if (minRatio < 1 || criticalRatio < minRatio || emergingMinRatio < 1) {
            throw new IllegalArgumentException("detection ratios must be >= 1 and criticalRatio >= minRatio");
        }
        if (warmupMinutes < 0 || resolveQuietMinutes < 1 || cooldownMinutes < 0 || updateIntervalMinutes < 0) {
            throw new IllegalArgumentException("detection lifecycle minutes must be >= 0 (resolveQuietMinutes >= 1)");
        }
        if (samplesPerAlert < 0 || updateGrowthFactor <= 1) {
            throw new IllegalArgumentException("detection.samplesPerAlert must be >= 0 and updateGrowthFactor > 1");
        }
    }

    private static void positive(String name, double v) {
        if (!(v > 0)) throw new IllegalArgumentException("detection." + name + " must be > 0");
    }

    private static void share(String name, double v) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException("detection." + name + " must be in [0, 1]");
    }
}
