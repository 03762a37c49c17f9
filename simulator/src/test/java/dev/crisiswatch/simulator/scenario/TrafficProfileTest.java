package dev.crisiswatch.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TrafficProfileTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void shouldKeepTheAverageRateOverAWeek() {
        TrafficProfile p = new TrafficProfile(TrafficProfile.dailyShape("strong"), TrafficProfile.weeklyShape("weekday"), LONDON);
        long monday = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
        double sum = 0;
        int minutes = 7 * 24 * 60;
        for (int m = 0; m < minutes; m++) sum += p.multiplier(monday + m * 60_000L);
        assertThat(sum / minutes).isCloseTo(1.0, within(0.01));
    }

    @Test
    void shouldMakeEveningsBusierThanNightsInLocalTime() {
        TrafficProfile p = new TrafficProfile(TrafficProfile.dailyShape("consumer"), TrafficProfile.weeklyShape("flat"),
                ZoneId.of("America/New_York"));
        double eveningNewYork = p.multiplier(Instant.parse("2026-03-03T01:00:00Z").toEpochMilli());
        double nightNewYork = p.multiplier(Instant.parse("2026-03-03T08:30:00Z").toEpochMilli());
        assertThat(eveningNewYork / nightNewYork).isGreaterThan(8);
    }

    @Test
    void shouldMakeSaturdayQuieterThanMondayForAWeekdayBrand() {
        TrafficProfile p = new TrafficProfile(TrafficProfile.dailyShape("flat"), TrafficProfile.weeklyShape("weekday"), LONDON);
        double monday = p.multiplier(Instant.parse("2026-03-02T12:00:00Z").toEpochMilli());
        double saturday = p.multiplier(Instant.parse("2026-03-07T12:00:00Z").toEpochMilli());
        assertThat(saturday).isLessThan(monday * 0.75);
    }
}
