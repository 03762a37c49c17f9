package dev.crisiswatch.detect;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.config.DetectionConfig;
import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertStatus;
import dev.crisiswatch.model.Sample;
import dev.crisiswatch.model.Severity;
import java.util.List;

/**
 * Judges one key minute by minute: learns its baselines, tests the short and long windows, and runs
 * the incident lifecycle. Pure logic; the Flink operator keeps one instance and hands it each key's
 * {@link TopicState} with the key's merged {@link MinuteBucket}s in event-time order.
 *
 * <p>Deterministic: the alerts depend only on the buckets, the state and the config. The one
 * operator-level fact is the earliest minute this instance has seen, which marks the stream's
 * start-up: keys first seen within {@link DetectionConfig#warmupMinutes} of it learn before judging.
 */
public final class TopicDetector {
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 1440 * MINUTE;
    /** Empty minutes the slow window learns hour by hour; earlier ones have decayed to nothing. */
    private static final int SLOW_EXACT_GAP_MINUTES = 2 * 1440;
    private static final double LN10 = Math.log(10);
    /** A CUSUM stops growing here (-log10 units), so it drains within hours once an incident ends. */
    private static final double CUSUM_CAP_LOG10 = 20;
    /** A new key's prior spread of a post's sentiment (variance; scores run from -1 to 1). */
    private static final double PRIOR_SENTIMENT_VARIANCE = 0.2;
    /** A minute needs this many posts before the bot-flood rule can keep it from teaching the topic's mood. */
    private static final int BOT_MINUTE_POSTS = 5;

    private final CrisisConfig cfg;
    private final DetectionConfig c;
    private final Decays decays;
    private final SignalEvaluator evaluator;
    private final SeverityRules rules;
    private final IncidentTracker tracker;
    private final AlertFactory alerts;
    private long streamStartMinute = Long.MAX_VALUE;

    public TopicDetector(CrisisConfig cfg) {
        this.cfg = cfg;
        this.c = cfg.detection;
        this.decays = Decays.of(c);
        this.evaluator = new SignalEvaluator(c);
        this.rules = new SeverityRules(c);
        this.tracker = new IncidentTracker(c);
        this.alerts = new AlertFactory(cfg);
    }

    /** The earliest minute this instance has seen ({@code Long.MAX_VALUE} before the first). */
    public long streamStartMinute() {
        return streamStartMinute;
    }

    /**
     * The stream began at {@code minute}, before anything this instance saw: a restored job (or one
     * warm-started from history) is not starting up, so keys it meets first are judged without warm-up.
     */
    public void streamStartedAt(long minute) {
        streamStartMinute = Math.min(streamStartMinute, minute);
    }

    /** True while an incident is open: the job then calls {@link #onMinute} every minute, with empty buckets. */
    public boolean wantsTicks(TopicState state) {
        return state.incident.open;
    }

