package dev.crisiswatch.bench;

import java.util.SplittableRandom;

/**
 * Which template and which catalog topic the next event gets: uniform over the synthetic topics, or a
 * share {@code hotShare} of all topical posts on one topic (the skew run).
 */
final class Traffic {
    private final TemplatePool pool;
    private final BenchCatalog catalog;
    private final double complaintShare;
    private final double untopicalShare;
    private final double hotShare;
    private final int firstSynthetic;
    private final SplittableRandom random;

    Traffic(TemplatePool pool, BenchCatalog catalog, double complaintShare, double untopicalShare, double hotShare,
            long seed) {
        this.pool = pool;
        this.catalog = catalog;
        this.complaintShare = complaintShare;
        this.untopicalShare = untopicalShare;
        this.hotShare = hotShare;
        int first = 0;
        while (first < catalog.size() && catalog.hashtags.get(first) == null) first++;
        this.firstSynthetic = first;
        this.random = new SplittableRandom(seed);
    }

    boolean nextIsComplaint() {
        return random.nextDouble() < complaintShare;
    }

    TemplatePool.Template mention() {
        return pool.mentions.get(random.nextInt(pool.mentions.size()));
    }

    TemplatePool.Template negativeMention() {
        return pool.negativeMentions.get(random.nextInt(pool.negativeMentions.size()));
    }

    TemplatePool.Template complaint() {
        return pool.complaints.get(random.nextInt(pool.complaints.size()));
    }

    /** The hashtag of the topic for the next post, or null for a post left to its own text. */
    String topicTag() {
        if (random.nextDouble() < untopicalShare) return null;
        if (hotShare > 0 && random.nextDouble() < hotShare) return catalog.hashtags.get(firstSynthetic);
        return catalog.hashtags.get(firstSynthetic + random.nextInt(catalog.size() - firstSynthetic));
    }

    String tagOf(int syntheticIndex) {
        return catalog.hashtags.get(firstSynthetic + 1 + syntheticIndex % (catalog.size() - firstSynthetic - 1));
    }

    double nextDouble() {
        return random.nextDouble();
    }
}
