package dev.crisiswatch.simulator.evaluate.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertStatus;
import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.simulator.evaluate.MinuteSeries;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineDetectorTest {
    private static final long T0 = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
    private static final CatalogTopic DELIVERY = new CatalogTopic("acme-delivery", "ACME deliveries",
            List.of("never arrived"), null, null, null, List.of("pr-oncall"));

    @Test
    void shouldRaiseTheHourOverHalfDayAlertWhenTheLastHourDoublesTheAverageAboveFifty() {
        // 14 quiet hours at 1 mention a minute (60/h), then 3 a minute: the hour reaches 120 after 30 minutes.
        int[] mentions = new int[16 * 60];
        Arrays.fill(mentions, 0, 14 * 60, 1);
        Arrays.fill(mentions, 14 * 60, mentions.length, 3);

        List<Alert> alerts = new BaselineDetector(new HourOverHalfDayRule()).detect(DELIVERY, series(mentions, new int[mentions.length]));

        assertThat(alerts).hasSize(1);
        Alert open = alerts.get(0);
        assertThat(open.status).isEqualTo(AlertStatus.OPEN);
        assertThat(open.kind).isEqualTo("VOLUME_SPIKE");
        assertThat(open.owners).containsExactly("pr-oncall");
        // After k minutes of surge the last hour holds (60 - k) + 3k = 60 + 2k >= 120 at k = 30.
        assertThat(open.eventTime).isEqualTo(Instant.ofEpochMilli(T0 + (14 * 60 + 30) * 60_000L).toString());
        assertThat(open.reasons.get(0)).contains("120 mentions in the last hour");
    }

    @Test
    void shouldStayQuietBelowTheFloorOfFiftyEvenWhenVolumeTriples() {
        int[] mentions = new int[16 * 60];
        for (int i = 0; i < mentions.length; i++) mentions[i] = i < 14 * 60 ? (i % 6 == 0 ? 1 : 0) : (i % 2 == 0 ? 1 : 0);

        assertThat(new BaselineDetector(new HourOverHalfDayRule()).detect(DELIVERY, series(mentions, new int[mentions.length])))
                .isEmpty();
    }

    @Test
    void shouldFireTheFixedRuleAtThirtyNegativePostsInTenMinutesAndResolveAfterHalfAnHourQuiet() {
        int[] negative = new int[180];
        Arrays.fill(negative, 60, 70, 3); // 3 a minute for 10 minutes: 30 at minute 69
        int[] mentions = negative.clone();

        List<Alert> alerts = new BaselineDetector(new FixedNegativeCountRule()).detect(DELIVERY, series(mentions, negative));

        assertThat(alerts).extracting(a -> a.status).containsExactly(AlertStatus.OPEN, AlertStatus.RESOLVED);
        assertThat(alerts.get(0).eventTime).isEqualTo(Instant.ofEpochMilli(T0 + 70 * 60_000L).toString());
        // Quiet from minute 70 (window 61..70 holds 27); the 30th quiet minute is minute 99.
        assertThat(alerts.get(1).eventTime).isEqualTo(Instant.ofEpochMilli(T0 + 100 * 60_000L).toString());
        assertThat(alerts.get(1).incidentId).isEqualTo(alerts.get(0).incidentId);
    }

    private static MinuteSeries series(int[] mentions, int[] negative) {
        return new MinuteSeries("acme-delivery", T0, mentions, negative, new int[mentions.length]);
    }
}
