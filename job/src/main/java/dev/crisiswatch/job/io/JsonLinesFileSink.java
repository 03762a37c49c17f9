package dev.crisiswatch.job.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.util.function.SerializableFunction;

/**
 * Writes records as JSON Lines to one local file (backtests; run it at parallelism 1). Lines are
 * appended as they come; at the end of input the file is rewritten in a stable order, so a
 * backtest gives the same file whatever the parallelism.
 */
public final class JsonLinesFileSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final SerializableFunction<T, String> toJson;
    private final Order<T> order;

    /** A comparator that can travel inside the job graph. */
    public interface Order<T> extends Comparator<T>, java.io.Serializable {}

    public JsonLinesFileSink(String path, SerializableFunction<T, String> toJson, Order<T> order) {
        this.path = path;
        this.toJson = toJson;
        this.order = order;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        return new Writer();
    }

    private final class Writer implements SinkWriter<T> {
        private final Path file = Path.of(path);
        private final BufferedWriter out;
        private final List<T> all = new ArrayList<>();

        Writer() throws IOException {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        @Override
        public void write(T element, Context context) throws IOException {
            out.write(toJson.apply(element));
            out.write('\n');
            if (order != null) all.add(element);
        }

        @Override
        public void flush(boolean endOfInput) throws IOException {
            out.flush();
            if (endOfInput && order != null) rewriteSorted();
        }

        private void rewriteSorted() throws IOException {
            all.sort(order);
            Path tmp = file.resolveSibling(file.getFileName() + ".sorting");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (T t : all) {
                    w.write(toJson.apply(t));
                    w.write('\n');
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
