package dev.crisiswatch.aggregate;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.detect.MinuteBucket;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.Sample;
import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.text.NearDuplicateFilter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Per-subtask pre-aggregation: folds each scored event (sentiment, topics, terms, spam signals; see
 * {@link EventScorer}) into a {@link MinuteBucket} per topic and event-time minute, so that keyed state downstream
 * sees one bucket per topic and minute instead of one access per event. A viral topic therefore costs
 * the keyed operator the same as a quiet one.
 */
public final class MinuteAggregator {
    private static final Comparator<MinuteBucket> FLUSH_ORDER =
            Comparator.comparingLong((MinuteBucket b) -> b.minute).thenComparing(b -> b.key);

    private final CrisisConfig config;
    private final TopicCatalog catalog;
    /** Fingerprints of recent posts: compared after de-duplication, so a re-sent post is not its own copy. */
    private final NearDuplicateFilter nearDuplicates = new NearDuplicateFilter();
    /** Only for {@link #add(Event)}; a job scores where it reads. */
    private EventScorer scorer;
    private final double negativeThreshold;
    private final double positiveThreshold;
    private final long influencerFollowers;
    private final int sampleLimit;
    private final int maxTermsPerMinute;

    /** Open buckets of catalog topics by minute, then topic index. */
    private final Map<Long, MinuteBucket[]> topicBuckets = new HashMap<>();
    /** Open heavy-hitter term counters by minute. */
    private final Map<Long, TermCounter> termBuckets = new HashMap<>();
    private long termsDropped;

    public MinuteAggregator(CrisisConfig cfg, TopicCatalog catalog) {
        this.config = cfg;
        this.catalog = catalog;
        this.negativeThreshold = cfg.detection.negativeThreshold;
        this.positiveThreshold = cfg.detection.positiveThreshold;
        this.influencerFollowers = cfg.detection.influencerFollowers;
        this.sampleLimit = cfg.preAggregation.samplesPerBucket;
        this.maxTermsPerMinute = cfg.preAggregation.maxTermsPerMinute;
    }

    /** Scores and counts one event (where scoring and counting run in one place, as in tests and tools). */
    public void add(Event e) {
        if (scorer == null) scorer = new EventScorer(config, catalog);
        add(scorer.score(e));
    }

    /** Counts one event scored by an {@link EventScorer} with the same config and catalog. */
    public void add(ScoredEvent e) {
        boolean negative = e.sentiment <= negativeThreshold;
        boolean positive = e.sentiment >= positiveThreshold;
        boolean influencer = e.verified || e.followers >= influencerFollowers;
        boolean nearDuplicate = !e.complaint && !e.reshare && nearDuplicates.isNearDuplicate(e.fingerprint, e.words);
        long minute = MinuteBucket.minuteOf(e.ts);
        if (e.topics.length > 0) {
            MinuteBucket[] row = topicBuckets.computeIfAbsent(minute, m -> new MinuteBucket[catalog.size()]);
            for (int t : e.topics) {
                MinuteBucket b = row[t];
                if (b == null) row[t] = b = new MinuteBucket(catalog.get(t).id(), minute);
                count(b, e, negative, positive, influencer, nearDuplicate);
                if (e.sample == null) continue; // outranked where it was scored: it cannot be a sample
                if (wouldKeep(b.samples, e.sample)) b.offerSample(e.sample, sampleLimit);
                if ((negative || e.complaint) && wouldKeep(b.negativeSamples, e.sample)) {
                    b.offerNegativeSample(e.sample, sampleLimit);
                }
            }
        } else if (negative && !e.complaint && e.terms != null) {
            TermCounter terms = termBuckets.computeIfAbsent(minute, m -> new TermCounter(maxTermsPerMinute));
            for (String term : e.terms) {
                MinuteBucket b = terms.count(term, minute);
                if (b != null) {
                    count(b, e, true, false, influencer, nearDuplicate);
                    b.addCoTerms(e.terms, term);
                    if (wouldKeep(b.samples, e.sample)) b.offerSample(e.sample, sampleLimit);
                }
            }
        }
    }

    private static void count(MinuteBucket b, ScoredEvent e, boolean negative, boolean positive, boolean influencer,
            boolean nearDuplicate) {
        if (e.complaint) {
            b.addComplaint(negative, e.urgent);
        } else {
            b.addMention(e.sentiment, negative, positive, influencer, nearDuplicate, e.followers, e.reshare,
                    e.reshares);
        }
    }

    /** Whether the sample ranks among the best kept so far: by the full ranking, so any order gives the same best. */
    private boolean wouldKeep(Sample[] kept, Sample s) {
        return kept.length < sampleLimit || Sample.compareByReach(s, kept[kept.length - 1]) < 0;
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
            for (MinuteBucket b : en.getValue().buckets()) {
                b.trimCoTerms();
                ready.add(b);
            }
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
