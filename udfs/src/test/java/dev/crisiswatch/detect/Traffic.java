package dev.crisiswatch.detect;

import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.Sample;
import java.time.Instant;
import java.util.Random;

/** Synthetic but realistic minute buckets for detector tests, built through {@link MinuteBucket#add}. Seeded. */
final class Traffic {
    static final long MINUTE = 60_000L;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;
    /** A Monday, 00:00 UTC. */
    static final long MONDAY = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();

    private static final String[] NEGATIVE = {
        "Third week waiting for my parcel, @acme this is a joke", "never arrived and support hung up on me",
        "worst delivery experience ever, refund now", "so the driver just threw it over the fence. great."};
    private static final String[] NEUTRAL = {"anyone know when @acme opens on sunday?", "parcel tracking says out for delivery"};
    private static final String[] POSITIVE = {"Love the new acme app, delivery in 2 hours!", "shoutout to the acme driver, so kind"};

    private final Random rnd;
    private int seq;

    Traffic(long seed) {
        this.rnd = new Random(seed);
    }

    /** Ordinary traffic: Poisson mentions split by the given shares, Poisson complaints. */
    MinuteBucket background(String key, long minute, double mentionsPerMinute, double negativeShare,
            double positiveShare, double complaintsPerMinute) {
        MinuteBucket b = new MinuteBucket(key, minute);
        int n = poisson(mentionsPerMinute);
        for (int i = 0; i < n; i++) {
            double u = rnd.nextDouble();
            double sentiment = u < negativeShare ? -0.6 : u < negativeShare + positiveShare ? 0.6 : 0.0;
            mention(b, sentiment, 50 + rnd.nextInt(2_000), false, false);
        }
        complaints(b, poisson(complaintsPerMinute), "email");
        return b;
    }

    /** Adds {@code n} mentions with the given sentiment from ordinary accounts. */
    Traffic mentions(MinuteBucket b, int n, double sentiment) {
        for (int i = 0; i < n; i++) mention(b, sentiment, 50 + rnd.nextInt(2_000), false, false);
        return this;
    }

    /** Adds {@code n} reshares of an earlier post. */
    Traffic reshares(MinuteBucket b, int n, double sentiment) {
        for (int i = 0; i < n; i++) mention(b, sentiment, 50 + rnd.nextInt(2_000), true, false);
        return this;
    }

    /** Adds {@code n} copies of one text from fresh zero-follower accounts. */
    Traffic botPosts(MinuteBucket b, int n, double sentiment) {
        for (int i = 0; i < n; i++) mention(b, sentiment, 0, false, i > 0 || b.mentions > 0);
        return this;
    }

    /** Adds one post by a big account. */
    Traffic influencer(MinuteBucket b, double sentiment, long followers) {
        mention(b, sentiment, followers, false, false);
        return this;
    }

    Traffic complaints(MinuteBucket b, int n, String channel) {
        for (int i = 0; i < n; i++) {
            Event e = new Event();
            e.kind = EventKind.COMPLAINT;
            e.id = "c" + (++seq);
            e.ts = b.minute + rnd.nextInt(60_000);
            e.source = channel;
            e.text = "order 4411 never delivered, third time calling";
            e.category = "delivery";
            e.priority = "normal";
            b.add(e, -0.5, true, false, false, false);
            Sample s = Sample.of(e, -0.5, 280);
            b.offerSample(s, 5);
            b.offerNegativeSample(s, 5);
        }
        return this;
    }

    private void mention(MinuteBucket b, double sentiment, long followers, boolean reshare, boolean nearDuplicate) {
        Event e = new Event();
        e.kind = EventKind.MENTION;
        e.id = "m" + (++seq);
        e.ts = b.minute + rnd.nextInt(60_000);
        e.source = "twitter";
        e.authorHandle = "@user" + seq;
        e.followers = followers;
        e.verified = followers >= 1_000_000;
        e.reshareOf = reshare ? "m1" : null;
        String[] texts = sentiment < 0 ? NEGATIVE : sentiment > 0 ? POSITIVE : NEUTRAL;
        e.text = texts[seq % texts.length];
        boolean negative = sentiment <= -0.05;
        b.add(e, sentiment, negative, sentiment >= 0.05, followers >= 100_000, nearDuplicate);
        Sample s = Sample.of(e, sentiment, 280);
        b.offerSample(s, 5);
        if (negative) b.offerNegativeSample(s, 5);
    }

    int poisson(double lambda) {
        int n = 0;
        double rest = lambda;
        while (rest > 0) {
            double l = Math.min(rest, 30);
            rest -= l;
            double limit = Math.exp(-l), p = rnd.nextDouble();
            while (p > limit) {
                n++;
                p *= rnd.nextDouble();
            }
        }
        return n;
    }

    /** Daytime-shaped multiplier: about 0.1 at night, 1.1 in the early afternoon (UTC). */
    static double diurnal(long minute) {
        double h = Math.floorMod(minute, DAY) / (double) HOUR;
        return 0.1 + Math.max(0, Math.sin(Math.PI * (h - 6) / 16));
    }
}
