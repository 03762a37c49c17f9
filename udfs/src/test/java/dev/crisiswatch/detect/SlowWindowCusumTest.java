package dev.crisiswatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.config.DetectionConfig;
import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertStatus;
import dev.crisiswatch.model.Severity;
import org.junit.jupiter.api.Test;

class SlowWindowCusumTest {
    private static final double CAP = 20 * Math.log(10);

    @Test
    void shouldAccumulateASmallPersistentExcessThatNoSingleMinuteShows() {
        SlowWindow w = new SlowWindow();
        // 0.5 negatives a minute usually; 1.5 a minute for three hours (one or two posts a minute).
        for (int m = 0; m < 180; m++) w.cusum(m % 2 == 0 ? 1 : 2, 0.5, 2.0, 0, 0.2, 3.0, CAP);
        assertThat(w.negativeCusum / Math.log(10)).isGreaterThan(6);
    }

    @Test
    void shouldDrainOrdinaryNoiseAroundTheUsualRate() {
        SlowWindow w = new SlowWindow();
        // Counts that average the usual 0.5 a minute: 0, 1, 0, 1, ...
        for (int m = 0; m < 1440; m++) w.cusum(m % 2, 0.5, 2.0, m % 5 == 0 ? 1 : 0, 0.2, 3.0, CAP);
        assertThat(w.negativeCusum / Math.log(10)).isLessThan(1);
        assertThat(w.complaintCusum / Math.log(10)).isLessThan(1);
    }

    @Test
    void shouldStopAtTheCapSoThatAnIncidentDrainsInBoundedTime() {
        SlowWindow w = new SlowWindow();
        for (int m = 0; m < 600; m++) w.cusum(10, 0.5, 2.0, 0, 0.2, 3.0, CAP);
        assertThat(w.negativeCusum).isEqualTo(CAP);
        int minutes = 0;
        while (w.negativeCusum > 0) {
            w.cusum(0, 0.5, 2.0, 0, 0.2, 3.0, CAP);
            minutes++;
        }
        assertThat(minutes).isLessThan(120);
    }

    /** A topic past its first day whose slow window holds these decayed sums and a negative CUSUM of 8. */
    private static TopicState slowWindow(double mentions, double expectedMentions, double negative, double usualShare) {
        TopicState st = new TopicState();
        st.slowSinceMinute = 0;
        st.longNegativeShare.prime(usualShare, 1_000);
        st.slow.minutes = 87;
        st.slow.mentions = mentions;
        st.slow.expectedMentions = expectedMentions;
        st.slow.negative = negative;
        st.slow.negativeCusum = 8 * Math.log(10);
        return st;
    }

    @Test
    void shouldCountTheNegativeSumOfABurnThatAddsPostsButNotOfABusyDay() {
        DetectionConfig c = new DetectionConfig();
        SignalEvaluator evaluator = new SignalEvaluator(c);
        long minute = 3 * 86_400_000L;
        // Rejected pet claims (quiet-topics scenario, two hours in): 60 posts where 21 are usual, 31 negative
        // at a usual 37%. Their neutral posts rise too: 31 is only 1.7x what the 29 others imply.
        TopicState burn = slowWindow(60, 21, 31, 0.37);
        // The first Saturday of weekly-cycles, whose weekend the profile has not learned: 89 posts where
        // 63 are expected, 43 negative (48% against 36%, within chance of a 12-point lift).
        TopicState saturday = slowWindow(89, 62.6, 43, 0.361);

        assertThat(evaluator.evaluateCusum(burn, minute, false).negativeScore()).isEqualTo(8.0);
        assertThat(evaluator.evaluateCusum(saturday, minute, false).negativeScore()).isZero();
    }

    /** The negative CUSUM score that {@link SignalEvaluator#evaluateCusum} lets count, with the default config. */
    private static double countedScore(TopicState st) {
        return new SignalEvaluator(new DetectionConfig()).evaluateCusum(st, 3 * 86_400_000L, false).negativeScore();
    }

