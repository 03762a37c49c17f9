package dev.crisiswatch.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SlowWindowStatsTest {
    private static final long MINUTE = 60_000L;

    @Test
    void shouldCarryPositivePostsAndTheMeanToneIntoItsWindow() {
        SlowWindow w = new SlowWindow();
        for (int i = 0; i < 30; i++) {
            MinuteBucket b = new MinuteBucket("acme-delivery", i * MINUTE);
            b.mentions = 10;
            b.negativeMentions = 6;
            b.positiveMentions = 2;
            b.sentimentMicros = -3_000_000; // mean -0.3 a post
            w.add(b, 0.99, 10, 1);
        }
        WindowStats s = w.stats();

        assertThat(s.share(s.positive())).isCloseTo(0.2, within(0.01));
        assertThat(s.share(s.negative())).isCloseTo(0.6, within(0.01));
        assertThat(s.meanSentiment()).isCloseTo(-0.3, within(0.01));
    }
}
