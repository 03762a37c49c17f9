package dev.crisiswatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.config.DetectionConfig;
import dev.crisiswatch.model.Severity;
import org.junit.jupiter.api.Test;

/** The severity rules on hand-made evidence: what each gate lets through and what it holds back. */
class SeverityRulesTest {
    private final DetectionConfig c = new DetectionConfig();
    private final SeverityRules rules = new SeverityRules(c);

    /** A window of {@code mentions} posts ({@code negative} of them negative, {@code positive} positive) and their mean tone. */
    private static WindowStats window(int minutes, int mentions, int negative, int positive, double meanSentiment, int complaints,
            double expectedMentions, double expectedComplaints) {
        return new WindowStats(minutes, mentions, negative, positive, 0, 0, 0, complaints, meanSentiment * mentions,
                40_000, 2_000, 2_000, expectedMentions, expectedComplaints);
    }

    private static Evidence evidence(WindowStats w, double negativeScore, double complaintScore, double baselinePositiveShare,
            double baselineSentiment) {
        return new Evidence(w, 3, 0.2, baselinePositiveShare, baselineSentiment, 0, negativeScore, complaintScore,
                1, 0, false, false, false, 1);
    }

    @Test
    void shouldHoldAComplaintBurstAtWatchUntilTheLongerWindowConfirmsIt() {
        // Eleven calls in five minutes where one is usual: a queue hiccup unless the quarter hour agrees.
        Evidence burst = evidence(window(5, 3, 1, 0, -0.1, 11, 3, 1.2), 0, 6.3, 0.2, 0);

        assertThat(rules.assess(burst, false, 2.8).severity()).isEqualTo(Severity.WATCH);
        assertThat(rules.assess(burst, false, c.watchLog10P).severity()).isEqualTo(Severity.WARNING);
        assertThat(rules.assess(burst, false).severity()).as("a window with nothing to confirm it").isEqualTo(Severity.WARNING);
    }

    @Test
    void shouldNotAlarmOnNegativePostsOfAStoryThatLiftsTheMeanTone() {
        // A lost toy, then a kind answer: many posts read sad, but the window's tone is above the usual.
        Evidence moving = evidence(window(15, 120, 50, 30, 0.10, 2, 30, 3), 9, 0, 0.22, 0.06);
        Evidence crisis = evidence(window(15, 120, 50, 10, -0.30, 2, 30, 3), 9, 0, 0.22, 0.06);

        Assessment story = rules.assess(moving, false);
        assertThat(story.severity()).isEqualTo(Severity.WATCH);
        assertThat(story.has(SignalKind.NEGATIVE_SURGE)).isTrue();
        assertThat(rules.assess(crisis, false).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void shouldNotAlarmOnNegativePostsWhileThePositiveShareRisesToo() {
        // Tone a little under the usual, but a third of the posts are delighted where a fifth usually are.
        Evidence mixed = evidence(window(15, 120, 50, 40, 0.0, 2, 30, 3), 9, 0, 0.2, 0.05);

        assertThat(rules.assess(mixed, false).severity()).isEqualTo(Severity.WATCH);
    }

    /**
     * The quarter hour of a manager's joke going round, 25 minutes in (employee-joke scenario): 52 posts
     * where 21 are usual, 28 of them negative where a third usually are, the tone down. The joke's
     * neutral reshares come with the outrage, so against the other posts the negatives score only 2.7.
     */
    private static Evidence cascadeWindow(int negative, int positive, double meanSentiment) {
        WindowStats w = new WindowStats(15, 52, negative, positive, 40, 0, 0, 0, meanSentiment * 52, 90_000, 45_000, 45_000,
                21.2, 1);
        return new Evidence(w, 14.6, 0.34, 0.17, 0.03, 4.7, 2.7, 0, 1.5, 0.77, false, false, false, 1);
    }

    @Test
    void shouldEscalateAnIncidentWhoseNegativesStayWellAboveTheUsualVolumesAndShare() {
        Evidence joke = cascadeWindow(28, 2, -0.14);

        assertThat(rules.assess(joke, false).severity()).as("the window alone: no signal at WATCH level").isNull();
        Assessment sustained = rules.assessSustained(joke);
        assertThat(sustained.severity()).isEqualTo(Severity.WARNING);
        assertThat(sustained.mainKind()).isEqualTo(SignalKind.NEGATIVE_SURGE);
    }

    @Test
    void shouldNotEscalateAPersistentIncidentWhoseShareIsWithinChanceOrWhoseToneRises() {
        // 22 of 52 negative (42% against 34%): not beyond chance at 1%.
        assertThat(rules.assessSustained(cascadeWindow(22, 2, -0.14)).severity()).isNull();
        // The same negatives in a story that lifts the tone, or the positive share (a warm story shared as widely).
        assertThat(rules.assessSustained(cascadeWindow(28, 2, 0.08)).severity()).isNull();
        assertThat(rules.assessSustained(cascadeWindow(28, 16, -0.05)).severity()).isNull();
    }

    /**
     * The first five minutes of a breach story on a fraud topic whose own posts read 82% negative: 28
     * posts where 3.3 are usual (volume score 11), 23 of them negative, and a news account of 1.8
     * million followers among them. The share cannot rise 12 points, so no negative surge.
     */
    private static Evidence fraudBurst(int positive, double volumeScore) {
        WindowStats w = new WindowStats(5, 28, 23, positive, 9, 0, 0, 0, -0.4 * 28, 2_500_000, 1_800_000, 1_800_000, 3.3, 1);
        return new Evidence(w, 2.7, 0.82, 0.05, -0.35, volumeScore, 0, 0, 1.2, 0.32, false, false, false, 1);
    }

    @Test
    void shouldAlarmOnAHugeAccountsFuriousPostInABurstOfATopicThatAlwaysReadsNegative() {
        Assessment burst = rules.assess(fraudBurst(1, 11), false);
        assertThat(burst.severity()).isEqualTo(Severity.WARNING);
        assertThat(burst.mainKind()).isEqualTo(SignalKind.INFLUENCER);
        // Without the burst, or in a burst more cheerful than usual (a happy story on the topic), it stays WATCH.
        assertThat(rules.assess(fraudBurst(1, 3), false).severity()).isEqualTo(Severity.WATCH);
        assertThat(rules.assess(fraudBurst(5, 11), false).severity()).isEqualTo(Severity.WATCH);
    }
}
