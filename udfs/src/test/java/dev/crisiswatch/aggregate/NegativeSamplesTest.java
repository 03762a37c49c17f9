package dev.crisiswatch.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.detect.MinuteBucket;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.Sample;
import dev.crisiswatch.model.TopicCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegativeSamplesTest {
    private static final long T0 = 1_772_530_000_000L / 60_000L * 60_000L;

    @Test
    void shouldKeepTheNegativePostsAndComplaintsApartFromTheBusiestPosts() throws IOException {
        MinuteBucket b = aggregate(List.of(
                mention("m1", "loving the new @acme lockers, so handy!", 900_000),
                mention("m2", "@acme great service today, thank you", 500_000),
                mention("m3", "@acme lost my parcel again, worst delivery ever", 2_000),
                mention("m4", "@acme my parcel never arrived, absolutely useless", 300),
                complaint("c1", "my parcel never arrived and nobody answers the phone")));

        assertThat(b.samples).extracting(s -> s.id).startsWith("m1", "m2");
        assertThat(b.negativeSamples).extracting(s -> s.id).containsExactly("m3", "m4", "c1");
    }

    @Test
    void shouldMergeNegativeSamplesOfTwoSubtasksByReach() {
        MinuteBucket a = new MinuteBucket("acme-delivery", T0);
        MinuteBucket b = new MinuteBucket("acme-delivery", T0);
        a.offerNegativeSample(sample("a1", 40), 2);
        a.offerNegativeSample(sample("a2", 10), 2);
        b.offerNegativeSample(sample("b1", 25), 2);

        a.merge(b, 2);

        assertThat(a.negativeSamples).extracting(s -> s.id).containsExactly("a1", "b1");
    }

    private static MinuteBucket aggregate(List<Event> events) throws IOException {
        TopicCatalog catalog = TopicCatalog.parse(new ByteArrayInputStream("""
                topics:
                  - id: acme-delivery
                    handles: ["@acme"]
                    keywords: ["parcel", "delivery", "lockers", "service"]
                """.getBytes(StandardCharsets.UTF_8)), "test.yaml");
        MinuteAggregator agg = new MinuteAggregator(CrisisConfig.defaults(), catalog);
        events.forEach(agg::add);
        List<MinuteBucket> out = new ArrayList<>();
        agg.flushUpTo(Long.MAX_VALUE, out::add);
        assertThat(out).extracting(x -> x.key).containsExactly("acme-delivery");
        return out.get(0);
    }

    private static Event mention(String id, String text, long followers) {
        Event e = event(EventKind.MENTION, id, "twitter", text);
        e.followers = followers;
        return e;
    }

    private static Event complaint(String id, String text) {
        Event e = event(EventKind.COMPLAINT, id, "email", text);
        e.category = "delivery";
        return e;
    }

    private static Event event(EventKind kind, String id, String source, String text) {
        Event e = new Event();
        e.kind = kind;
        e.id = id;
        e.ts = T0 + 1_000;
        e.source = source;
        e.text = text;
        return e;
    }

    private static Sample sample(String id, long followers) {
        Event e = mention(id, "@acme parcel lost", followers);
        return Sample.of(e, -0.6, 280);
    }
}
