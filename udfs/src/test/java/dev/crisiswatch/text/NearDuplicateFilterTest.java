package dev.crisiswatch.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NearDuplicateFilterTest {
    private static final String[] COMPLAINTS = {
        "@acme my parcel never arrived and your support line just hangs up on me",
        "Three weeks waiting for a refund from acme and still nothing, this is a joke",
        "The acme app keeps crashing every time I try to pay at checkout",
        "acme customer service put me on hold for 90 minutes and then disconnected",
        "My acme order shows delivered but there is nothing at my door",
        "acme charged my card but the order was cancelled without any email",
        "Waited all day at home for the acme delivery slot and nobody came",
        "acme tracking page has said out for delivery for four days now",
        "My acme parcel arrived soaking wet and the contents are ruined",
        "acme has the slowest refund process of any shop I have ever used",
    };

    @Test
    void shouldFlagABotFloodOfOneTemplateAfterItsFirstPost() {
        NearDuplicateFilter filter = new NearDuplicateFilter();
        assertThat(filter.isNearDuplicate("@amy Get FREE followers now! Visit our site today https://t.co/a1")).isFalse();
        assertThat(filter.isNearDuplicate("@bob Get free followers NOW!! visit our site today https://t.co/b2")).isTrue();
        assertThat(filter.isNearDuplicate("@cy get free followers now, visit our site today 😍 https://t.co/c3")).isTrue();
    }

    @Test
    void shouldNotFlagPeopleWhoComplainAboutTheSameThingInTheirOwnWords() {
        NearDuplicateFilter filter = new NearDuplicateFilter();
        for (String c : COMPLAINTS) assertThat(filter.isNearDuplicate(c)).as(c).isFalse();
    }

    @Test
    void shouldNeverFlagShortReplies() {
        NearDuplicateFilter filter = new NearDuplicateFilter();
        assertThat(filter.isNearDuplicate("same here")).isFalse();
        assertThat(filter.isNearDuplicate("same here")).isFalse();
    }

    @Test
    void shouldForgetPostsThatLeftTheWindow() {
        NearDuplicateFilter filter = new NearDuplicateFilter(4, NearDuplicateFilter.DEFAULT_MAX_DISTANCE, 4);
        String spam = "Get FREE followers now! Visit our site today";
        assertThat(filter.isNearDuplicate(spam)).isFalse();
        for (int i = 0; i < 4; i++) filter.isNearDuplicate(COMPLAINTS[i]);
        assertThat(filter.isNearDuplicate(spam)).isFalse();
        assertThat(filter.isNearDuplicate(spam)).isTrue();
    }

    @Test
    void shouldRejectAnEmptyWindowOrImpossibleDistance() {
        assertThatThrownBy(() -> new NearDuplicateFilter(0, 3, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NearDuplicateFilter(8, 64, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldFindANearFingerprintWhereverItSitsInTheRing() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        int window = 200; // not a multiple of the scan's blocks
        NearDuplicateFilter filter = new NearDuplicateFilter(window, 10, 4);
        long[] seen = new long[5_000];
        int near = 0;
        for (int n = 0; n < seen.length; n++) {
            long fp = random.nextLong();
            if (n > 0 && random.nextInt(4) == 0) {
                // A copy of a post 1 to 260 posts back, with up to 12 bits flipped: in or out of the window, near or not.
                fp = seen[Math.max(0, n - 1 - random.nextInt(260))];
                for (int flips = random.nextInt(13); flips > 0; flips--) fp ^= 1L << random.nextInt(64);
            }
            boolean expected = false;
            for (int back = 1; back <= Math.min(window, n); back++) {
                expected |= Long.bitCount(fp ^ seen[n - back]) <= 10;
            }
            assertThat(filter.isNearDuplicate(fp, 16)).as("post %d", n).isEqualTo(expected);
            if (expected) near++;
            seen[n] = fp;
        }
        assertThat(near).isBetween(500, 1_250);
    }
}
