package dev.crisiswatch.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.detect.MinuteBucket;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.TopicCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CoTermCountTest {
    private static final long T0 = 1_772_530_000_000L / 60_000L * 60_000L;

    @Test
    void shouldCountWhichOtherTermsAnEmergingTermsPostsCarry() throws IOException {
        Map<String, MinuteBucket> byKey = aggregate(
                "nobody told customers about the acme strike. parcels just sitting there #acmestrike",
                "nobody told customers about the acme strike. parcels just sitting there #acmestrike",
                "#acmestrike no parcels today, this is a disgrace");

        MinuteBucket nobodyTold = byKey.get("emerging:nobody told");
        assertThat(coTerm(nobodyTold, "#acmestrike")).isEqualTo(2);
        assertThat(coTerm(nobodyTold, "acme strike")).isEqualTo(2);
        assertThat(coTerm(nobodyTold, "nobody told")).isZero(); // never its own co-term
        MinuteBucket hashtag = byKey.get("emerging:#acmestrike");
        assertThat(hashtag.mentions).isEqualTo(3);
        assertThat(coTerm(hashtag, "nobody told")).isEqualTo(2);
        assertThat(hashtag.coTermPosts).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void shouldMergeTheCoTermsOfTwoSubtasksWhateverTheOrder() {
        MinuteBucket a = new MinuteBucket("emerging:nobody told", T0);
        MinuteBucket b = new MinuteBucket("emerging:nobody told", T0);
        a.addCoTerms(new String[] {"nobody told", "#acmestrike", "acme strike"}, "nobody told");
        b.addCoTerms(new String[] {"nobody told", "#acmestrike"}, "nobody told");
        b.addCoTerms(new String[] {"nobody told", "#acmestrike", "my parcel"}, "nobody told");
        MinuteBucket a2 = new MinuteBucket("emerging:nobody told", T0);
        MinuteBucket b2 = new MinuteBucket("emerging:nobody told", T0);
        a2.merge(b, 5);
        a2.merge(a, 5);
        b2.merge(a, 5);
        b2.merge(b, 5);

        assertThat(a2.coTerms).containsExactly("#acmestrike", "acme strike", "my parcel");
        assertThat(a2.coTermPosts).containsExactly(3, 1, 1);
        assertThat(b2.coTerms).containsExactly(a2.coTerms);
    }

    @Test
    void shouldCountManyDistinctCoTermsExactlyAsTheyGrowPastTheIndex() {
        MinuteBucket b = new MinuteBucket("emerging:nobody told", T0);
        Map<String, Integer> expected = new TreeMap<>();
        java.util.Random random = new java.util.Random(7);
        for (int post = 0; post < 400; post++) {
            String[] terms = {"nobody told", "pair " + random.nextInt(300), "pair " + random.nextInt(30), "#strike"};
            b.addCoTerms(terms, "nobody told");
            for (int i = 1; i < terms.length; i++) expected.merge(terms[i], 1, Integer::sum);
        }

        assertThat(b.coTerms).hasSize(expected.size());
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            assertThat(coTerm(b, e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void shouldNotTrustALookupBuiltForArraysThatWereReplaced() {
        MinuteBucket b = new MinuteBucket("emerging:nobody told", T0);
        String[] many = new String[40];
        for (int i = 0; i < many.length; i++) many[i] = "pair " + i;
        b.addCoTerms(many, "nobody told"); // past the index threshold: a lookup is built
        String[] other = new String[40];
        for (int i = 0; i < other.length; i++) other[i] = "other " + i;
        b.coTerms = other; // as a deserializer reusing the object would set them: same length, other terms
        b.coTermPosts = new int[40];

        b.addCoTerms(new String[] {"pair 3", "other 5"}, "nobody told");

        assertThat(coTerm(b, "other 5")).isEqualTo(1);
        assertThat(coTerm(b, "pair 3")).isEqualTo(1);
        assertThat(b.coTerms).hasSize(41);
    }

    private static int coTerm(MinuteBucket b, String term) {
        for (int i = 0; i < b.coTerms.length; i++) if (b.coTerms[i].equals(term)) return b.coTermPosts[i];
        return 0;
    }

    private static Map<String, MinuteBucket> aggregate(String... texts) throws IOException {
        TopicCatalog catalog = TopicCatalog.parse(new ByteArrayInputStream("""
                topics:
                  - id: acme-returns
                    keywords: ["acme returns"]
                """.getBytes(StandardCharsets.UTF_8)), "test.yaml");
        MinuteAggregator agg = new MinuteAggregator(CrisisConfig.defaults(), catalog);
        int n = 0;
        for (String text : texts) {
            Event e = new Event();
            e.kind = EventKind.MENTION;
            e.id = "m" + n++;
            e.ts = T0 + n * 1_000;
            e.source = "twitter";
            e.text = text;
            e.followers = 100;
            agg.add(e);
        }
        List<MinuteBucket> out = new ArrayList<>();
        agg.flushUpTo(Long.MAX_VALUE, out::add);
        Map<String, MinuteBucket> byKey = new TreeMap<>();
        for (MinuteBucket b : out) byKey.put(b.key, b);
        return byKey;
    }
}
