package dev.crisiswatch.detect;

import dev.crisiswatch.model.Sample;

/**
 * Everything the detector keeps per key (catalog topic or emerging term) between minutes: baselines,
 * the recent minutes, the incident, and the samples that carry it. A Flink POJO (public fields,
 * primitives, arrays, enums and nested POJOs; no collections) of a few KB, read and written once per
 * key and minute. A new key starts from {@code new TopicState()}.
 */
public class TopicState {
    /** First minute seen for the key (epoch ms); {@code Long.MIN_VALUE} for a new key. */
    public long firstMinute = Long.MIN_VALUE;
    /** Newest minute processed. */
    public long lastMinute = Long.MIN_VALUE;
    /** Until this minute the key learns its baselines unclipped and raises no alert (stream warm-up). */
    public long learnUntilMinute = Long.MIN_VALUE;

    /** Start of the unbroken history behind the slow window (reset by a silence of a day or more). */
    public long slowSinceMinute = Long.MIN_VALUE;

    public RateBaseline mentionRate = new RateBaseline();
    public RateBaseline complaintRate = new RateBaseline();
    public ShareBaseline negativeShare = new ShareBaseline();
    public ShareBaseline positiveShare = new ShareBaseline();
    /** Mean sentiment of mentions, as a decayed sum over a decayed count. */
    public ShareBaseline sentiment = new ShareBaseline();
    /** Mean squared sentiment of mentions, learned with {@link #sentiment}: the spread of a post's sentiment. */
    public ShareBaseline sentimentSquare = new ShareBaseline();
    /** Negative share over days, for the slow window. */
    public ShareBaseline longNegativeShare = new ShareBaseline();
    public RecentWindow recent = new RecentWindow();
    public SlowWindow slow = new SlowWindow();
    public IncidentState incident = new IncidentState();
    /** Emerging terms only: the other terms of the key's recent posts, to group one story's terms. */
    public CoTerms coTerms = new CoTerms();
    /**
     * Highest-reach posts and complaints: of the last window while no incident is open, of the whole
     * incident while one is.
     */
    public Sample[] samples = new Sample[0];
    /** The same for negative mentions and complaints: what a crisis alert shows first. */
    public Sample[] negativeSamples = new Sample[0];

    public TopicState() {}

    public boolean isNew() {
        return firstMinute == Long.MIN_VALUE;
    }
}
