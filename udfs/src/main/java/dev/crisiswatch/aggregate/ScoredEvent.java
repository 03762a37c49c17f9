package dev.crisiswatch.aggregate;

import dev.crisiswatch.model.Sample;

/**
 * What the pre-aggregation needs of one post, scored where the post was read: the de-duplicator and
 * the minute buckets get this instead of the whole event, so the post's text crosses the network only
 * inside a {@link Sample}, and only when a bucket may show it.
 *
 * <p>Flink POJO: public fields, arrays instead of collections, no Kryo.
 */
public class ScoredEvent {
    /** {@code Event.dedupHash()}: the same (stream, source, id) counts once. */
    public long dedupHash;
    /** Event time, epoch milliseconds. */
    public long ts;
    public boolean complaint;
    /** A complaint of priority `urgent` or `high`. */
    public boolean urgent;
    /** Indices into the catalog, ascending, no repeats. */
    public int[] topics;
    public double sentiment;
    public long followers;
    public boolean verified;
    /** A mention that reshares or quotes another post (`reshareOf`). */
    public boolean reshare;
    /** The post's own reshare count when captured. */
    public long reshares;
    /** SimHash of an original mention's text (not a reshare, not a complaint), and its word count. */
    public long fingerprint;
    public int words;
    /** Candidate terms of an emerging issue: only for a negative mention of no catalog topic, else null. */
    public String[] terms;
    /** The post as an alert shows it: only for a post some bucket may keep as a sample, else null. */
    public Sample sample;

    public ScoredEvent() {}

    @Override
    public String toString() {
        return (complaint ? "complaint" : "mention") + "{" + Long.toHexString(dedupHash) + " @" + ts + "}";
    }
}
