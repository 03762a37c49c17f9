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
        RateBaseline b = learned(4, h -> h >= 19 && h < 21 ? 12 : 4);
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

    @Test
    void shouldExpectTheFirstSaturdayEveningAtTheWeekdayEveningsRate() {
        // Five weekdays of a supermarket topic: 1 post a minute, 10 a minute from 7 to 8 pm.
        RateBaseline b = learned(5, h -> h == 19 ? 10 : 1);
        long fridayEvening = MONDAY + 4 * DAY + 19 * HOUR + 30 * MINUTE;
        long saturdayEvening = MONDAY + 5 * DAY + 19 * HOUR + 30 * MINUTE;

        // The weekend's hours have no data yet: the Saturday evening is expected like the weekday evenings,
        // not at the daily mean (which the first Saturday's peak of weekly-cycles beat two-fold: a false alarm).
        assertThat(b.seasonalFactor(fridayEvening, c)).isGreaterThan(3);
        assertThat(b.seasonalFactor(saturdayEvening, c)).isCloseTo(b.seasonalFactor(fridayEvening, c), within(0.01));
    }

    /** A baseline that learned {@code days} days from Monday, {@code perMinute} of the hour of day each minute. */
    private RateBaseline learned(int days, java.util.function.LongToDoubleFunction perMinute) {
        RateBaseline b = new RateBaseline();
        b.prime(c.priorMentionsPerMinute, c.priorWeightMinutes);
        for (long m = MONDAY; m < MONDAY + days * DAY; m += MINUTE) {
            b.observe(m, perMinute.applyAsDouble(Math.floorMod(m, DAY) / HOUR), b.expected(m, c), false, false, c, d);
        }
        return b;
    }
}
