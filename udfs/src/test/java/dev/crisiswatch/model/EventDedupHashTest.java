package dev.crisiswatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventDedupHashTest {
    private static Event mention(String source, String id) {
        Event e = new Event();
        e.kind = EventKind.MENTION;
        e.source = source;
        e.id = id;
        return e;
    }

    private static Event complaint(String id) {
        Event e = new Event();
        e.kind = EventKind.COMPLAINT;
        e.id = id;
        e.source = "email";
        return e;
    }

    @Test
    void shouldHashTheSamePostAlikeWhateverElseDiffers() {
        Event first = mention("twitter", "1772409619069");
        Event resent = mention("twitter", "1772409619069");
        resent.text = "edited text, captured again";
        resent.ts = 1_772_409_700_000L;
        assertThat(resent.dedupHash()).isEqualTo(first.dedupHash());
    }

    @Test
    void shouldTellNetworksAndStreamsApart() {
        assertThat(mention("twitter", "42").dedupHash()).isNotEqualTo(mention("reddit", "42").dedupHash());
        assertThat(mention("email", "42").dedupHash()).isNotEqualTo(complaint("42").dedupHash());
    }

    @Test
    void shouldIgnoreTheChannelOfAComplaintAsItsKeyDoes() {
        Event byPhone = complaint("T-1");
        byPhone.source = "phone";
        assertThat(byPhone.dedupHash()).isEqualTo(complaint("T-1").dedupHash());
    }

    @Test
    void shouldNotConfuseWhereTheSourceEndsAndTheIdBegins() {
        assertThat(mention("news", "paper-7").dedupHash()).isNotEqualTo(mention("newspaper", "-7").dedupHash());
    }

    @Test
    void shouldGiveTwoMillionSequentialAndNearIdenticalIdsDistinctHashes() {
        Set<Long> seen = new HashSet<>();
        String[] sources = {"twitter", "facebook", "reddit", "news"};
        for (int i = 0; i < 500_000; i++) {
            for (String s : sources) seen.add(mention(s, "p" + (7_000_000_000L + i)).dedupHash());
        }
        assertThat(seen).hasSize(2_000_000);
    }
}
