package dev.crisiswatch.simulator.generate;

/**
 * A generated public post, before it is written out. Mutable only while its cascade grows (its
 * captured {@code reshares}); {@code topic} and {@code incident} are what the generator meant, for
 * the truth file and tests, and are never written into the event.
 */
final class SimMention {
    final long seq;
    final String id;
    final long ts;
    final String source;
    final String text;
    final Author author;
    final String lang;
    final String reshareOf;
    final String replyTo;
    final String topic;
    final int incident;
    int reshares;
    long likes;

    SimMention(long seq, long ts, String source, String text, Author author, String lang, String reshareOf,
            String replyTo, String topic, int incident) {
        this.seq = seq;
        this.id = "p" + (7_000_000_000L + seq);
        this.ts = ts;
        this.source = source;
        this.text = text;
        this.author = author;
        this.lang = lang;
        this.reshareOf = reshareOf;
        this.replyTo = replyTo;
        this.topic = topic;
        this.incident = incident;
    }
}
