package dev.crisiswatch.detect;

import static dev.crisiswatch.detect.Traffic.DAY;
import static dev.crisiswatch.detect.Traffic.HOUR;
import static dev.crisiswatch.detect.Traffic.MINUTE;
import static dev.crisiswatch.detect.Traffic.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.model.Alert;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ColdStartAndGapsTest {
    private static final String KEY = "acme-delivery";

    @Test
    void shouldStayQuietWhileABusyTopicWarmsUpAndStillCatchACrisisInItsSecondHour() {
        Traffic t = new Traffic(21);
        Harness h = new Harness(Harness.delivery());
        long start = MONDAY + 10 * HOUR;
        long onset = start + 90 * MINUTE;
        // A busy topic from the first minute of the stream: 20 mentions a minute, a quarter of them negative.
        h.run(start, onset, m -> t.background(KEY, m, 20, 0.25, 0.3, 1));
        assertThat(h.alerts).isEmpty();

        h.run(onset, onset + 20 * MINUTE, m -> {
            MinuteBucket b = t.background(KEY, m, 20, 0.25, 0.3, 1);
            t.mentions(b, 10 + 3 * (int) ((m - onset) / MINUTE), -0.7);
            return b;
        });
        Alert first = h.crises().get(0);
        assertThat(Instant.parse(first.eventTime).toEpochMilli() - onset).isLessThanOrEqualTo(5 * MINUTE);
    }

    @Test
    void shouldJudgeATopicThatAppearsLaterAgainstAQuietPrior() {
        Traffic t = new Traffic(22);
        TopicDetector shared = new TopicDetector(dev.crisiswatch.config.CrisisConfig.defaults());
        // The stream has been running for a day (another key) when a topic nobody mentioned erupts.
        shared.onMinute(new TopicState(), t.background("other", MONDAY, 3, 0.2, 0.3, 0), Harness.delivery());
        Harness h = new Harness(Harness.delivery());
        long onset = MONDAY + DAY + 14 * HOUR;
        TopicState st = h.state;
        int crises = 0;
        long firstCrisis = -1;
        for (long m = onset; m < onset + 15 * MINUTE; m += MINUTE) {
            MinuteBucket b = t.background(KEY, m, 0, 0, 0, 0);
            t.mentions(b, 4 + 2 * (int) ((m - onset) / MINUTE), -0.7);
            for (Alert a : shared.onMinute(st, b, h.meta)) {
                if (a.severity.isCrisis() && firstCrisis < 0) firstCrisis = Instant.parse(a.eventTime).toEpochMilli();
                if (a.severity.isCrisis()) crises++;
            }
        }
        assertThat(crises).isPositive();
        assertThat(firstCrisis - onset).isLessThanOrEqualTo(6 * MINUTE);
    }

    @Test
    void shouldLearnADailyEveningPeakOverAWeekAndNotFireOnIt() {
        Traffic t = new Traffic(23);
        Harness h = new Harness(Harness.delivery());
        // Every evening 19:00-21:00 UTC the topic triples (people get home and check their parcels).
        h.run(MONDAY, MONDAY + 8 * DAY, m -> {
            double evening = Math.floorMod(m, DAY) >= 19 * HOUR && Math.floorMod(m, DAY) < 21 * HOUR ? 3 : 1;
            return t.background(KEY, m, 4 * Traffic.diurnal(m) * evening, 0.2, 0.3, 0.2 * Traffic.diurnal(m) * evening);
        });

        assertThat(h.crises()).isEmpty();
        assertThat(h.since(MONDAY + 6 * DAY)).isEmpty();
    }

    @Test
    void shouldTreatDaysOfSilenceAsEmptyMinutesWithoutAlarm() {
        Traffic t = new Traffic(24);
        Harness h = new Harness(Harness.delivery());
        h.run(MONDAY, MONDAY + 2 * DAY, m -> t.background(KEY, m, 5 * Traffic.diurnal(m), 0.2, 0.3, 0.3 * Traffic.diurnal(m)));
        double rateBefore = h.state.mentionRate.longRunRate();
        // The source was down for four days; traffic comes back as usual.
        long back = MONDAY + 6 * DAY;
        h.feed(t.background(KEY, back + 10 * HOUR, 5, 0.2, 0.3, 0.3));
        double rateAfterGap = h.state.mentionRate.longRunRate();
        h.run(back + 10 * HOUR + MINUTE, back + DAY, m -> t.background(KEY, m, 5 * Traffic.diurnal(m), 0.2, 0.3, 0.3 * Traffic.diurnal(m)));

        assertThat(h.crises()).isEmpty();
        // Four days of zeros, learned in closed form: the long run now averages a mostly silent week.
        assertThat(rateAfterGap).isBetween(0.05 * rateBefore, 0.5 * rateBefore);
    }

    @Test
    void shouldHoldTheSlowWindowOverEmptyNightMinutesAtWhatTheNightUsuallyBrings() {
        Traffic t = new Traffic(23);
        Harness h = new Harness(Harness.delivery());
        // A quiet topic, a post every two minutes by day and one every twenty at night: most night minutes are empty.
        h.run(MONDAY, MONDAY + 3 * DAY + 4 * HOUR, m -> t.background(KEY, m, 0.5 * Traffic.diurnal(m), 0.3, 0.3, 0));

        long four = MONDAY + 3 * DAY + 4 * HOUR;
        double night = h.state.mentionRate.usual(four, dev.crisiswatch.config.CrisisConfig.defaults().detection);
        double perMinute = h.state.slow.expectedMentions / h.state.slow.minutes;
        // At 4 am the slow window expects about what those hours bring (0.05 a minute), not the daily mean
        // (0.26 a minute): held at the daily mean, a night crisis on this topic hid under the day's volume.
        assertThat(h.state.mentionRate.longRunRate()).isGreaterThan(0.2);
        assertThat(perMinute).isLessThan(1.5 * night).isLessThan(0.08);
    }
}
