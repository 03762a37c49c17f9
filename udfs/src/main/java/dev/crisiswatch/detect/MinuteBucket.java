package dev.crisiswatch.detect;

import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.Sample;
import java.util.Arrays;
import java.util.HashMap;

/**
 * What one topic (or emerging term) saw in one event-time minute: the pre-aggregate that a
 * subtask builds from events and that the keyed detector merges, so the keyed state sees one
 * bucket per topic and minute, not one access per event.
 *
 * <p>Flink POJO: public fields, arrays instead of collections, no Kryo.
 */
public class MinuteBucket {
    /** Co-terms kept per bucket: far more than a story's few terms, so the ones that matter are all there. */
    public static final int MAX_CO_TERMS = 32;
    /** Catalog topic id, or `emerging:<term>`. */
    public String key;
    /** Start of the minute, epoch milliseconds. */
    public long minute;

    public int mentions;
    public int negativeMentions;
    public int positiveMentions;
    /** Sum of the mentions' sentiment scores in millionths: integer so that merge order cannot change it. */
    public long sentimentMicros;
    /** Sum of the mentions' squared sentiment scores in millionths, for the spread of a post's sentiment. */
    public long sentimentSquareMicros;
    /** Sum of the followers of the mentions' authors. */
    public long reach;
    public long maxFollowers;
    /** Mentions that reshare or quote another post (`reshareOf`). */
    public int reshares;
    /** Reshares counted on the posts when captured (the `reshares` field), summed. */
    public long reshareCounts;
    /** Negative mentions by verified authors or authors at or above the influencer threshold. */
    public int influencerNegative;
    /** Highest follower count among negative mentions. */
    public long maxNegativeFollowers;
    /** Mentions from authors with no followers. */
    public int zeroFollowerMentions;
    /** Mentions whose text is a near-duplicate of an earlier one in this bucket (same subtask). */
    public int nearDuplicateMentions;

    public int complaints;
    public int negativeComplaints;
    public int urgentComplaints;

    /**
     * Emerging terms only: the other candidate terms of this term's posts ({@code coTerms[i]} in
     * {@code coTermPosts[i]} of them), at most {@link #MAX_CO_TERMS}, most frequent first.
     */
    public String[] coTerms = new String[0];
    public int[] coTermPosts = new int[0];
    /**
     * Where each co-term sits in {@link #coTerms}, once a burst's posts bring more than {@link #INDEXED_FROM}
     * of them: a story's word pairs vary from post to post, and a scan per pair and post grows with their
     * square. Not serialized; rebuilt whenever {@link #coTerms} is not the array it was built for (a
     * deserialized, copied or trimmed bucket).
     */
    private transient HashMap<String, Integer> coTermIndex;
    private transient String[] indexedCoTerms;
    private static final int INDEXED_FROM = 16;

    /** Highest-reach posts and complaints of the minute, at most the configured number, best first. */
    public Sample[] samples = new Sample[0];
    /**
     * Highest-reach negative mentions and complaints of the minute, best first: what a crisis alert
     * shows, so that a negative surge is not illustrated by the cheerful posts around it.
     */
    public Sample[] negativeSamples = new Sample[0];

    public MinuteBucket() {}

    public MinuteBucket(String key, long minute) {
        this.key = key;
        this.minute = minute;
    }

    public static long minuteOf(long ts) {
        return Math.floorDiv(ts, 60_000L) * 60_000L;
    }

    public boolean isEmpty() {
        return mentions == 0 && complaints == 0;
    }

    /**
     * Counts one event. {@code negative}/{@code positive} come from the sentiment label,
     * {@code influencer} from the author's reach, {@code nearDuplicate} from the spam signals.
     */
    public void add(Event e, double sentiment, boolean negative, boolean positive, boolean influencer,
            boolean nearDuplicate) {
        if (e.isComplaint()) {
            addComplaint(negative, e.isUrgent());
        } else {
            addMention(sentiment, negative, positive, influencer, nearDuplicate, e.followers, e.reshareOf != null,
                    e.reshares);
        }
    }

    /** Counts one complaint; {@code urgent} for the priorities `urgent` and `high`. */
    public void addComplaint(boolean negative, boolean urgent) {
        complaints++;
        if (negative) negativeComplaints++;
        if (urgent) urgentComplaints++;
    }

    /** Counts one mention by an author with {@code followers}; {@code reshare} when it reshares or quotes a post. */
    public void addMention(double sentiment, boolean negative, boolean positive, boolean influencer,
            boolean nearDuplicate, long followers, boolean reshare, long reshareCount) {
        mentions++;
        sentimentMicros += Math.round(sentiment * 1_000_000);
        sentimentSquareMicros += Math.round(sentiment * sentiment * 1_000_000);
        if (negative) negativeMentions++;
        if (positive) positiveMentions++;
        reach += followers;
        if (followers > maxFollowers) maxFollowers = followers;
        if (reshare) reshares++;
        reshareCounts += reshareCount;
        if (negative && influencer) influencerNegative++;
        if (negative && followers > maxNegativeFollowers) maxNegativeFollowers = followers;
        if (followers == 0) zeroFollowerMentions++;
        if (nearDuplicate) nearDuplicateMentions++;
    }

