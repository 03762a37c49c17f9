package dev.crisiswatch.aggregate;

import dev.crisiswatch.detect.MinuteBucket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Space-Saving heavy hitters of one minute's terms: at most {@code capacity} counters, so a flood of
 * distinct words costs bounded memory while a bursting term keeps its place. A newcomer replaces the
 * smallest counter and inherits its count (the classic over-estimate), which can only make a burst
 * visible sooner, never hide it.
 */
final class TermCounter {
    static final String PREFIX = "emerging:";

    private final int capacity;
    private final Map<String, MinuteBucket> buckets = new HashMap<>();
    private long evicted;

    TermCounter(int capacity) {
        this.capacity = capacity;
    }

    /** The bucket to count this term in. */
    MinuteBucket count(String term, long minute) {
        MinuteBucket b = buckets.get(term);
        if (b != null) return b;
        if (buckets.size() < capacity) {
            b = new MinuteBucket(PREFIX + term, minute);
            buckets.put(term, b);
            return b;
        }
        String victim = null;
        MinuteBucket min = null;
        for (Map.Entry<String, MinuteBucket> en : buckets.entrySet()) {
            MinuteBucket c = en.getValue();
            if (min == null || c.mentions < min.mentions
                    || (c.mentions == min.mentions && en.getKey().compareTo(victim) > 0)) {
                min = c;
                victim = en.getKey();
            }
        }
        buckets.remove(victim);
        evicted++;
        MinuteBucket fresh = new MinuteBucket(PREFIX + term, minute);
        // Inherit the evicted count as an upper bound of what this term may have had (Space-Saving).
        fresh.mentions = min.mentions;
        fresh.negativeMentions = min.mentions;
        buckets.put(term, fresh);
        return fresh;
    }

    void restore(MinuteBucket b, int sampleLimit) {
        String term = b.key.substring(PREFIX.length());
        MinuteBucket have = buckets.get(term);
        if (have == null) buckets.put(term, b);
        else have.merge(b, sampleLimit);
    }

    List<MinuteBucket> buckets() {
        return new ArrayList<>(buckets.values());
    }

    int size() {
        return buckets.size();
    }

    long evicted() {
        return evicted;
    }
}
