package dev.crisiswatch.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpikeTestTest {

    @Test
    void shouldMatchThePoissonTailWhenTheBaselineIsCertain() {
        // P(X >= 10 | Poisson(2)) = 4.65e-5.
        assertThat(SpikeTest.negativeBinomial(10, 2, 1e9)).isCloseTo(-Math.log10(4.6498e-5), within(0.01));
    }

    @Test
    void shouldBeMoreCautiousWhenTheBaselineIsYoung() {
        double certain = SpikeTest.negativeBinomial(12, 3, SpikeTest.shape(3, 240, 5, 0.05));
        double young = SpikeTest.negativeBinomial(12, 3, SpikeTest.shape(3, 2, 5, 0.05));

        assertThat(young).isLessThan(certain - 1);
    }

    @Test
    void shouldScoreCountsAtOrBelowExpectationAsNothing() {
        assertThat(SpikeTest.negativeBinomial(3, 3, 20)).isZero();
        assertThat(SpikeTest.binomial(2, 10, 0.2)).isZero();
    }

    @Test
    void shouldMatchTheBinomialTail() {
        // P(X >= 8 | Bin(10, 0.5)) = 56 / 1024.
        assertThat(SpikeTest.binomial(8, 10, 0.5)).isCloseTo(-Math.log10(56 / 1024.0), within(1e-6));
    }

    @Test
    void shouldCapScoresOfAbsurdSurprise() {
        assertThat(SpikeTest.negativeBinomial(100_000, 1, 1e9)).isEqualTo(SpikeTest.MAX_SCORE);
    }
}
