package dev.crisiswatch.simulator.replay;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Merges the mentions and complaints files into one sequence in event-time order: at each step
 * the file whose next line is earlier goes first. Each file keeps its own line order, so events
 * recorded out of order stay out of order, as they would arrive from a real source.
 */
final class MergedLines implements Closeable {
    private final Head mentions;
    private final Head complaints;

    /** Either path may be null. */
    MergedLines(Path mentionsFile, Path complaintsFile) throws IOException {
        this.mentions = mentionsFile == null ? null : new Head(ReplayRecord.Stream.MENTIONS, new LineReader(mentionsFile));
        this.complaints = complaintsFile == null ? null : new Head(ReplayRecord.Stream.COMPLAINTS, new LineReader(complaintsFile));
    }

    /** The next record of either file, or null when both are consumed. */
    ReplayRecord next() throws IOException {
        ReplayRecord m = mentions == null ? null : mentions.peek();
        ReplayRecord c = complaints == null ? null : complaints.peek();
        if (m == null && c == null) return null;
        if (c == null || (m != null && m.ts() <= c.ts())) return mentions.take();
        return complaints.take();
    }

    @Override
    public void close() throws IOException {
        if (mentions != null) mentions.reader.close();
        if (complaints != null) complaints.reader.close();
    }

    private static final class Head {
        private final ReplayRecord.Stream stream;
        private final LineReader reader;
        private final EventTimestamps timestamps = new EventTimestamps();
        private ReplayRecord next;
        private long lastTs = Long.MIN_VALUE;
        private boolean done;

        Head(ReplayRecord.Stream stream, LineReader reader) {
            this.stream = stream;
            this.reader = reader;
        }

        ReplayRecord peek() throws IOException {
            if (next == null && !done) {
                byte[] line = reader.next();
                if (line == null) {
                    done = true;
                    return null;
                }
                long ts = timestamps.of(line);
                boolean known = ts != EventTimestamps.UNKNOWN;
                if (known) lastTs = ts;
                next = new ReplayRecord(stream, line, known ? ts : lastTs, known);
            }
            return next;
        }

        ReplayRecord take() {
            ReplayRecord r = next;
            next = null;
            return r;
        }
    }
}