    public List<Alert> onMinute(TopicState st, MinuteBucket bucket, TopicMeta meta) {
        long minute = bucket.minute;
        streamStartMinute = Math.min(streamStartMinute, minute);
        if (st.isNew()) {
            start(st, minute, meta.emerging());
        } else if (minute <= st.lastMinute) {
            lateBucket(st, bucket);
            return List.of();
        } else {
            skipEmptyMinutes(st, minute, meta.emerging());
        }
        boolean learning = minute < st.learnUntilMinute;
        double expectedMentions = st.mentionRate.expected(minute, c);
        double expectedComplaints = st.complaintRate.expected(minute, c);
        st.recent.advanceTo(minute);
        st.recent.expect(minute, windowExpectation(st, minute, meta.emerging()), expectedComplaints);
        st.recent.add(bucket);
        if (meta.emerging()) {
            st.coTerms.decay(decays.coTerms());
            st.coTerms.add(bucket.mentions, bucket.coTerms, bucket.coTermPosts);
        }
        if (learning) {
            st.slow.add(bucket, decays.slow(), bucket.mentions, bucket.complaints); // warm-up minutes are normal by definition
        } else {
            double usualMentions = st.mentionRate.usual(minute, c);
            double usualComplaints = st.complaintRate.usual(minute, c);
            st.slow.add(bucket, decays.slow(), usualMentions, usualComplaints);
            cusum(st, bucket, minute, usualMentions, usualComplaints, meta.emerging());
        }
        keepSamples(st, bucket, minute);
        if (st.incident.open) st.incident.count(bucket);

        Assessment verdict = assess(st, minute, meta.emerging());
        Evidence longWindow = evaluator.evaluate(st, c.longWindowMinutes, meta.emerging());
        if (learning) verdict = new Assessment(longWindow);
        learn(st, bucket, minute, expectedMentions, expectedComplaints, longWindow,
                learning || (!st.incident.open && verdict.isEmpty() && !slowBusy(st, minute, meta.emerging())));
        st.lastMinute = minute;
        if (followsAnotherTerm(st, verdict, meta)) verdict = new Assessment(longWindow);

        AlertStatus status = tracker.step(st.incident, verdict, isQuiet(longWindow), minute);
        if (status == null) return List.of();
        Assessment shown = status == AlertStatus.RESOLVED ? new Assessment(longWindow) : verdict;
        Alert alert = alerts.build(meta, st, status, shown, minute);
        if (status == AlertStatus.RESOLVED) {
            // An incident told at WARNING or above has spent what the CUSUMs summed. Capped during the incident
            // and drained at what the hours usually bring, a sum the incident filled outlasted it at night: a
            // quiet delays topic re-opened at WARNING six hours after a tarmac wait, when chance lifted its share.
            // A WATCH told no one, and a burn that outlasts one still needs its sum (a delivery burn, 35m later).
            if (st.incident.lastPeak.compareTo(Severity.WARNING) >= 0) st.slow.resetCusum();
            st.samples = new Sample[0];
            st.negativeSamples = new Sample[0];
        }
        return List.of(alert);
    }

    private void start(TopicState st, long minute, boolean emerging) {
        st.firstMinute = minute;
        st.slowSinceMinute = minute;
        st.mentionRate.seasonalFromMinute = minute + DAY;
        st.complaintRate.seasonalFromMinute = minute + DAY;
        st.learnUntilMinute = minute < streamStartMinute + c.warmupMinutes * MINUTE ? minute + c.warmupMinutes * MINUTE : minute;
        if (emerging) {
            boolean warming = st.learnUntilMinute > minute;
            st.mentionRate.prime(c.emergingPriorPerMinute, c.emergingPriorWeightMinutes,
                    warming ? c.emergingPriorWeightMinutes : c.emergingLongRunPriorMinutes);
            st.complaintRate.prime(c.priorComplaintsPerMinute, c.priorWeightMinutes);
            st.negativeShare.prime(1.0, c.priorShareWeight);
            st.positiveShare.prime(0.0, c.priorShareWeight);
            st.sentiment.prime(-0.5, c.priorShareWeight);
            st.sentimentSquare.prime(0.25 + PRIOR_SENTIMENT_VARIANCE, c.priorShareWeight);
        } else {
            st.mentionRate.prime(c.priorMentionsPerMinute, c.priorWeightMinutes);
            st.complaintRate.prime(c.priorComplaintsPerMinute, c.priorWeightMinutes);
            st.negativeShare.prime(c.priorNegativeShare, c.priorShareWeight);
            st.longNegativeShare.prime(c.priorNegativeShare, c.priorShareWeight);
            st.positiveShare.prime(c.priorPositiveShare, c.priorShareWeight);
            st.sentiment.prime(0.0, c.priorShareWeight);
            st.sentimentSquare.prime(PRIOR_SENTIMENT_VARIANCE, c.priorShareWeight);
        }
    }

    /**
     * An emerging term that would open an incident while most of its recent posts carry a term that
     * ranks before it ({@link CoTerms#leader}): the same story, which that term's incident tells.
     * The strike's "nobody told" and "told customers" follow #parcelostrike. A follower with many posts
     * of its own (under {@code emergingSamePostsShare} with the leader) still opens at WARNING: it has
     * evidence the leader lacks ("parcelo strike", 40% without the hashtag, was CRITICAL nine minutes
     * before the hashtag on one draw).
     */
    private boolean followsAnotherTerm(TopicState st, Assessment verdict, TopicMeta meta) {
        if (!meta.emerging() || st.incident.open || verdict.isEmpty()) return false;
        String leader = st.coTerms.leader(meta.name(), c.emergingGroupShare);
        if (leader == null) return false;
        return verdict.severity().compareTo(Severity.WARNING) < 0 || st.coTerms.shareOf(leader) >= c.emergingSamePostsShare;
    }

