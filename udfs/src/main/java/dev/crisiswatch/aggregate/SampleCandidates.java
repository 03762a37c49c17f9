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
    private final Map<Long, Minute> best = new HashMap<>();
    private long newestMinute = Long.MIN_VALUE;
    /** The minute of the last offer and its lists: most offers are for the same minute as the one before. */
    private long lastMinute = Long.MIN_VALUE;
    private Minute last;
    /** The sorted list with the offered post inserted, before duplicates and the limit are applied. */
    private final Sample[] merged;

    SampleCandidates(int topics, int limit) {
        this.limit = limit;
        this.lists = 2 * topics;
        this.merged = new Sample[limit + 1];
    }

    /** One minute's lists, each sorted by reach, without adjacent equal posts, at most {@code limit} long. */
    private static final class Minute {
        final Sample[][] top;
        final int[] count;

        Minute(int lists) {
            top = new Sample[lists][];
            count = new int[lists];
        }
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
     * posts (or negative posts) of its minute. The list keeps what {@link MinuteBucket#topSamples} of the
     * list and the post gives, updated in place.
     */
    boolean offer(int topic, boolean negativeList, Sample s) {
        if (limit == 0) return false;
        Minute m = minute(MinuteBucket.minuteOf(s.ts));
        int i = 2 * topic + (negativeList ? 1 : 0);
        Sample[] top = m.top[i];
        if (top == null) top = m.top[i] = new Sample[limit];
        int n = m.count[i];
        if (n == limit && Sample.compareByReach(s, top[limit - 1]) > 0) return false;
        // A stable sort of the list plus the post puts the post after every entry that does not rank below it.
        int at = 0;
        while (at < n && Sample.compareByReach(top[at], s) <= 0) at++;
        System.arraycopy(top, 0, merged, 0, at);
        merged[at] = s;
        System.arraycopy(top, at, merged, at + 1, n - at);
        int kept = 0;
        for (int k = 0; k <= n && kept < limit; k++) {
            if (kept > 0 && merged[k].equals(top[kept - 1])) continue;
            top[kept++] = merged[k];
        }
        m.count[i] = kept;
        return true;
    }

    private Minute minute(long minute) {
        if (minute == lastMinute) return last;
        if (minute > newestMinute) forgetBefore(newestMinute = minute);
        last = best.computeIfAbsent(minute, x -> new Minute(lists));
        lastMinute = minute;
        return last;
    }

    private void forgetBefore(long newest) {
        best.keySet().removeIf(m -> m < newest - REMEMBER_MILLIS);
    }
}
