package dev.crisiswatch.detect;

import dev.crisiswatch.config.DetectionConfig;

/** Computes the {@link Evidence} of a key's recent or slow window against its baselines. */
public final class SignalEvaluator {
    private static final int GROWTH_RECENT = 5;
    private static final int GROWTH_BEFORE = 10;
    /** The negative share must be up beyond chance at this level (-log10 p) for a negative surge. */
    private static final double SHARE_LOG10P = 2;
    private static final double LN10 = Math.log(10);
    /** Floor on the spread of a post's sentiment: a topic whose posts all read alike still varies a little. */
    private static final double MIN_SENTIMENT_VARIANCE = 0.01;

    private final DetectionConfig c;

    public SignalEvaluator(DetectionConfig c) {
        this.c = c;
    }

    /** A sliding window of the last {@code minutes} minutes against the adaptive baseline. */
    public Evidence evaluate(TopicState st, int minutes, boolean emerging) {
        WindowStats w = st.recent.stats(minutes, 0);
        int recent = st.recent.stats(GROWTH_RECENT, 0).mentions();
        int before = st.recent.stats(GROWTH_BEFORE, GROWTH_RECENT).mentions();
        double growth = (recent + 1.0) / (before * GROWTH_RECENT / (double) GROWTH_BEFORE + 1.0);
        boolean accelerating = growth >= c.accelerationRatio && recent >= 2 * c.minNegativeMentions;
        double branching = w.mentions() == 0 ? 0 : (double) w.reshares() / w.mentions();
        boolean supercritical = branching >= c.supercriticalBranching && w.reshares() >= c.minNegativeMentions;
        // An emerging term's windows are held against its long run (TopicDetector.windowExpectation).
        double mentionEvidence = emerging ? st.mentionRate.longRunEvidenceMinutes() : st.mentionRate.evidenceMinutes();
        return judge(w, minutes, mentionEvidence, st.complaintRate.evidenceMinutes(),
                st.negativeShare.share(), st, emerging, false, growth, branching, accelerating, supercritical);
    }

    /** The slow window (last hour or two, decayed) against the long-run baseline; null while the key is young. */
    public Evidence evaluateSlow(TopicState st, long minute, boolean emerging) {
        // An emerging term is held against its prior at once: it has no history to wait for.
        if (!emerging && minute < st.slowSinceMinute + c.slowMinHistoryHours * 3_600_000L) return null;
        WindowStats w = st.slow.stats();
        return judge(w, Math.max(1, w.minutes()), st.mentionRate.longRunEvidenceMinutes(),
                st.complaintRate.longRunEvidenceMinutes(), st.longNegativeShare.share(), st, emerging, true, 1, 0, false, false);
    }