    /** A bucket for a minute already judged (late data): it still counts in the window and incident. */
    private static void lateBucket(TopicState st, MinuteBucket bucket) {
        st.recent.add(bucket);
        if (st.incident.open) st.incident.count(bucket);
    }

    /** Minutes with no bucket are zero-count minutes: the baselines learn them in closed form. */
    private void skipEmptyMinutes(TopicState st, long minute, boolean emerging) {
        int gap = (int) Math.min(Integer.MAX_VALUE, (minute - st.lastMinute) / MINUTE - 1);
        if (gap <= 0) return;
        long from = st.lastMinute + MINUTE;
        st.mentionRate.observeEmpty(from, gap, c, decays);
        st.complaintRate.observeEmpty(from, gap, c, decays);
        st.negativeShare.observe(0, 0, decays.share(), Math.min(gap, 1_000_000));
        st.positiveShare.observe(0, 0, decays.share(), Math.min(gap, 1_000_000));
        st.sentiment.observe(0, 0, decays.share(), Math.min(gap, 1_000_000));
        st.sentimentSquare.observe(0, 0, decays.share(), Math.min(gap, 1_000_000));
        st.longNegativeShare.observe(0, 0, decays.longRun(), Math.min(gap, 1_000_000));
        if (emerging) st.coTerms.decay(Math.pow(decays.coTerms(), Math.min(gap, 100_000)));
        skipSlow(st, from, gap);
        if (gap >= c.slowMinHistoryHours * 60) st.slowSinceMinute = minute; // the long run must be re-earned
        if (st.incident.open) st.incident.quietMinutes += gap;
        st.recent.advanceTo(minute - MINUTE);
        for (int k = 1; k <= Math.min(gap, RecentWindow.SIZE); k++) {
            long m = minute - k * MINUTE;
            st.recent.expect(m, windowExpectation(st, m, emerging), st.complaintRate.expected(m, c));
        }
    }

    /**
     * The slow window and its CUSUMs over {@code gap} empty minutes from {@code from}: each hour's empty
     * minutes expect what that hour usually brings, in closed form per hour. At night a quiet topic has
     * mostly empty minutes; held at the daily mean, its slow window expected 24 posts where 10 are usual,
     * and a night crisis hid under the daytime's expectation. Minutes over two days back have decayed
     * away (half-life {@code slowHalfLifeMinutes}) and are skipped at the long-run rate.
     */
    private void skipSlow(TopicState st, long from, int gap) {
        int exact = Math.min(gap, SLOW_EXACT_GAP_MINUTES);
        if (gap > exact) {
            skipSlowAt(st, Math.min(gap - exact, 100_000), st.mentionRate.longRunRate(), st.complaintRate.longRunRate());
        }
        long m = from + (long) (gap - exact) * MINUTE;
        long end = from + (long) gap * MINUTE;
        while (m < end) {
            long hourEnd = Math.min(end, Math.floorDiv(m, HOUR) * HOUR + HOUR);
            skipSlowAt(st, (int) ((hourEnd - m) / MINUTE), st.mentionRate.usual(m, c), st.complaintRate.usual(m, c));
            m = hourEnd;
        }
    }

    /** {@code n} empty minutes that usually bring {@code mentions} and {@code complaints} a minute. */
    private void skipSlowAt(TopicState st, int n, double mentions, double complaints) {
        st.slow.skip(n, decays.slow(), mentions, complaints);
        st.slow.cusum(0, n * mentions * st.longNegativeShare.share(), c.cusumNegativeRatio, 0, n * complaints,
                c.slowComplaintRatio, CUSUM_CAP_LOG10 * LN10);
    }

