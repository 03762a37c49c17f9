package dev.crisiswatch.job.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.job.operators.EventClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventClockTest {
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long T0 = Instant.parse("2026-03-02T06:00:00Z").toEpochMilli();
    private static final long YEAR_2099 = Instant.parse("2099-06-01T00:00:00Z").toEpochMilli();

    private final EventClock clock = new EventClock(DAY);

    @Test
    void shouldNotLetABadFirstRecordSetTheClock() {
        clock.offer(YEAR_2099);
        clock.offer(T0);
        clock.offer(T0 + 20_000);

        assertThat(clock.confirmed()).isEqualTo(T0 + 20_000);
    }

    @Test
    void shouldRejectALoneJumpAheadAndKeepTheClock() {
        clock.offer(T0);
        clock.offer(T0 + 1_000);

        assertThat(clock.offer(YEAR_2099)).isFalse();
        assertThat(clock.offer(T0 + 2_000)).isTrue();
        assertThat(clock.offer(YEAR_2099 + 5)).as("a second bad clock after a good event is alone again").isFalse();
        assertThat(clock.confirmed()).isEqualTo(T0 + 2_000);
    }

    @Test
    void shouldFollowAGenuineJumpOnceTheNextEventConfirmsIt() {
        clock.offer(T0);
        clock.offer(T0 + 1_000);
        long nextWeek = T0 + 7 * DAY;

        assertThat(clock.offer(nextWeek)).isFalse();
        assertThat(clock.offer(nextWeek + 30_000)).isTrue();
        assertThat(clock.confirmed()).isEqualTo(nextWeek + 30_000);
    }

    @Test
    void shouldHaveNoClockUntilTwoEventsAgree() {
        assertThat(clock.offer(T0)).isTrue();
        assertThat(clock.confirmed()).isEqualTo(Long.MIN_VALUE);

        clock.offer(T0 - 40_000);

        assertThat(clock.confirmed()).isEqualTo(T0);
    }
}
