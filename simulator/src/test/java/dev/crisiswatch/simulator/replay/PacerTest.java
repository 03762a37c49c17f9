package dev.crisiswatch.simulator.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacerTest {
    /** A clock that advances only when slept on. */
    static final class FakeClock implements Pacer.Clock {
        long now = 1_000_000_000L;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepNanos(long nanos) {
            now += nanos;
        }
    }

    @Test
    void shouldReleaseEventsAtTheirRecordedGapsDividedBySpeed() {
        FakeClock clock = new FakeClock();
        Pacer pacer = new Pacer(60, clock);
        long start = clock.now;

        pacer.awaitTurn(0);
        pacer.awaitTurn(60_000); // one recorded minute
        long afterOneMinute = clock.now - start;
        pacer.awaitTurn(3_600_000); // one recorded hour

        assertThat(afterOneMinute).isEqualTo(1_000_000_000L);
        assertThat(clock.now - start).isEqualTo(60_000_000_000L);
    }

    @Test
    void shouldSendALateEventAtOnceWithoutTurningTheClockBack() {
        FakeClock clock = new FakeClock();
        Pacer pacer = new Pacer(1, clock);
        pacer.awaitTurn(10_000);
        pacer.awaitTurn(20_000);
        long before = clock.now;

        pacer.awaitTurn(12_000);

        assertThat(clock.now).isEqualTo(before);
        assertThat(pacer.simulatedTs()).isEqualTo(20_000);
    }

    @Test
    void shouldKeepTheProgressAliveThroughALongQuietGap() {
        FakeClock clock = new FakeClock();
        List<Long> ticks = new ArrayList<>();
        Pacer pacer = new Pacer(1, clock, ticks::add);
        pacer.awaitTurn(0);

        pacer.awaitTurn(2_000); // two recorded seconds of silence

        assertThat(ticks).hasSize(7).containsOnly(2_000L);
    }

    @Test
    void shouldNeverWaitAtMaxSpeed() {
        FakeClock clock = new FakeClock();
        Pacer pacer = new Pacer(Pacer.parseSpeed("max"), clock);
        long before = clock.now;

        pacer.awaitTurn(0);
        pacer.awaitTurn(86_400_000);

        assertThat(clock.now).isEqualTo(before);
    }

    @Test
    void shouldRejectASpeedThatIsNotPositive() {
        assertThat(Pacer.parseSpeed("60x")).isEqualTo(60.0);
        assertThatThrownBy(() -> Pacer.parseSpeed("0")).isInstanceOf(IllegalArgumentException.class);
    }
}
