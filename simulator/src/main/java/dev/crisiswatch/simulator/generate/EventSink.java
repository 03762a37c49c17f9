package dev.crisiswatch.simulator.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects what the traffic generators make, numbering events in creation order for a stable sort. */
final class EventSink {
    private final List<SimMention> mentions = new ArrayList<>();
    private final List<SimComplaint> complaints = new ArrayList<>();
    private long nextSeq;

    SimMention mention(long ts, String source, String text, Author author, String lang, String reshareOf,
            String topic, int incident) {
        SimMention m = new SimMention(nextSeq++, ts, source, text, author, lang, reshareOf, null, topic, incident);
        mentions.add(m);
        return m;
    }

    /** A post that answers another in its thread ({@code replyTo}); it belongs to no topic by intent. */
    SimMention reply(long ts, String source, String text, Author author, String lang, String replyTo) {
        SimMention m = new SimMention(nextSeq++, ts, source, text, author, lang, null, replyTo, null, -1);
        mentions.add(m);
        return m;
    }

    SimComplaint complaint(long ts, String channel, String text, String category, String product, String priority,
            String customerId, int incident) {
        SimComplaint c = new SimComplaint(nextSeq++, ts, channel, text, category, product, priority, customerId, incident);
        complaints.add(c);
        return c;
    }

    /** Mentions in event-time order (creation order breaks ties). */
    List<SimMention> sortedMentions() {
        mentions.sort(Comparator.comparingLong((SimMention m) -> m.ts).thenComparingLong(m -> m.seq));
        return mentions;
    }

    List<SimComplaint> sortedComplaints() {
        complaints.sort(Comparator.comparingLong(SimComplaint::ts).thenComparingLong(SimComplaint::seq));
        return complaints;
    }
}