    @Test
    void shouldCountTheNegativeSumOfABusyTopicWhoseShareRisesBeyondDoubt() {
        // A broadband fault at the evening peak (evening-peak-network, two hours in): 1,324 posts where 1,074
        // are usual, 550 negative at a usual 36%. Six points up, 1.4x the count: no 12-point lift, no
        // doubling, but on 1,324 posts beyond chance (p < 1e-4).
        TopicState fault = slowWindow(1324, 1074, 550, 0.36);
        // The same rise on a quiet topic's 132 posts is chance.
        TopicState quiet = slowWindow(132, 107, 55, 0.36);

        assertThat(countedScore(fault)).isEqualTo(8.0);
        assertThat(countedScore(quiet)).isZero();
    }

    @Test
    void shouldEmptyTheSumsOfAResolvedIncidentThatWasAWarning() {
        Traffic t = new Traffic(12);
        Harness h = new Harness(Harness.delivery());
        long night = Traffic.MONDAY + 3 * Traffic.DAY + 2 * Traffic.HOUR;
        // A quiet topic (a post every two minutes by day, few at night), then four night hours of angry
        // posts at 1.5 a minute: the negative CUSUM fills to its cap. Then the usual traffic again.
        h.run(Traffic.MONDAY, night, m -> t.background("acme-delivery", m, 0.5 * Traffic.diurnal(m), 0.3, 0.3, 0));
        h.run(night, night + 4 * Traffic.HOUR, m -> t.background("acme-delivery", m, 1.5, 0.8, 0.05, 0));
        assertThat(h.state.slow.negativeCusum).isEqualTo(CAP);
        long after = night + 4 * Traffic.HOUR;
        Alert resolved = null;
        for (long m = after; resolved == null && m < after + 12 * Traffic.HOUR; m += Traffic.MINUTE) {
            for (Alert a : h.feed(t.background("acme-delivery", m, 0.5 * Traffic.diurnal(m), 0.3, 0.3, 0))) {
                if (a.status == AlertStatus.RESOLVED) resolved = a;
            }
        }
        assertThat(resolved).isNotNull();
        assertThat(resolved.severity.compareTo(Severity.WARNING)).isPositive();
        // Drained at the night's low usual rate the sum would still be near its cap, enough for a WARNING on
        // its own as soon as chance lifts the slow window's share; the incident told it, so it starts again.
        assertThat(h.state.slow.negativeCusum).isZero();
        assertThat(h.state.slow.complaintCusum).isZero();
    }

    @Test
    void shouldCountTheNegativeSumOfPostsMuchMoreNegativeThanUsualAtTheUsualShare() {
        // A night tarmac wait on a quiet delays topic (night-tarmac): 60 posts where 25 are usual, 28 of them
        // negative, the usual 47%; but their mean sentiment is -0.34 where a post usually reads -0.13 (spread
        // 0.42), beyond chance (p < 1e-4). A storm backlog brings the same posts at the usual mean.
        TopicState wait = slowWindow(60, 25, 28, 0.47);
        TopicState backlog = slowWindow(60, 25, 28, 0.47);
        for (TopicState st : new TopicState[] {wait, backlog}) {
            st.sentiment.prime(-0.13, 1_000);
            st.sentimentSquare.prime(0.13 * 0.13 + 0.42 * 0.42, 1_000);
        }
        wait.slow.sentimentSum = -0.34 * 60;
        backlog.slow.sentimentSum = -0.15 * 60;

        assertThat(countedScore(wait)).isEqualTo(8.0);
        assertThat(countedScore(backlog)).isZero();
    }

    @Test
    void shouldMergeTheSquaredSentimentOfBucketsInAnyOrder() {
        MinuteBucket a = new MinuteBucket("acme-delivery", 0);
        a.addMention(-0.6, true, false, false, false, 10, false, 0);
        a.addMention(0.3, false, true, false, false, 10, false, 0);
        MinuteBucket b = new MinuteBucket("acme-delivery", 0);
        b.addMention(0.5, false, true, false, false, 10, false, 0);
        MinuteBucket ab = new MinuteBucket("acme-delivery", 0);
        ab.merge(a, 5);
        ab.merge(b, 5);
        MinuteBucket ba = new MinuteBucket("acme-delivery", 0);
        ba.merge(b, 5);
        ba.merge(a, 5);

        assertThat(ab.sentimentSquareMicros).isEqualTo(700_000).isEqualTo(ba.sentimentSquareMicros);
    }
}