    /**
     * Mentions the window tests expect in {@code minute}: the adaptive level for a topic; for an
     * emerging term, what the term usually brings (its long run, a day of prior weight for a term first
     * seen after start-up). A new term's level learns its own burst within the hour, so a strike
     * hashtag that ramps up over two hours would otherwise be held against itself.
     */
    private double windowExpectation(TopicState st, long minute, boolean emerging) {
        return emerging ? st.mentionRate.usual(minute, c) : st.mentionRate.expected(minute, c);
    }

    /**
     * Adds the minute to the slow window's CUSUMs, once the key has the history the slow window needs.
     * Negatives are expected at the long-run share of the usual volume: a slow burn brings neutral posts
     * along with the angry ones, and held against this minute's other posts it added nothing. What tells
     * a burn from a busy day is checked when the sum is read ({@link SignalEvaluator#evaluateCusum}).
     */
    private void cusum(TopicState st, MinuteBucket b, long minute, double usualMentions, double usualComplaints, boolean emerging) {
        if (emerging || minute < st.slowSinceMinute + c.slowMinHistoryHours * 3_600_000L) {
            st.slow.resetCusum();
            return;
        }
        double p0 = st.longNegativeShare.share();
        // A minute dominated by zero-follower accounts keeps only what the others could have said (as in the windows).
        double damping = SignalEvaluator.botDamping(b, c);
        st.slow.cusum(b.negativeMentions * damping, usualMentions * p0, c.cusumNegativeRatio, b.complaints, usualComplaints,
                c.slowComplaintRatio, CUSUM_CAP_LOG10 * LN10);
        // While the slow window is a bot flood, the negatives summed so far are the flood's: start again.
        if (SignalEvaluator.slowBotFlood(st.slow, c)) st.slow.negativeCusum = 0;
    }

    /** The stronger verdict of the short and the long window. */
    private Assessment assess(TopicState st, long minute, boolean emerging) {
        Evidence recent = evaluator.evaluate(st, c.shortWindowMinutes, emerging);
        Evidence longer = c.longWindowMinutes != c.shortWindowMinutes ? evaluator.evaluate(st, c.longWindowMinutes, emerging) : null;
        Assessment best = rules.assess(recent, emerging,
                longer == null ? Double.POSITIVE_INFINITY : longer.complaintScore());
        if (longer != null) {
            Assessment lng = rules.assess(longer, emerging);
            if (lng.strongerThan(best)) best = lng;
        }
        Evidence slow = evaluator.evaluateSlow(st, minute, emerging);
        if (slow != null) {
            Assessment s = rules.assess(slow, emerging);
            if (s.strongerThan(best)) best = s;
        }
        Evidence drift = evaluator.evaluateCusum(st, minute, emerging);
        if (drift != null) {
            Assessment s = rules.assess(drift, emerging);
            if (s.strongerThan(best)) best = s;
        }
        // An incident open below WARNING for a while: persistence is evidence too (SeverityRules.assessSustained).
        if (!emerging && longer != null && st.incident.open && st.incident.severity.compareTo(Severity.WARNING) < 0
                && minute - st.incident.startMinute >= c.sustainedMinutes * MINUTE) {
            Assessment s = rules.assessSustained(longer);
            if (s.strongerThan(best)) best = s;
        }
        // A bot flood in the last minutes also holds the longer windows, which still dilute it.
        if (recent.botFlood()) best.holdForBots(recent);
        return best;
    }