    /**
     * The slow window with the CUSUM scores in place of its own tests (null while the key is young):
     * a small excess that persists for hours adds up here before any window sees it. The negative
     * score still needs the window's count floor and its negative share up (by {@code minNegativeShareLift}
     * with the burn's volume or negatives at {@code minRatio}, or beyond chance at {@code watchLog10P}, or
     * its posts' mean sentiment below the usual beyond chance at {@code sentimentDropLog10P});
     * the complaint score its floor and the negative share up by half the lift.
     */
    public Evidence evaluateCusum(TopicState st, long minute, boolean emerging) {
        if (emerging || minute < st.slowSinceMinute + c.slowMinHistoryHours * 3_600_000L) return null;
        WindowStats w = st.slow.stats();
        double p0 = st.longNegativeShare.share();
        double expectedNeg = w.expectedMentions() * p0;
        // The sum holds negatives against the usual volume. It counts when the slow window's share is up
        // and either the burn adds posts (the window at minRatio x what these hours usually bring) or the
        // negatives are minRatio x what the window's other posts imply: a busy day, such as a weekend the
        // profile has not learned yet (1.5x), lifts every kind of post and does neither.
        double others = w.mentions() - w.negative();
        boolean adds = w.mentions() >= c.minRatio * w.expectedMentions();
        boolean outgrows = w.negative() >= c.minRatio * others * p0 / Math.max(1 - p0, 0.05);
        // On a busy topic the slow window's posts show a smaller rise beyond doubt: an evening fault lifts
        // 1,324 posts from 36% to 42% negative (p < 1e-4), a rise no busy day brings, while its count is 1.4x.
        // The posts of a night wait on a quiet delays topic read negative at the usual share (47% against
        // 48%) but far more so (mean -0.34 against -0.13): beyond chance in the mean, a rise a backlog does not bring.
        boolean sureShareRise = SpikeTest.binomial(w.negative(), w.mentions(), p0) >= c.watchLog10P
                || sentimentDrop(st) >= c.sentimentDropLog10P;
        double negativeScore = 0;
        if (w.negative() >= c.minNegativeMentions
                && ((w.share(w.negative()) >= p0 + c.minNegativeShareLift && (adds || outgrows)) || sureShareRise)) {
            negativeScore = st.slow.negativeCusum / LN10;
        }
        // Over hours complaints also follow plain business (a launch): here they count only with the
        // negative share of posts up as well.
        boolean negativeUp = w.share(w.negative()) >= p0 + c.minNegativeShareLift / 2;
        double complaintScore = negativeUp && w.complaints() >= c.minComplaints ? st.slow.complaintCusum / LN10 : 0;
        // The CUSUMs already discount bot minutes, but a flood they summed is still held at WATCH.
        boolean botFlood = slowBotFlood(st.slow, c);
        return new Evidence(w, expectedNeg, p0, st.positiveShare.share(), st.sentiment.share(), 0,
                negativeScore, complaintScore, 1, 0, false, false, botFlood, 1);
    }

    /**
     * The slow window's mean sentiment below the usual one beyond chance (-log10 p, normal tail of the
     * mean of its posts against the baseline's mean and spread of a post).
     */
    private static double sentimentDrop(TopicState st) {
        SlowWindow w = st.slow;
        if (w.mentions < 1) return 0;
        double mean = st.sentiment.share();
        double variance = Math.max(st.sentimentSquare.share() - mean * mean, MIN_SENTIMENT_VARIANCE);
        double z = (mean - w.sentimentSum / w.mentions) / Math.sqrt(variance / w.mentions);
        return SpikeTest.normal(z);
    }

