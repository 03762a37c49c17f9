package dev.crisiswatch.aggregate;

import dev.crisiswatch.detect.MinuteBucket;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.Sample;
import java.util.HashMap;
import java.util.Map;

/**
 * Where posts are scored: which posts may still be among the samples an alert shows, so that only
 * those carry their text through the network. A post that {@code limit} other posts of the same
 * topic-minute (and list) outrank by {@link Sample#compareByReach} cannot be in that minute's best
 * {@code limit}, whichever subtask counts them; every other post is kept. Forgetting a minute only
 * keeps more, so old minutes are dropped without waiting for the watermark. Not thread-safe.
 */
final class SampleCandidates {
    /** Minutes older than the newest one by more than this are forgotten (beyond the usual out-of-orderness). */
    private static final long REMEMBER_MILLIS = 5 * 60_000L;

    private final int limit;
    private final int lists;
    /** By minute: for each topic, the best posts so far of all its posts, then of its negative ones. */
    private final Map<Long, Sample[][]> best = new HashMap<>();
    private long newestMinute = Long.MIN_VALUE;

    SampleCandidates(int topics, int limit) {
        this.limit = limit;
        this.lists = 2 * topics;
    }

    /**
     * What the ranking reads of a post, without its text and author: the tracker keeps only these, so
     * it holds no post text across minutes.
     */
    static Sample rankOf(Event e) {
        Sample r = new Sample();
        r.type = e.isComplaint() ? "complaint" : "mention";
        r.id = e.id;
        r.source = e.source;
        r.ts = e.ts;
        r.followers = e.followers;
        r.verified = e.verified;
        return r;
    }

    /**
     * Whether the post ranked by {@code s} (see {@link #rankOf}) may be among the best of its topic's
     * posts (or negative posts) of its minute.
     */
    boolean offer(int topic, boolean negativeList, Sample s) {
        if (limit == 0) return false;
        long minute = MinuteBucket.minuteOf(s.ts);
        if (minute > newestMinute) forgetBefore(newestMinute = minute);
        Sample[][] row = best.computeIfAbsent(minute, m -> new Sample[lists][]);
        int i = 2 * topic + (negativeList ? 1 : 0);
        Sample[] top = row[i];
        if (top == null) top = row[i] = new Sample[0];
        if (top.length == limit && Sample.compareByReach(s, top[limit - 1]) > 0) return false;
        row[i] = MinuteBucket.topSamples(top, new Sample[] {s}, limit);
        return true;
    }

    private void forgetBefore(long newest) {
        best.keySet().removeIf(m -> m < newest - REMEMBER_MILLIS);
    }
}