    /** Counts the other terms of one post of this (emerging-term) bucket; {@code self} is the bucket's own term. */
    public void addCoTerms(String[] terms, String self) {
        for (String t : terms) {
            if (!t.equals(self)) addCoTerm(t, 1);
        }
    }

    private void addCoTerm(String term, int posts) {
        int i = coTermIndexOf(term);
        if (i >= 0) {
            coTermPosts[i] += posts;
            return;
        }
        boolean indexed = coTermIndex != null && indexedCoTerms == coTerms;
        coTerms = Arrays.copyOf(coTerms, coTerms.length + 1);
        coTermPosts = Arrays.copyOf(coTermPosts, coTermPosts.length + 1);
        coTerms[coTerms.length - 1] = term;
        coTermPosts[coTermPosts.length - 1] = posts;
        if (indexed) {
            coTermIndex.put(term, coTerms.length - 1);
            indexedCoTerms = coTerms;
        }
    }

    private int coTermIndexOf(String term) {
        if (coTerms.length < INDEXED_FROM) {
            for (int i = 0; i < coTerms.length; i++) if (coTerms[i].equals(term)) return i;
            return -1;
        }
        if (coTermIndex == null || indexedCoTerms != coTerms) {
            coTermIndex = new HashMap<>(coTerms.length * 2);
            for (int i = 0; i < coTerms.length; i++) coTermIndex.put(coTerms[i], i);
            indexedCoTerms = coTerms;
        }
        Integer i = coTermIndex.get(term);
        return i == null ? -1 : i;
    }

    /**
     * Keeps the {@link #MAX_CO_TERMS} most frequent co-terms (ties alphabetical), most frequent first, so
     * the result does not depend on the order in which posts or partial buckets arrived.
     */
    public void trimCoTerms() {
        Integer[] idx = new Integer[coTerms.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> coTermPosts[a] != coTermPosts[b]
                ? Integer.compare(coTermPosts[b], coTermPosts[a]) : coTerms[a].compareTo(coTerms[b]));
        int n = Math.min(MAX_CO_TERMS, idx.length);
        String[] terms = new String[n];
        int[] posts = new int[n];
        for (int i = 0; i < n; i++) {
            terms[i] = coTerms[idx[i]];
            posts[i] = coTermPosts[idx[i]];
        }
        coTerms = terms;
        coTermPosts = posts;
        coTermIndex = null;
        indexedCoTerms = null;
    }

    /** Offers a sample; keeps the {@code limit} with the highest reach. */
    public void offerSample(Sample s, int limit) {
        samples = topSamples(samples, new Sample[] {s}, limit);
    }

    /** Offers a negative mention or a complaint; keeps the {@code limit} with the highest reach. */
    public void offerNegativeSample(Sample s, int limit) {
        negativeSamples = topSamples(negativeSamples, new Sample[] {s}, limit);
    }

    /** Adds another partial bucket of the same key and minute (from another subtask). */
    public void merge(MinuteBucket o, int sampleLimit) {
        mentions += o.mentions;
        negativeMentions += o.negativeMentions;
        positiveMentions += o.positiveMentions;
        sentimentMicros += o.sentimentMicros;
        sentimentSquareMicros += o.sentimentSquareMicros;
        reach += o.reach;
        maxFollowers = Math.max(maxFollowers, o.maxFollowers);
        reshares += o.reshares;
        reshareCounts += o.reshareCounts;
        influencerNegative += o.influencerNegative;
        maxNegativeFollowers = Math.max(maxNegativeFollowers, o.maxNegativeFollowers);
        zeroFollowerMentions += o.zeroFollowerMentions;
        nearDuplicateMentions += o.nearDuplicateMentions;
        complaints += o.complaints;
        negativeComplaints += o.negativeComplaints;
        urgentComplaints += o.urgentComplaints;
        if (o.coTerms.length > 0) {
            for (int i = 0; i < o.coTerms.length; i++) addCoTerm(o.coTerms[i], o.coTermPosts[i]);
            trimCoTerms();
        }
        samples = topSamples(samples, o.samples, sampleLimit);
        negativeSamples = topSamples(negativeSamples, o.negativeSamples, sampleLimit);
    }

    /** The best {@code limit} of two sample arrays by reach, deterministic whatever the merge order. */
    public static Sample[] topSamples(Sample[] a, Sample[] b, int limit) {
        if (b.length == 0 && a.length <= limit) return a;
        Sample[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all, Sample::compareByReach);
        int n = 0;
        Sample[] out = new Sample[Math.min(limit, all.length)];
        for (Sample s : all) {
            if (n == out.length) break;
            if (n > 0 && s.equals(out[n - 1])) continue;
            out[n++] = s;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Mean sentiment of the minute's mentions, 0 when there were none. */
    public double meanSentiment() {
        return mentions == 0 ? 0 : sentimentMicros / 1_000_000.0 / mentions;
    }

    public double negativeShare() {
        return mentions == 0 ? 0 : (double) negativeMentions / mentions;
    }

    @Override
    public String toString() {
        return key + "@" + minute + "{m=" + mentions + ",neg=" + negativeMentions + ",c=" + complaints + "}";
    }
}
