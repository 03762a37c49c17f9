package dev.crisiswatch.aggregate;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.detect.MinuteBucket;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.Sample;
import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.text.SentimentScorer;
import dev.crisiswatch.text.TopicMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Per-subtask pre-aggregation: scores each event once (sentiment, topics, terms, spam signals) and
 * folds it into a {@link MinuteBucket} per topic and event-time minute, so that keyed state downstream
 * sees one bucket per topic and minute instead of one access per event. A viral topic therefore costs
 * the keyed operator the same as a quiet one.
 */
public final class MinuteAggregator {
    private static final Comparator<MinuteBucket> FLUSH_ORDER =
            Comparator.comparingLong((MinuteBucket b) -> b.minute).thenComparing(b -> b.key);

    private final TopicCatalog catalog;
    private final SentimentScorer scorer;
    private final TopicMatcher matcher;
    private final EventSignals signals;
    private final double negativeThreshold;
    private final double positiveThreshold;
    private final long influencerFollowers;
    private final int sampleLimit;
    private final int sampleTextChars;
    private final int maxTermsPerMinute;

    /** Open buckets of catalog topics by minute, then topic index. */
    private final Map<Long, MinuteBucket[]> topicBuckets = new HashMap<>();
    /** Open heavy-hitter term counters by minute. */
    private final Map<Long, TermCounter> termBuckets = new HashMap<>();
    private long termsDropped;

    public MinuteAggregator(CrisisConfig cfg, TopicCatalog catalog) {
        this.catalog = catalog;
        this.scorer = SentimentScorer.standard();
        this.matcher = new TopicMatcher(catalog);
        this.signals = new EventSignals();
        this.negativeThreshold = cfg.detection.negativeThreshold;
        this.positiveThreshold = cfg.detection.positiveThreshold;
        this.influencerFollowers = cfg.detection.influencerFollowers;
        this.sampleLimit = cfg.preAggregation.samplesPerBucket;
        this.sampleTextChars = cfg.limits.sampleTextChars;
        this.maxTermsPerMinute = cfg.preAggregation.maxTermsPerMinute;
    }

    /** Scores and counts one event. */
    public void add(Event e) {
        double sentiment = scorer.score(e.text);
        boolean negative = sentiment <= negativeThreshold;
        boolean positive = sentiment >= positiveThreshold;
        boolean influencer = e.verified || e.followers >= influencerFollowers;
        // Reshares repeat their original by design; only original posts can be a copy-paste flood.
        boolean nearDuplicate = !e.isComplaint() && e.reshareOf == null && signals.isNearDuplicate(e.text);
        long minute = MinuteBucket.minuteOf(e.ts);
        int[] topics = matcher.match(e);
        Sample sample = null;
        if (topics.length > 0) {
            MinuteBucket[] row = topicBuckets.computeIfAbsent(minute, m -> new MinuteBucket[catalog.size()]);
            for (int t : topics) {
                MinuteBucket b = row[t];
                if (b == null) row[t] = b = new MinuteBucket(catalog.get(t).id(), minute);
                b.add(e, sentiment, negative, positive, influencer, nearDuplicate);
                if (wouldKeep(b.samples, e)) {
                    if (sample == null) sample = Sample.of(e, sentiment, sampleTextChars);
                    b.offerSample(sample, sampleLimit);
                }
                if ((negative || e.isComplaint()) && wouldKeep(b.negativeSamples, e)) {
                    if (sample == null) sample = Sample.of(e, sentiment, sampleTextChars);
                    b.offerNegativeSample(sample, sampleLimit);
                }
            }
        } else if (negative && !e.isComplaint()) {
            TermCounter terms = termBuckets.computeIfAbsent(minute, m -> new TermCounter(maxTermsPerMinute));
            Sample s = Sample.of(e, sentiment, sampleTextChars);
            signals.terms(e.text, term -> {
                MinuteBucket b = terms.count(term, minute);
                if (b != null) {
                    b.add(e, sentiment, true, false, influencer, nearDuplicate);
                    if (wouldKeep(b.samples, e)) b.offerSample(s, sampleLimit);
                }
            });
        }
    }

    private boolean wouldKeep(Sample[] s, Event e) {
        return s.length < sampleLimit || e.followers > s[s.length - 1].followers;
    }

    /**
     * Emits every bucket whose minute is complete at this watermark (no event at or before the
     * watermark can still come), oldest minute first and in key order within a minute.
     */
    public void flushUpTo(long watermark, Consumer<MinuteBucket> out) {
        List<MinuteBucket> ready = new ArrayList<>();
        for (Iterator<Map.Entry<Long, MinuteBucket[]>> it = topicBuckets.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, MinuteBucket[]> en = it.next();
            if (en.getKey() + 59_999 > watermark) continue;
            for (MinuteBucket b : en.getValue()) if (b != null) ready.add(b);
            it.remove();
        }
        for (Iterator<Map.Entry<Long, TermCounter>> it = termBuckets.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, TermCounter> en = it.next();
            if (en.getKey() + 59_999 > watermark) continue;
            termsDropped += en.getValue().evicted();
            ready.addAll(en.getValue().buckets());
            it.remove();
        }
        ready.sort(FLUSH_ORDER);
        ready.forEach(out);
    }

    /** Every open bucket, for a checkpoint. */
    public List<MinuteBucket> snapshot() {
        List<MinuteBucket> all = new ArrayList<>();
        topicBuckets.values().forEach(row -> {
            for (MinuteBucket b : row) if (b != null) all.add(b);
        });
        termBuckets.values().forEach(t -> all.addAll(t.buckets()));
        all.sort(FLUSH_ORDER);
        return all;
    }

    /** Puts back buckets from a checkpoint (possibly another subtask's after rescaling). */
    public void restore(Iterable<MinuteBucket> buckets) {
        for (MinuteBucket b : buckets) {
            int t = catalog.indexOf(b.key);
            if (t >= 0) {
                MinuteBucket[] row = topicBuckets.computeIfAbsent(b.minute, m -> new MinuteBucket[catalog.size()]);
                if (row[t] == null) row[t] = b;
                else row[t].merge(b, sampleLimit);
            } else if (b.key.startsWith(TermCounter.PREFIX)) {
                termBuckets.computeIfAbsent(b.minute, m -> new TermCounter(maxTermsPerMinute)).restore(b, sampleLimit);
            }
        }
    }

    /** Distinct terms that lost their place among the heavy hitters so far. */
    public long termsDropped() {
        return termsDropped;
    }

    public int openBuckets() {
        int n = 0;
        for (MinuteBucket[] row : topicBuckets.values()) for (MinuteBucket b : row) if (b != null) n++;
        for (TermCounter t : termBuckets.values()) n += t.size();
        return n;
    }
}
