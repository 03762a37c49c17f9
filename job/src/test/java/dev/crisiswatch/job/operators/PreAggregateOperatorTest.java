package dev.crisiswatch.job.operators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.aggregate.EventScorer;
import dev.crisiswatch.aggregate.ScoredEvent;
import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.detect.MinuteBucket;
import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.TopicCatalog;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class PreAggregateOperatorTest {
    static final TopicCatalog CATALOG = new TopicCatalog(List.of(new CatalogTopic("acme-delivery", "Deliveries",
            List.of("parcel"), List.of("#acmefail"), List.of("@acmehelp"), List.of("delivery"), List.of("pr"))));
    static final long T0 = 1_772_409_600_000L; // 2026-03-02T00:00:00Z

    static Event mention(String id, long ts, String text, long followers) {
        Event e = DeduplicatorTest.mention("twitter", id, ts);
        e.text = text;
        e.followers = followers;
        return e;
    }

    /** The job scores events before the shuffle; the operator gets them scored. */
    static ScoredEvent scored(Event e) {
        return new EventScorer(CrisisConfig.defaults(), CATALOG).score(e);
    }

    private static OneInputStreamOperatorTestHarness<ScoredEvent, MinuteBucket> harness() throws Exception {
        return new OneInputStreamOperatorTestHarness<>(new PreAggregateOperator(CrisisConfig.defaults(), CATALOG));
    }

    @Test
    void shouldEmitOneBucketPerTopicAndMinuteWhenTheWatermarkClosesTheMinute() throws Exception {
        try (var h = harness()) {
            h.open();
            h.processElement(scored(mention("1", T0 + 1_000, "my parcel is lost, worst service", 10)), T0 + 1_000);
            h.processElement(scored(mention("2", T0 + 2_000, "parcel arrived, thanks!", 5_000)), T0 + 2_000);
            h.processElement(scored(mention("3", T0 + 61_000, "parcel late again", 7)), T0 + 61_000);
            h.processWatermark(T0 + 59_998);
            assertThat(h.extractOutputValues()).isEmpty();
            h.processWatermark(T0 + 59_999);
            List<MinuteBucket> out = h.extractOutputValues();
            assertThat(out).hasSize(1);
            MinuteBucket b = out.get(0);
            assertThat(b.key).isEqualTo("acme-delivery");
            assertThat(b.minute).isEqualTo(T0);
            assertThat(b.mentions).isEqualTo(2);
            assertThat(b.reach).isEqualTo(5_010);
            assertThat(b.samples).extracting(s -> s.id).containsExactly("2", "1");
        }
    }

    @Test
    void shouldKeepOpenBucketsAcrossACheckpoint() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            h.open();
            h.processElement(scored(mention("1", T0 + 1_000, "parcel lost", 10)), T0 + 1_000);
            snapshot = h.snapshot(1, T0 + 2_000);
        }
        try (var h = harness()) {
            h.initializeState(snapshot);
            h.open();
            h.processElement(scored(mention("2", T0 + 3_000, "parcel lost too", 10)), T0 + 3_000);
            h.processWatermark(T0 + 60_000);
            assertThat(h.extractOutputValues()).singleElement().satisfies(b -> assertThat(b.mentions).isEqualTo(2));
        }
    }

    @Test
    void shouldCountComplaintsByCategoryInTheirTopic() throws Exception {
        try (var h = harness()) {
            h.open();
            Event c = mention("c1", T0 + 5_000, "Customer calls about an order", 0);
            c.kind = dev.crisiswatch.model.EventKind.COMPLAINT;
            c.category = "delivery";
            c.priority = "urgent";
            h.processElement(scored(c), T0 + 5_000);
            h.processWatermark(T0 + 60_000);
            assertThat(h.extractOutputValues()).singleElement().satisfies(b -> {
                assertThat(b.complaints).isEqualTo(1);
                assertThat(b.urgentComplaints).isEqualTo(1);
                assertThat(b.mentions).isZero();
            });
        }
    }
}
