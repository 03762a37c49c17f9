package dev.crisiswatch.simulator.replay;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a JSON Lines file as raw bytes, one line at a time without its '\n', so that replayed
 * records carry exactly the bytes of the file, invalid UTF-8 included. Empty lines are skipped.
 */
public final class LineReader implements Closeable {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private byte[] line = new byte[1024];
    private long lineNumber;

    public LineReader(Path file) throws IOException {
        this.in = Files.newInputStream(file);
    }

    /** The next non-empty line, or null at the end of the file. */
    public byte[] next() throws IOException {
        while (true) {
            int len = 0;
            boolean any = false;
            while (true) {
                if (pos == limit) {
                    limit = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        break;
                    }
                }
                any = true;
                int start = pos;
                while (pos < limit && buf[pos] != '\n') pos++;
                int n = pos - start;
                if (len + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
                System.arraycopy(buf, start, line, len, n);
                len += n;
                if (pos < limit) {
                    pos++; // the '\n'
                    break;
                }
            }
            if (!any) return null;
            lineNumber++;
            if (len > 0) return Arrays.copyOf(line, len);
        }
    }

    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Lines in the file (counting a last line without '\n'), by a fast scan of the bytes. */
    public static long countLines(Path file) throws IOException {
        long lines = 0;
        byte last = '\n';
        byte[] b = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(b)) > 0) {
                for (int i = 0; i < n; i++) if (b[i] == '\n') lines++;
                last = b[n - 1];
            }
        }
        return last == '\n' ? lines : lines + 1;
    }
}
