package dev.crisiswatch.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.detect.MinuteBucket;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.Sample;
import dev.crisiswatch.model.TopicCatalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SampleCandidatesTest {
    private static final long T0 = 1_772_530_000_000L / 60_000L * 60_000L;
    private static final String[] TEXTS = {
        "@acme my parcel never arrived, third time this month",
        "@acme parcel delivered to the wrong address again, useless",
        "thanks @acme, the parcel came a day early",
        "@acme where is my parcel? tracking has said 'out for delivery' since Monday",
    };

    @Test
    void shouldDropTheTextOfAPostThatEnoughPostsOfItsTopicMinuteOutrank() {
        SampleCandidates c = new SampleCandidates(3, 2);
        assertThat(c.offer(1, false, sample("a", T0, 900))).isTrue();
        assertThat(c.offer(1, false, sample("b", T0, 500))).isTrue();
        assertThat(c.offer(1, false, sample("c", T0, 100))).as("two posts of topic 1 outrank it").isFalse();
        assertThat(c.offer(1, true, sample("c", T0, 100))).as("its negative list is still short").isTrue();
        assertThat(c.offer(2, false, sample("c", T0, 100))).as("another topic").isTrue();
        assertThat(c.offer(1, false, sample("d", T0 + 60_000, 100))).as("another minute").isTrue();
        assertThat(c.offer(1, false, sample("e", T0, 700))).as("it outranks b").isTrue();
    }

    @Test
    void shouldShowTheBestPostsOfAMinuteWhicheverSubtasksScoreAndCountThem() throws Exception {
        TopicCatalog catalog = TopicCatalog.parse(new ByteArrayInputStream("""
                topics:
                  - id: acme-delivery
                    handles: ["@acme"]
                    keywords: ["parcel", "delivery"]
                """.getBytes(StandardCharsets.UTF_8)), "test.yaml");
        CrisisConfig cfg = CrisisConfig.defaults();
        SplittableRandom random = new SplittableRandom(7);
        List<Event> posts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Event e = new Event();
            e.kind = EventKind.MENTION;
            e.id = "m" + i;
            e.source = "twitter";
            e.ts = T0 + random.nextInt(60_000);
            e.followers = random.nextInt(4) == 0 ? 0 : random.nextLong(50_000); // ties at 0 followers
            e.verified = random.nextInt(10) == 0;
            e.text = TEXTS[random.nextInt(TEXTS.length)] + " #" + i;
            posts.add(e);
        }
        // Two sources score the posts read in turn; the shuffle sends each to a counting subtask by its hash.
        EventScorer[] sources = {new EventScorer(cfg, catalog), new EventScorer(cfg, catalog)};
        MinuteAggregator[] counters = {new MinuteAggregator(cfg, catalog), new MinuteAggregator(cfg, catalog)};
        int carried = 0;
        for (int i = 0; i < posts.size(); i++) {
            ScoredEvent s = sources[i % 2].score(posts.get(i));
            if (s.sample != null) carried++;
            counters[(int) (s.dedupHash & 1)].add(s);
        }
        MinuteBucket merged = new MinuteBucket("acme-delivery", T0);
        for (MinuteAggregator a : counters) a.flushUpTo(Long.MAX_VALUE, b -> merged.merge(b, 5));

        MinuteAggregator single = new MinuteAggregator(cfg, catalog);
        posts.forEach(single::add);
        List<MinuteBucket> alone = new ArrayList<>();
        single.flushUpTo(Long.MAX_VALUE, alone::add);

        List<String> best = posts.stream().map(e -> Sample.of(e, 0, 280))
                .sorted(Sample::compareByReach).limit(5).map(s -> s.id).toList();
        assertThat(merged.samples).extracting(s -> s.id).containsExactlyElementsOf(best);
        assertThat(alone.get(0).samples).extracting(s -> s.id).containsExactlyElementsOf(best);
        assertThat(merged.negativeSamples).extracting(s -> s.id)
                .containsExactlyElementsOf(List.of(alone.get(0).negativeSamples).stream().map(s -> s.id).toList());
        assertThat(merged.mentions).isEqualTo(2_000);
        assertThat(carried).as("posts that carried their text through the shuffle").isLessThan(posts.size() / 4);
    }

    @Test
    void shouldKeepExactlyWhatMergingEachPostIntoItsListWouldKeep() {
        // The reference: each list as MinuteBucket.topSamples of the list and the post, as the tracker first did.
        java.util.Map<String, Sample[]> reference = new java.util.HashMap<>();
        SampleCandidates c = new SampleCandidates(4, 3);
        SplittableRandom random = new SplittableRandom(11);
        Sample previous = null;
        for (int i = 0; i < 20_000; i++) {
            Sample s;
            if (previous != null && random.nextInt(10) == 0) {
                s = previous; // a re-sent post
            } else {
                // Few distinct followers, ids and seconds, so that ties and equal posts are common.
                s = sample("p" + random.nextInt(40), T0 + random.nextInt(8) * 30_000L + i / 500 * 60_000L,
                        random.nextInt(6) * 100L);
                s.verified = random.nextInt(5) == 0;
                if (random.nextBoolean()) s.source = "reddit"; // ranks as the same post, is not equal to it
            }
            previous = s;
            int topic = random.nextInt(4);
            boolean negative = random.nextBoolean();
            String key = MinuteBucket.minuteOf(s.ts) + "/" + topic + "/" + negative;
            Sample[] top = reference.getOrDefault(key, new Sample[0]);
            boolean expected = !(top.length == 3 && Sample.compareByReach(s, top[2]) > 0);
            if (expected) reference.put(key, MinuteBucket.topSamples(top, new Sample[] {s}, 3));
            assertThat(c.offer(topic, negative, s)).as("offer %d", i).isEqualTo(expected);
        }
    }

    private static Sample sample(String id, long ts, long followers) {
        Sample s = new Sample();
        s.type = "mention";
        s.id = id;
        s.source = "twitter";
        s.ts = ts;
        s.followers = followers;
        return s;
    }
}
