package dev.crisiswatch.detect;

import static dev.crisiswatch.detect.Traffic.DAY;
import static dev.crisiswatch.detect.Traffic.HOUR;
import static dev.crisiswatch.detect.Traffic.MINUTE;
import static dev.crisiswatch.detect.Traffic.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crisiswatch.config.DetectionConfig;
import org.junit.jupiter.api.Test;

class RateBaselineTest {
    private final DetectionConfig c = new DetectionConfig();
    private final Decays d = Decays.of(c);

    @Test
    void shouldLearnAGapInClosedFormExactlyAsMinuteByMinute() {
        RateBaseline stepwise = new RateBaseline();
        RateBaseline closed = new RateBaseline();
        for (RateBaseline b : new RateBaseline[] {stepwise, closed}) {
            b.prime(0.5, 10);
            for (long m = MONDAY; m < MONDAY + DAY; m += MINUTE) b.observe(m, 4, 4, true, false, c, d);
        }
        long gapStart = MONDAY + DAY;
        int gap = 37 * 60 + 13;
        for (int k = 0; k < gap; k++) stepwise.observe(gapStart + k * MINUTE, 0, 0, true, false, c, d);
        closed.observeEmpty(gapStart, gap, c, d);

        long next = gapStart + gap * MINUTE;
        assertThat(closed.levelRate()).isCloseTo(stepwise.levelRate(), within(1e-9));
        assertThat(closed.longRunRate()).isCloseTo(stepwise.longRunRate(), within(1e-9));
        assertThat(closed.expected(next, c)).isCloseTo(stepwise.expected(next, c), within(1e-9));
    }

    @Test
    void shouldExpectTheEveningPeakOnceItHasSeenAFewEvenings() {
        RateBaseline b = new RateBaseline();
        b.prime(c.priorMentionsPerMinute, c.priorWeightMinutes);
        for (long m = MONDAY; m < MONDAY + 4 * DAY; m += MINUTE) {
            long h = Math.floorMod(m, DAY) / HOUR;
            double x = h >= 19 && h < 21 ? 12 : 4;
            b.observe(m, x, b.expected(m, c), false, false, c, d);
        }
        long evening = MONDAY + 4 * DAY + 20 * HOUR;
        long morning = MONDAY + 4 * DAY + 10 * HOUR;

        assertThat(b.seasonalFactor(evening, c) / b.seasonalFactor(morning, c)).isGreaterThan(2.2);
    }

    @Test
    void shouldPutWeekendsInTheirOwnSlots() {
        long saturdayNoon = MONDAY + 5 * DAY + 12 * HOUR;
        long mondayNoon = MONDAY + 12 * HOUR;

        assertThat(RateBaseline.slotOf(mondayNoon, 0)).isEqualTo(12);
        assertThat(RateBaseline.slotOf(saturdayNoon, 0)).isEqualTo(36);
    }

    /** What a quiet topic (0.7 a minute) expects after an hour of 5 a minute, learned elevated or not. */
    private double levelAfterBurst(boolean elevated) {
        RateBaseline b = new RateBaseline();
        b.prime(0.7, c.priorWeightMinutes);
        b.seasonalFromMinute = Long.MAX_VALUE; // the level alone
        for (long m = MONDAY; m < MONDAY + 10 * HOUR; m += MINUTE) b.observe(m, 0.7, b.expected(m, c), false, false, c, d);
        long onset = MONDAY + 10 * HOUR;
        for (long m = onset; m < onset + HOUR; m += MINUTE) b.observe(m, 5, b.expected(m, c), false, elevated, c, d);
        return b.expected(onset + HOUR, c);
    }

    @Test
    void shouldLetAnElevatedSeriesLiftItsLevelByOneStandardDeviationAMinuteAtMost() {
        // Clipped at expected + 2.5 sd + 1, an hour of a cascade lifts a quiet topic's expectation to 3.25
        // a minute; while the long window is already significant, to 1.69: the cascade stays news.
        assertThat(levelAfterBurst(false)).isCloseTo(3.25, within(0.01));
        assertThat(levelAfterBurst(true)).isCloseTo(1.69, within(0.01));
    }
}