    /**
     * Counts always teach the rate baselines, clipped unless warming up. Shares and sentiment learn
     * only from unremarkable minutes, so an incident does not become the new normal.
     */
    private void learn(TopicState st, MinuteBucket b, long minute, double expectedMentions, double expectedComplaints,
            Evidence longWindow, boolean learnShares) {
        boolean all = minute < st.learnUntilMinute;
        // A minute dominated by zero-follower accounts does not teach the topic's mood: after a cheerful
        // spam flood the usual grumbles would look like a negative surge. (Its volume is learned, so the
        // flood's last minutes, once the window no longer looks like a flood, are not a surge either.)
        boolean flood = b.mentions >= BOT_MINUTE_POSTS && SignalEvaluator.botFlood(b, c);
        // While the long window is already significant, the rates learn at most one standard deviation more.
        st.mentionRate.observe(minute, b.mentions, expectedMentions, all, longWindow.volumeScore() >= c.watchLog10P, c, decays);
        st.complaintRate.observe(minute, b.complaints, expectedComplaints, all, longWindow.complaintScore() >= c.watchLog10P,
                c, decays);
        if (learnShares && !flood) {
            st.negativeShare.observe(b.negativeMentions, b.mentions, decays.share(), 1);
            st.positiveShare.observe(b.positiveMentions, b.mentions, decays.share(), 1);
            st.sentiment.observe(b.sentimentMicros / 1e6, b.mentions, decays.share(), 1);
            st.sentimentSquare.observe(b.sentimentSquareMicros / 1e6, b.mentions, decays.share(), 1);
            st.longNegativeShare.observe(b.negativeMentions, b.mentions, decays.longRun(), 1);
        } else {
            st.longNegativeShare.observe(0, 0, decays.longRun(), 1);
            st.negativeShare.observe(0, 0, decays.share(), 1);
            st.positiveShare.observe(0, 0, decays.share(), 1);
            st.sentiment.observe(0, 0, decays.share(), 1);
            st.sentimentSquare.observe(0, 0, decays.share(), 1);
        }
    }

    /**
     * The slow window runs at {@code minRatio} times what these hours usually bring (and at least
     * {@code minMentions}), or its negatives at {@code minRatio} times the usual share of that (and at
     * least {@code minNegativeMentions}): a slow burn under way that no test has flagged yet. Its minutes
     * do not teach the topic's mood. A burn's angry posts double before its volume does; with the slow
     * window's empty minutes held at the hour's usual, the volume alone let a burn teach its share for
     * ten minutes longer. On a quiet topic (7 posts an hour) two hours of a slow burn otherwise moved the
     * long-run negative share from 37% to 43%, and the burn's own posts hid in the baseline they raised.
     */
    private boolean slowBusy(TopicState st, long minute, boolean emerging) {
        if (emerging || minute < st.slowSinceMinute + c.slowMinHistoryHours * 3_600_000L) return false;
        SlowWindow w = st.slow;
        boolean busy = w.mentions >= c.minMentions && w.mentions >= c.minRatio * w.expectedMentions;
        // A burn adds angry posts first: their count doubles before the volume does.
        boolean angry = w.negative >= c.minNegativeMentions
                && w.negative >= c.minRatio * w.expectedMentions * st.longNegativeShare.share();
        return busy || angry;
    }

    /** Samples of the incident, or of the last long window while none is open. */
    private void keepSamples(TopicState st, MinuteBucket b, long minute) {
        if (!st.incident.open) {
            long oldest = minute - (c.longWindowMinutes - 1) * MINUTE;
            st.samples = since(st.samples, oldest);
            st.negativeSamples = since(st.negativeSamples, oldest);
        }
        if (b.samples.length > 0) st.samples = MinuteBucket.topSamples(st.samples, b.samples, c.samplesPerAlert);
        if (b.negativeSamples.length > 0) {
            st.negativeSamples = MinuteBucket.topSamples(st.negativeSamples, b.negativeSamples, c.samplesPerAlert);
        }
    }

    /** The samples at or after {@code oldest}; the same array when all are. */
    private static Sample[] since(Sample[] samples, long oldest) {
        int keep = 0;
        for (Sample s : samples) if (s.ts >= oldest) keep++;
        if (keep == samples.length) return samples;
        Sample[] kept = new Sample[keep];
        int i = 0;
        for (Sample s : samples) if (s.ts >= oldest) kept[i++] = s;
        return kept;
    }

    /** Near baseline: mentions and complaints of the long window under the resolve ratio or their floors. */
    private boolean isQuiet(Evidence e) {
        boolean mentionsQuiet = e.volumeRatio() < c.resolveRatio || e.dampedMentions() < c.minMentions / 2.0;
        boolean complaintsQuiet = e.complaintRatio() < c.resolveRatio || e.window().complaints() < c.minComplaints / 2.0;
        return mentionsQuiet && complaintsQuiet && e.negativeScore() < c.watchLog10P;
    }
}
