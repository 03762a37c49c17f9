package dev.crisiswatch.text.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scores plain VADER and ours on public human-labelled tweets, prints the figures, holds a floor. */
class SentimentEvaluationTest {
    /** A little below what the held-out airlines measure (0.701), so a regression fails the build. */
    static final double HELD_OUT_MACRO_F1_FLOOR = 0.695;

    @Test
    void shouldBeatPlainVaderOnBrandComplaintTweetsItWasNotTunedOn() {
        List<LabelledText> heldOut = LabelledText.airlineTweets(false);
        ConfusionMatrix plain = SentimentEvaluation.plain(heldOut);
        ConfusionMatrix ours = SentimentEvaluation.ours(heldOut);
        System.out.println("held-out airlines, plain VADER: " + plain.describe());
        System.out.println("held-out airlines, CrisisWatch: " + ours.describe());

        assertThat(heldOut).hasSizeGreaterThan(7_000);
        assertThat(ours.macroF1()).isGreaterThanOrEqualTo(HELD_OUT_MACRO_F1_FLOOR);
        assertThat(ours.macroF1()).isGreaterThan(plain.macroF1() + 0.1);
        assertThat(ours.accuracy()).isGreaterThan(plain.accuracy());
    }

    @Test
    void shouldStayCloseToPlainVaderOnGeneralSocialText() {
        List<LabelledText> tweets = LabelledText.vaderTweets();
        ConfusionMatrix plain = SentimentEvaluation.plain(tweets);
        ConfusionMatrix ours = SentimentEvaluation.ours(tweets);
        System.out.println("VADER tweets, plain VADER: " + plain.describe());
        System.out.println("VADER tweets, CrisisWatch: " + ours.describe());

        assertThat(tweets).hasSize(4_200);
        assertThat(ours.macroF1()).isGreaterThan(plain.macroF1() - 0.05);
    }

    @Test
    void shouldCountAccuracyAndMacroF1FromTheConfusionMatrix() {
        ConfusionMatrix m = new ConfusionMatrix();
        m.add("negative", "negative");
        m.add("negative", "negative");
        m.add("negative", "neutral");
        m.add("neutral", "neutral");
        m.add("positive", "negative");
        m.add("positive", "positive");

        assertThat(m.accuracy()).isEqualTo(4.0 / 6);
        // F1: negative 2/3 both ways = 0.667, neutral P 0.5 R 1 = 0.667, positive P 1 R 0.5 = 0.667.
        assertThat(m.macroF1()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    }
}
