package dev.crisiswatch.detect;

import dev.crisiswatch.config.DetectionConfig;

/** Computes the {@link Evidence} of a key's recent window against its baselines. */
public final class SignalEvaluator {
    private static final int GROWTH_RECENT = 5;
    private static final int GROWTH_BEFORE = 10;
    private static final double SHARE_LOG10P = 2;

    private final DetectionConfig c;

    public SignalEvaluator(DetectionConfig c) {
        this.c = c;
    }

    public Evidence evaluate(TopicState st, int minutes, boolean emerging) {
        WindowStats w = st.recent.stats(minutes, 0);
        double dupShare = w.share(w.nearDuplicates());
        double damping = 1 - dupShare;
        double n = w.mentions() * damping;
        double neg = w.negative() * damping;
        double evidence = Math.min(st.mentionRate.evidenceMinutes(), c.maxEvidenceMinutes);
        double p0 = st.negativeShare.share();
        double pos0 = st.positiveShare.share();
        double sentiment0 = st.sentiment.share();
        // Negatives expected from the baseline volume, or from this window's other posts when those
        // are up (a launch, an evening peak, a lagging baseline): a crisis adds negative posts, not
        // neutral ones, so the others say how busy the topic is anyway.
        int others = w.mentions() - w.negative();
        double fromOthers = others * damping * p0 / Math.max(1 - p0, 0.05);
        double expectedNeg = Math.max(w.expectedMentions() * p0, fromOthers);
        boolean fromOthersUsed = fromOthers > w.expectedMentions() * p0;

        double minRatio = emerging ? c.emergingMinRatio : c.minRatio;
        double minMentions = emerging ? c.emergingMinMentions / 2.0 : c.minMentions;
        double volumeScore = 0;
        if (n >= minMentions && n >= minRatio * w.expectedMentions()) {
            double r = SpikeTest.shape(w.expectedMentions(), evidence, minutes, c.overdispersion);
            volumeScore = SpikeTest.negativeBinomial(n, w.expectedMentions(), r);
        }

        double negativeScore = 0;
        if (!emerging && neg >= c.minNegativeMentions / 2.0 && neg >= c.minRatio * expectedNeg
                && w.share(w.negative()) >= p0 + c.minNegativeShareLift) {
            double r = SpikeTest.shape(expectedNeg, evidence, minutes, c.overdispersion);
            if (fromOthersUsed) r = Math.min(r, Math.max(others * damping, 1)); // an estimate from few posts is loose
            // The count carries the evidence; the share only has to be up beyond chance (1%), so a
            // busy but ordinary day (more posts, usual mood) cannot pass as a negative surge.
            if (SpikeTest.binomial(neg, n, p0) >= SHARE_LOG10P) {
                negativeScore = SpikeTest.negativeBinomial(neg, expectedNeg, r);
            }
        }

        double complaintScore = 0;
        double cEvidence = Math.min(st.complaintRate.evidenceMinutes(), c.maxEvidenceMinutes);
        if (!emerging && w.complaints() >= c.minComplaints / 2.0 && w.complaints() >= c.minRatio * w.expectedComplaints()) {
            double r = SpikeTest.shape(w.expectedComplaints(), cEvidence, minutes, c.overdispersion);
            complaintScore = SpikeTest.negativeBinomial(w.complaints(), w.expectedComplaints(), r);
        }

        int recent = st.recent.stats(GROWTH_RECENT, 0).mentions();
        int before = st.recent.stats(GROWTH_BEFORE, GROWTH_RECENT).mentions();
        double growth = (recent + 1.0) / (before * GROWTH_RECENT / (double) GROWTH_BEFORE + 1.0);
        boolean accelerating = growth >= c.accelerationRatio && recent >= 2 * c.minNegativeMentions;
        double branching = w.mentions() == 0 ? 0 : (double) w.reshares() / w.mentions();
        boolean supercritical = branching >= c.supercriticalBranching && w.reshares() >= c.minNegativeMentions;
        boolean botFlood = dupShare >= c.botDuplicateShare && w.share(w.zeroFollowers()) >= c.botZeroFollowerShare;

        return new Evidence(w, expectedNeg, p0, pos0, sentiment0, volumeScore, negativeScore, complaintScore,
                growth, branching, accelerating, supercritical, botFlood);
    }
}
