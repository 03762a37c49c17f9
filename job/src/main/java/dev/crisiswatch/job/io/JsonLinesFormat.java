package dev.crisiswatch.job.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/** Reads a JSON Lines file as raw bytes per line (no charset decoding, so invalid UTF-8 reaches the dead letters). */
public final class JsonLinesFormat extends SimpleStreamFormat<Parsed> {
    private static final long serialVersionUID = 1L;
    private final String fileName;
    private final RecordDecoder decoder;
    private final int maxRecordBytes;

    public JsonLinesFormat(String fileName, RecordDecoder decoder, int maxRecordBytes) {
        this.fileName = fileName;
        this.decoder = decoder;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public StreamFormat.Reader<Parsed> createReader(Configuration config, FSDataInputStream stream) {
        return new LineReader(stream);
    }

    @Override
    public TypeInformation<Parsed> getProducedType() {
        return TypeInformation.of(Parsed.class);
    }

    private final class LineReader implements StreamFormat.Reader<Parsed> {
        private final InputStream in;
        private final byte[] buf = new byte[64 * 1024];
        private int pos;
        private int limit;
        private long lineNo;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
        private long lastLineLength;

        LineReader(InputStream in) {
            this.in = in;
        }

        @Override
        public Parsed read() throws IOException {
            while (true) {
                byte[] bytes = nextLine();
                if (bytes == null) return null;
                lineNo++;
                if (isBlank(bytes)) continue;
                if (lastLineLength > maxRecordBytes) {
                    return decoder.tooLarge(lastLineLength, bytes, fileName + ":" + lineNo);
                }
                return decoder.decode(bytes, fileName, lineNo);
            }
        }

        /** The next line without its terminator; lines longer than the record limit are kept only up to it. */
        private byte[] nextLine() throws IOException {
            line.reset();
            boolean any = false;
            long length = 0;
            while (true) {
                if (pos == limit) {
                    limit = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        lastLineLength = length;
                        return any ? trimCr(line.toByteArray()) : null;
                    }
                }
                any = true;
                int start = pos;
                while (pos < limit && buf[pos] != '\n') pos++;
                int n = pos - start;
                if (length + n <= maxRecordBytes + 1L) line.write(buf, start, n);
                length += n;
                if (pos < limit) {
                    pos++;
                    lastLineLength = length;
                    return trimCr(line.toByteArray());
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static byte[] trimCr(byte[] b) {
        return b.length > 0 && b[b.length - 1] == '\r' ? java.util.Arrays.copyOf(b, b.length - 1) : b;
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) if (x != ' ' && x != '\t' && x != '\r') return false;
        return true;
    }
}
