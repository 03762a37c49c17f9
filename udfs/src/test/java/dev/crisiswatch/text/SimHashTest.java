package dev.crisiswatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {
    private final SimHash simHash = new SimHash();

    @Test
    void shouldGiveIdenticalFingerprintsWhenOnlyHandlesLinksAndNumbersDiffer() {
        long a = simHash.fingerprint("@amy win a FREE iPhone 15 today, just retweet and follow https://t.co/a1");
        long b = simHash.fingerprint("@bob_77 win a free iphone 16 today just retweet and follow https://t.co/zz9");
        assertThat(SimHash.distance(a, b)).isZero();
    }

    @Test
    void shouldKeepSpunSpamWithOneSwappedWordClose() {
        long a = simHash.fingerprint("Check out the new ACME deals this weekend only, amazing prices on all items #acme #deals");
        long b = simHash.fingerprint("Check out the new ACME deals this weekend only, amazing prices on all items #acme #sale");
        assertThat(SimHash.distance(a, b)).isLessThanOrEqualTo(NearDuplicateFilter.DEFAULT_MAX_DISTANCE);
    }

    @Test
    void shouldKeepDifferentComplaintsAboutTheSameTopicFarApart() {
        long a = simHash.fingerprint("@acme my parcel never arrived and your support line just hangs up on me");
        long b = simHash.fingerprint("My acme parcel arrived soaking wet and the contents are ruined");
        long c = simHash.fingerprint("acme lost my parcel again, thanks for nothing");
        assertThat(SimHash.distance(a, b)).isGreaterThan(NearDuplicateFilter.DEFAULT_MAX_DISTANCE + 5);
        assertThat(SimHash.distance(a, c)).isGreaterThan(NearDuplicateFilter.DEFAULT_MAX_DISTANCE + 5);
        assertThat(SimHash.distance(b, c)).isGreaterThan(NearDuplicateFilter.DEFAULT_MAX_DISTANCE + 5);
    }

    @Test
    void shouldIgnoreCaseAndFullWidthForms() {
        assertThat(simHash.fingerprint("ＡＣＭＥ Lost My Parcel")).isEqualTo(simHash.fingerprint("acme lost my parcel"));
    }

    @Test
    void shouldCountWordsAndGiveZeroForATextWithoutWords() {
        assertThat(simHash.fingerprint("!!! @acme https://t.co/x 123")).isZero();
        assertThat(simHash.lastWordCount()).isZero();
        simHash.fingerprint("late again #acmefail");
        assertThat(simHash.lastWordCount()).isEqualTo(3);
    }
}