    private Evidence judge(WindowStats w, int minutes, double mentionEvidence, double complaintEvidence, double p0,
            TopicState st, boolean emerging, boolean slow, double growth, double branching, boolean accelerating, boolean supercritical) {
        double dupShare = w.share(w.nearDuplicates());
        double zeroShare = w.share(w.zeroFollowers());
        // Copies and posts from accounts nobody follows are weak evidence once they dominate a window.
        // Near-duplicates alone are not suspect (a cascade of reshares repeats one text), but with
        // zero-follower accounts they are: then the counts keep only what the rest could have said.
        double damping = botDamping(zeroShare, dupShare, c);
        double n = w.mentions() * damping;
        double neg = w.negative() * damping;
        double evidence = Math.min(mentionEvidence, c.maxEvidenceMinutes);

        // Negatives expected from the baseline volume, or from this window's other posts when those
        // are up (a launch, an evening peak, a lagging baseline): a crisis adds negative posts, not
        // neutral ones, so the others say how busy the topic is anyway.
        double others = (w.mentions() - w.negative()) * damping;
        double fromBaseline = w.expectedMentions() * p0;
        double fromOthers = others * p0 / Math.max(1 - p0, 0.05);
        double expectedNeg = Math.max(fromBaseline, fromOthers);

        double minRatio = emerging ? c.emergingMinRatio : c.minRatio;
        // Over the slow window an emerging term needs three times the posts: a steady minor word adds up too.
        double minMentions = !emerging ? c.minMentions : slow ? 3.0 * c.emergingMinMentions : c.emergingMinMentions / 2.0;
        double volumeScore = 0;
        if ((!slow || emerging) && n >= minMentions && n >= minRatio * w.expectedMentions()) {
            double r = SpikeTest.shape(w.expectedMentions(), evidence, minutes, c.overdispersion);
            volumeScore = SpikeTest.negativeBinomial(n, w.expectedMentions(), r);
        }

        double negativeScore = 0;
        if (!emerging && neg >= c.minNegativeMentions / 2.0 && neg >= c.minRatio * expectedNeg
                && negativeShareUp(w.share(w.negative()), neg, n, p0, c)) {
            double r = SpikeTest.shape(expectedNeg, evidence, minutes, c.overdispersion);
            if (fromOthers > fromBaseline) r = Math.min(r, Math.max(others, 1)); // an estimate from few posts is loose
            negativeScore = SpikeTest.negativeBinomial(neg, expectedNeg, r);
        }

        double complaintScore = 0;
        double cEvidence = Math.min(complaintEvidence, c.maxEvidenceMinutes);
        // Over hours, complaints also rise with plain business (a launch): the slow window asks for more.
        double complaintRatio = slow ? c.slowComplaintRatio : c.minRatio;
        if (!emerging && w.complaints() >= c.minComplaints / 2.0 && w.complaints() >= complaintRatio * w.expectedComplaints()) {
            double r = SpikeTest.shape(w.expectedComplaints(), cEvidence, minutes, c.overdispersion);
            complaintScore = SpikeTest.negativeBinomial(w.complaints(), w.expectedComplaints(), r);
        }

        return new Evidence(w, expectedNeg, p0, st.positiveShare.share(), st.sentiment.share(), volumeScore,
                negativeScore, complaintScore, growth, branching, accelerating, supercritical, botFlood(zeroShare, dupShare, c), damping);
    }

    /** What is left of a count once zero-follower accounts dominate: what the other accounts could have said. */
    static double botDamping(double zeroShare, double dupShare, DetectionConfig c) {
        return zeroShare >= c.botZeroFollowerShare ? 1 - Math.max(zeroShare, dupShare) : 1;
    }

    /**
     * The negative share {@code share} (of {@code negative} in {@code mentions}, bot-damped) is up by
     * {@code minNegativeShareLift} on the usual {@code p0}, and beyond chance (binomial, 1%).
     */
    static boolean negativeShareUp(double share, double negative, double mentions, double p0, DetectionConfig c) {
        return share >= p0 + c.minNegativeShareLift && SpikeTest.binomial(negative, mentions, p0) >= SHARE_LOG10P;
    }

    /** {@link #botDamping(double, double, DetectionConfig)} of one minute's bucket. */
    static double botDamping(MinuteBucket b, DetectionConfig c) {
        return botDamping(share(b.zeroFollowerMentions, b.mentions), share(b.nearDuplicateMentions, b.mentions), c);
    }

    /** The bot-flood rule over one minute's bucket. */
    static boolean botFlood(MinuteBucket b, DetectionConfig c) {
        return botFlood(share(b.zeroFollowerMentions, b.mentions), share(b.nearDuplicateMentions, b.mentions), c);
    }

    private static double share(int part, int mentions) {
        return mentions == 0 ? 0 : (double) part / mentions;
    }

    /** The bot-flood rule over the slow window. */
    static boolean slowBotFlood(SlowWindow w, DetectionConfig c) {
        double n = Math.max(w.mentions, 1e-9);
        return botFlood(w.zeroFollowers / n, w.nearDuplicates / n, c);
    }

    /** Zero-follower accounts that dominate and either repeat one text or are nearly all there is. */
    static boolean botFlood(double zeroShare, double dupShare, DetectionConfig c) {
        return zeroShare >= c.botZeroFollowerShare && (dupShare >= c.botDuplicateShare || zeroShare >= c.botZeroFollowerOnlyShare);
    }
}
