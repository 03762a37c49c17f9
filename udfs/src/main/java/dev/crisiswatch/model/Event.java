package dev.crisiswatch.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * One parsed input record, a public mention or a customer-service complaint (CONTRACT section 1).
 *
 * <p>A mutable POJO with public fields so that Flink's PojoSerializer handles it without Kryo and
 * the hot path can fill it without builders. Optional numeric fields are 0 when absent, optional
 * strings are null.
 */
public class Event {

    /** Which input stream the record came from. */
    public EventKind kind;
    public String id;
    /** Event time, epoch milliseconds. */
    public long ts;
    /** Mention: the network (`twitter`, `news`, ...). Complaint: the channel (`email`, `phone`, ...). */
    public String source;
    public String text;

    // Mention fields.
    public String authorId;
    public String authorHandle;
    public long followers;
    public boolean verified;
    public String lang;
    public String reshareOf;
    public String replyTo;
    public long reshares;
    public long likes;

    // Complaint fields.
    public String category;
    public String product;
    public String priority;
    public String customerId;

    /** Topic ids assigned upstream; null when absent. */
    public String[] topics;

    public Event() {}

    public boolean isComplaint() {
        return kind == EventKind.COMPLAINT;
    }

    /** A complaint of priority `urgent` or `high`. */
    public boolean isUrgent() {
        return "urgent".equals(priority) || "high".equals(priority);
    }

    /** The de-duplication key: the same (stream, source, id) counts once. */
    public String dedupKey() {
        return kind == EventKind.COMPLAINT ? "c|" + id : "m|" + source + '|' + id;
    }

    /**
     * A 64-bit hash of {@link #dedupKey()}, computed without building the key: the de-duplicator's key,
     * cheaper to shuffle and to look up in RocksDB than a string. Two distinct posts share a hash with
     * probability about n^2 / 2^65 among n posts kept, under 1e-5 for 10 million a day.
     */
    public long dedupHash() {
        long h = kind == EventKind.COMPLAINT ? 0x2545F4914F6CDD1DL : 0x9E3779B97F4A7C15L;
        if (kind != EventKind.COMPLAINT) h = mix(h, source);
        return fmix(mix(h, id));
    }

    private static long mix(long h, String s) {
        int n = s == null ? -1 : s.length();
        h = (h ^ n) * 0xFF51AFD7ED558CCDL; // the length first, so ("ab", "c") and ("a", "bc") differ
        for (int i = 0; i < n; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
            h ^= h >>> 29;
        }
        return h;
    }

    private static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Event e)) return false;
        return ts == e.ts && followers == e.followers && verified == e.verified
                && reshares == e.reshares && likes == e.likes && kind == e.kind
                && Objects.equals(id, e.id) && Objects.equals(source, e.source)
                && Objects.equals(text, e.text) && Objects.equals(authorId, e.authorId)
                && Objects.equals(authorHandle, e.authorHandle) && Objects.equals(lang, e.lang)
                && Objects.equals(reshareOf, e.reshareOf) && Objects.equals(replyTo, e.replyTo)
                && Objects.equals(category, e.category) && Objects.equals(product, e.product)
                && Objects.equals(priority, e.priority) && Objects.equals(customerId, e.customerId)
                && Arrays.equals(topics, e.topics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, id, ts, source);
    }

    @Override
    public String toString() {
        return kind + "{" + source + "/" + id + " @" + ts + "}";
    }
}
