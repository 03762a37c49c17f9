package dev.crisiswatch.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/** Writes one event of a template with a new id, time and topic hashtag, into a reused buffer. */
final class EventWriter {
    private byte[] buf = new byte[2048];
    private int len;

    byte[] write(TemplatePool.Template t, String idPrefix, long seq, long ts, String hashtag) {
        len = 0;
        put("{\"id\":\"");
        put(idPrefix);
        put(Long.toString(seq));
        put("\",\"ts\":\"");
        put(DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(ts)));
        put("\",");
        put(t.head());
        if (hashtag != null) {
            put(" ");
            put(hashtag);
        }
        put(t.tail());
        return Arrays.copyOf(buf, len);
    }

    private void put(String s) {
        put(s.getBytes(StandardCharsets.UTF_8));
    }

    private void put(byte[] b) {
        if (len + b.length > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + b.length));
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }
}
