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

    /** The de-duplication key: the same (stream, source, id) counts once. */
    public String dedupKey() {
        return kind == EventKind.COMPLAINT ? "c|" + id : "m|" + source + '|' + id;
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
