package dev.crisiswatch.detect;

import static dev.crisiswatch.detect.Traffic.HOUR;
import static dev.crisiswatch.detect.Traffic.MINUTE;
import static dev.crisiswatch.detect.Traffic.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.model.Alert;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmergingIssueTest {
    private final TopicDetector detector = new TopicDetector(CrisisConfig.defaults());
    private final Traffic t = new Traffic(31);

    /** Runs an emerging term's minutes through the shared detector. */
    private List<Alert> run(String key, TopicState st, long from, long to, java.util.function.LongToIntFunction negativePosts) {
        List<Alert> out = new ArrayList<>();
        TopicMeta meta = TopicMeta.emerging(key);
        for (long m = from; m < to; m += MINUTE) {
            MinuteBucket b = new MinuteBucket(key, m);
            t.mentions(b, negativePosts.applyAsInt(m), -0.6);
            if (!b.isEmpty() || detector.wantsTicks(st)) out.addAll(detector.onMinute(st, b, meta));
        }
        return out;
    }

    @Test
    void shouldRaiseAnEmergingIssueForANewTermThatFloodsWithComplaints() {
        long start = MONDAY + 8 * HOUR;
        // A common word runs steadily from the start of the stream and is never news.
        List<Alert> steady = run("emerging:refund", new TopicState(), start, start + 3 * HOUR, m -> t.poisson(2));
        // Two hours in, a term nobody used appears and spreads: "battery" (the new phone catches fire).
        long onset = start + 2 * HOUR;
        List<Alert> battery = run("emerging:battery", new TopicState(), onset, onset + 20 * MINUTE,
                m -> 1 + (int) ((m - onset) / MINUTE));

        assertThat(steady).isEmpty();
        Alert first = battery.stream().filter(a -> a.severity.isCrisis()).findFirst().orElseThrow();
        assertThat(first.kind).isEqualTo("EMERGING_ISSUE");
        assertThat(first.kinds).containsExactly("EMERGING_ISSUE");
        assertThat(first.owners).isEmpty();
        assertThat(first.reasons.get(0)).contains("about \"battery\"").contains("outside every catalog topic");
        assertThat(java.time.Instant.parse(first.eventTime).toEpochMilli() - onset).isLessThanOrEqualTo(8 * MINUTE);
    }

    @Test
    void shouldHoldASpreadingTermAgainstWhatItUsuallyBringsNotAgainstItsOwnRamp() {
        long start = MONDAY + 8 * HOUR;
        run("emerging:refund", new TopicState(), start, start + HOUR, m -> t.poisson(2)); // start-up is over
        // A strike hashtag that nobody used: its negative posts ramp from none to 2 a minute over two hours.
        long onset = start + 2 * HOUR;
        List<Alert> strike = run("emerging:#acmestrike", new TopicState(), onset, onset + 2 * HOUR,
                m -> t.poisson(2.0 * (m - onset) / (2 * HOUR)));

        Alert first = strike.stream().filter(a -> a.severity.isCrisis()).findFirst().orElseThrow();
        // Held against its own level, which learns the ramp within the hour, this term was a WARNING only
        // after 85 minutes; against what it usually brings (its long run), after 57.
        assertThat(java.time.Instant.parse(first.eventTime).toEpochMilli() - onset).isLessThanOrEqualTo(65 * MINUTE);
    }

    @Test
    void shouldIgnoreAHandfulOfPostsAboutANewTerm() {
        long start = MONDAY + 8 * HOUR;
        run("emerging:refund", new TopicState(), start, start + HOUR, m -> t.poisson(2));
        long later = start + 2 * HOUR;
        List<Alert> out = run("emerging:parking", new TopicState(), later, later + HOUR, m -> (m - later) % (5 * MINUTE) == 0 ? 2 : 0);

        assertThat(out).isEmpty();
    }
}
