package dev.crisiswatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

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
}
