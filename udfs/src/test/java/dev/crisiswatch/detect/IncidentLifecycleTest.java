package dev.crisiswatch.detect;

import static dev.crisiswatch.detect.Traffic.DAY;
import static dev.crisiswatch.detect.Traffic.HOUR;
import static dev.crisiswatch.detect.Traffic.MINUTE;
import static dev.crisiswatch.detect.Traffic.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertCodec;
import dev.crisiswatch.model.AlertStatus;
import java.time.Instant;
import java.util.List;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

class IncidentLifecycleTest {
    private static final String KEY = "acme-delivery";
    private static final long START = MONDAY + 2 * DAY;

    /** Two days of ordinary traffic, then {@code hours} more in which angry posts (15 a minute) come when {@code angry}. */
    private static Harness scenario(long seed, int hours, LongPredicate angry) {
        Traffic t = new Traffic(seed);
        Harness h = new Harness(Harness.delivery());
        h.run(MONDAY, START + hours * HOUR, m -> {
            MinuteBucket b = t.background(KEY, m, 5 * Traffic.diurnal(m), 0.2, 0.3, 0.3 * Traffic.diurnal(m));
            if (angry.test(m)) t.mentions(b, 15, -0.7);
            return b;
        });
        return h;
    }

    private static long at(Alert a) {
        return Instant.parse(a.eventTime).toEpochMilli();
    }

    @Test
    void shouldOpenUpdateAndResolveOneIncident() {
        long onset = START + 10 * HOUR;
        // A crisis that builds for 40 minutes (angry posts growing), then dies out.
        Traffic t = new Traffic(11);
        Harness h = new Harness(Harness.delivery());
        h.run(MONDAY, START + 16 * HOUR, m -> {
            MinuteBucket b = t.background(KEY, m, 5 * Traffic.diurnal(m), 0.2, 0.3, 0.3 * Traffic.diurnal(m));
            long k = (m - onset) / MINUTE;
            if (k >= 0 && k < 40) t.mentions(b, (int) (3 + k), -0.7);
            return b;
        });

        List<Alert> incident = h.since(onset);
        assertThat(incident).extracting(a -> a.status).startsWith(AlertStatus.OPEN).endsWith(AlertStatus.RESOLVED)
                .filteredOn(s -> s == AlertStatus.OPEN).hasSize(1);
        assertThat(incident).extracting(a -> a.status).contains(AlertStatus.UPDATE);
        assertThat(incident).extracting(a -> a.incidentId).containsOnly(incident.get(0).incidentId);
        assertThat(incident).extracting(a -> a.alertId).doesNotHaveDuplicates();
        Alert resolved = incident.get(incident.size() - 1);
        assertThat(at(resolved)).isGreaterThanOrEqualTo(onset + 70 * MINUTE);
        assertThat(resolved.reasons.get(0)).startsWith("back near baseline for 30 min");
        assertThat(h.state.incident.open).isFalse();
        assertThat(h.detector.wantsTicks(h.state)).isFalse();
    }

    @Test
    void shouldRateLimitUpdatesUnlessSeverityRises() {
        long onset = START + 11 * HOUR;
        Harness h = scenario(12, 14, m -> m >= onset && m < onset + 3 * HOUR);

        List<Alert> updates = h.since(onset).stream().filter(a -> a.status == AlertStatus.UPDATE).toList();
        for (int i = 1; i < updates.size(); i++) {
            boolean rose = updates.get(i).severity.compareTo(updates.get(i - 1).severity) > 0;
            if (!rose) assertThat(at(updates.get(i)) - at(updates.get(i - 1))).isGreaterThanOrEqualTo(10 * MINUTE);
        }
        // Three hours of a steady crisis do not keep paging people: volume must double for each UPDATE.
        assertThat(updates.size()).isLessThanOrEqualTo(6);
    }

    @Test
    void shouldNotFlapWhenACrisisComesAndGoesInWaves() {
        long onset = START + 10 * HOUR;
        // Angry waves: 10 minutes on, 10 minutes off, for two hours.
        Harness h = scenario(13, 16, m -> m >= onset && m < onset + 2 * HOUR && ((m - onset) / MINUTE / 10) % 2 == 0);

        assertThat(h.since(onset)).filteredOn(a -> a.status == AlertStatus.OPEN).hasSize(1);
    }

    @Test
    void shouldWaitForTheCooldownBeforeReopeningAtTheSameSeverity() {
        long first = START + 10 * HOUR;
        Traffic t = new Traffic(14);
        Harness h = new Harness(Harness.delivery());
        h.run(MONDAY, START + 15 * HOUR, m -> {
            MinuteBucket b = t.background(KEY, m, 5 * Traffic.diurnal(m), 0.2, 0.3, 0.3 * Traffic.diurnal(m));
            if (m >= first && m < first + 15 * MINUTE) t.mentions(b, 12, -0.7);
            return b;
        });
        Alert resolved = h.since(first).stream().filter(a -> a.status == AlertStatus.RESOLVED).findFirst().orElseThrow();
        // A smaller flare-up 20 minutes after the all-clear is part of the same story, not a new page.
        long flare = at(resolved) + 20 * MINUTE;
        h.run(START + 15 * HOUR, START + 15 * HOUR + 1, m -> new MinuteBucket(KEY, m));
        Harness again = h;
        again.run(flare, flare + 10 * MINUTE, m -> {
            MinuteBucket b = t.background(KEY, m, 5 * Traffic.diurnal(m), 0.2, 0.3, 0.3 * Traffic.diurnal(m));
            t.mentions(b, 8, -0.7);
            return b;
        });

        assertThat(h.since(at(resolved))).noneMatch(a -> a.status == AlertStatus.OPEN);
    }

    @Test
    void shouldProduceByteIdenticalAlertsForTheSameInput() {
        long onset = START + 13 * HOUR;
        LongPredicate angry = m -> m >= onset && m < onset + 30 * MINUTE;
        List<String> first = scenario(15, 16, angry).alerts.stream().map(AlertCodec::toJson).toList();
        List<String> second = scenario(15, 16, angry).alerts.stream().map(AlertCodec::toJson).toList();

        assertThat(first).isNotEmpty().isEqualTo(second);
    }
}
