package dev.crisiswatch.aggregate;

import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.Sample;
import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.text.SentimentScorer;
import dev.crisiswatch.text.SimHash;
import dev.crisiswatch.text.TermExtractor;
import dev.crisiswatch.text.TextNormalizer;
import dev.crisiswatch.text.TopicMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-post text work, done once where the post is read: sentiment, catalog topics, the
 * near-duplicate fingerprint and, for a negative post of no topic, its candidate terms. What the
 * {@link MinuteAggregator} later does with a {@link ScoredEvent} depends only on it, not on the text,
 * and the text goes with it only when the post may be one of an alert's samples ({@link SampleCandidates}).
 * Not thread-safe: one per subtask.
 */
public final class EventScorer {
    private final SentimentScorer scorer = SentimentScorer.standard();
    private final TopicMatcher matcher;
    private final SimHash simHash = new SimHash();
    /** One tokenisation of the text feeds both the topic matcher and the fingerprint. */
    private final TextNormalizer tokenizer = new TextNormalizer();
    private final Tee tee = new Tee();
    private final TermExtractor termExtractor = new TermExtractor();
    private final List<String> terms = new ArrayList<>();
    private final SampleCandidates candidates;
    private final double negativeThreshold;
    private final int sampleTextChars;

    public EventScorer(CrisisConfig cfg, TopicCatalog catalog) {
        this.matcher = new TopicMatcher(catalog);
        this.negativeThreshold = cfg.detection.negativeThreshold;
        this.sampleTextChars = cfg.limits.sampleTextChars;
        this.candidates = new SampleCandidates(catalog.size(), cfg.preAggregation.samplesPerBucket);
    }

    public ScoredEvent score(Event e) {
        ScoredEvent s = new ScoredEvent();
        s.dedupHash = e.dedupHash();
        s.ts = e.ts;
        s.complaint = e.isComplaint();
        s.urgent = e.isUrgent();
        s.sentiment = scorer.score(e.text);
        s.followers = e.followers;
        s.verified = e.verified;
        s.reshare = e.reshareOf != null;
        s.reshares = e.reshares;
        // Reshares repeat their original by design; only original posts can be a copy-paste flood.
        boolean fingerprint = !s.complaint && !s.reshare;
        tee.topics = matcher.begin();
        if (fingerprint) simHash.begin();
        if (e.text != null) tokenizer.tokenize(e.text, fingerprint ? tee : tee.topics);
        s.topics = matcher.finish(e);
        if (fingerprint) {
            s.fingerprint = simHash.result();
            s.words = simHash.lastWordCount();
        }
        boolean negativeMention = !s.complaint && s.sentiment <= negativeThreshold;
        if (s.topics.length == 0 && negativeMention) {
            terms.clear();
            termExtractor.extract(e.text, terms::add);
            s.terms = terms.toArray(String[]::new);
        }
        if (s.topics.length > 0) {
            Sample rank = SampleCandidates.rankOf(e);
            boolean negativeSample = s.complaint || s.sentiment <= negativeThreshold;
            boolean keep = false;
            for (int t : s.topics) {
                keep |= candidates.offer(t, false, rank);
                if (negativeSample) keep |= candidates.offer(t, true, rank);
            }
            if (keep) s.sample = Sample.of(e, s.sentiment, sampleTextChars);
        } else if (negativeMention) {
            s.sample = Sample.of(e, s.sentiment, sampleTextChars);
        }
        return s;
    }

    /** Passes each token to the fingerprint first (it only reads the chars), then to the topic matcher. */
    private final class Tee implements TextNormalizer.TokenSink {
        TextNormalizer.TokenSink topics;

        @Override
        public void token(int kind, char[] chars, int len) {
            simHash.token(kind, chars, len);
            topics.token(kind, chars, len);
        }
    }
}
