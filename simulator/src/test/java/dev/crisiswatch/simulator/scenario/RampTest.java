package dev.crisiswatch.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RampTest {
    private static final long H = 3_600_000;

    @Test
    void shouldRiseHoldAndFadeBetweenItsStartAndEnd() {
        Ramp slowBurn = new Ramp(6, 0, 30 * H, 20 * H, 4 * H);
        assertThat(slowBurn.perMinuteAt(-1)).isZero();
        assertThat(slowBurn.perMinuteAt(10 * H)).isEqualTo(3.0);
        assertThat(slowBurn.perMinuteAt(24 * H)).isEqualTo(6.0);
        assertThat(slowBurn.perMinuteAt(28 * H)).isEqualTo(3.0);
        assertThat(slowBurn.perMinuteAt(30 * H)).isZero();
    }

    @Test
    void shouldRefuseARampWhoseSlopesDoNotFit() {
        assertThatThrownBy(() -> new Ramp(6, 0, 2 * H, 90 * 60_000L, 60 * 60_000L))
                .hasMessageContaining("rampUp + fadeOut");
    }
}
