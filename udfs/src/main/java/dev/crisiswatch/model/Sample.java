package dev.crisiswatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** A post or complaint that carries an incident, shown in an alert as evidence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Sample {
    /** `mention` or `complaint`. */
    public String type;
    public String id;
    /** Network for mentions, channel for complaints. */
    public String source;
    /** Event time, epoch milliseconds. */
    public long ts;
    public String author;
    public long followers;
    public boolean verified;
    public String text;
    public double sentiment;

    public Sample() {}

    public static Sample of(Event e, double sentiment, int maxTextChars) {
        Sample s = new Sample();
        s.type = e.isComplaint() ? "complaint" : "mention";
        s.id = e.id;
        s.source = e.source;
        s.ts = e.ts;
        s.author = e.authorHandle != null ? e.authorHandle : e.authorId;
        s.followers = e.followers;
        s.verified = e.verified;
        s.text = e.text == null || e.text.length() <= maxTextChars ? e.text : e.text.substring(0, maxTextChars) + "…";
        s.sentiment = sentiment;
        return s;
    }

    /** Reach used to rank samples: followers, verified accounts first among equals; ties by id for determinism. */
    public static int compareByReach(Sample a, Sample b) {
        int c = Long.compare(b.followers, a.followers);
        if (c != 0) return c;
        c = Boolean.compare(b.verified, a.verified);
        if (c != 0) return c;
        c = Long.compare(a.ts, b.ts);
        if (c != 0) return c;
        return String.valueOf(a.id).compareTo(String.valueOf(b.id));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Sample s)) return false;
        return ts == s.ts && followers == s.followers && Objects.equals(type, s.type) && Objects.equals(id, s.id)
                && Objects.equals(source, s.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, id, source, ts);
    }
}
