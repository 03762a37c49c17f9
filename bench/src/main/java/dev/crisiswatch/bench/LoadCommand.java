package dev.crisiswatch.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes the benchmark catalog and pre-loads the input topics, so the producer is not part of a measurement;
 * or, with {@code --out-dir}, writes the same records to JSON-lines files (the JMH source-chain benchmark's input).
 */
@Command(name = "load", description = "Write the catalog and pre-load mentions/complaints topics (or files).")
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--bootstrap-servers") String bootstrap;
    @Option(names = "--out-dir", description = "Write mentions.jsonl and complaints.jsonl here instead of Kafka.")
    Path outDir;
    @Option(names = "--templates", required = true, split = ",", description = "Simulator output folders.")
    List<Path> templates;
    @Option(names = "--real-catalogs", split = ",", defaultValue = "") List<Path> realCatalogs;
    @Option(names = "--catalog-out", required = true) Path catalogOut;
    @Option(names = "--catalog-size", defaultValue = "1000") int catalogSize;
    @Option(names = "--mentions-topic", defaultValue = "mentions") String mentionsTopic;
    @Option(names = "--complaints-topic", defaultValue = "complaints") String complaintsTopic;
    @Option(names = "--events", defaultValue = "0", description = "0: write the catalog only.") long events;
    @Option(names = "--complaint-share", defaultValue = "0.1") double complaintShare;
    @Option(names = "--untopical-share", defaultValue = "0.2") double untopicalShare;
    @Option(names = "--hot-share", defaultValue = "0", description = "Share of topical posts on one topic.")
    double hotShare;
    @Option(names = "--duplicate-share", defaultValue = "0.005") double duplicateShare;
    @Option(names = "--events-per-second", defaultValue = "2000", description = "Event-time rate of the data.")
    long eventTimeRate;
    @Option(names = "--start", defaultValue = "2026-03-02T00:00:00Z") String start;
    @Option(names = "--seed", defaultValue = "42") long seed;

    @Override
    public Integer call() throws Exception {
        List<Path> real = realCatalogs.stream().filter(p -> !p.toString().isEmpty()).toList();
        BenchCatalog catalog = BenchCatalog.write(real, catalogSize, catalogOut);
        dev.crisiswatch.model.TopicCatalog.load(catalogOut); // fails here, not in the job, if the catalog is invalid
        if (events == 0) {
            System.out.printf(Locale.ROOT, "{\"catalogTopics\":%d}%n", catalog.size());
            return 0;
        }
        if ((bootstrap == null) == (outDir == null)) {
            System.err.println("load: give exactly one of --bootstrap-servers and --out-dir");
            return 2;
        }
        TemplatePool pool = TemplatePool.load(templates);
        Traffic traffic = new Traffic(pool, catalog, complaintShare, untopicalShare, hotShare, seed);
        EventWriter writer = new EventWriter();
        long t0 = Instant.parse(start).toEpochMilli();
        long bytes = 0;
        long duplicates = 0;
        long began = System.nanoTime();
        try (RecordSink sink = outDir != null ? new FileSink(outDir) : new KafkaSink()) {
            byte[] last = null;
            boolean lastComplaint = false;
            for (long i = 0; i < events; i++) {
                if (last != null && traffic.nextDouble() < duplicateShare) {
                    duplicates++; // the same record again, as a feed that retries does
                } else {
                    long ts = t0 + i * 1000 / eventTimeRate;
                    lastComplaint = traffic.nextIsComplaint();
                    last = lastComplaint
                            ? writer.write(traffic.complaint(), "c", i, ts, null)
                            : writer.write(traffic.mention(), "m", i, ts, traffic.topicTag());
                }
                bytes += last.length;
                sink.send(lastComplaint, last);
            }
        }
        double secs = (System.nanoTime() - began) / 1e9;
        System.out.printf(Locale.ROOT, "{\"catalogTopics\":%d,\"events\":%d,\"duplicates\":%d,\"avgBytes\":%.0f,"
                        + "\"loadSeconds\":%.1f,\"eventTimeMinutes\":%.1f,\"hotShare\":%.2f}%n",
                catalog.size(), events, duplicates, (double) bytes / events, secs,
                events / (double) eventTimeRate / 60, hotShare);
        return 0;
    }

    /** Where the loaded records go: the input topics, or one JSON-lines file per stream. */
    private interface RecordSink extends AutoCloseable {
        void send(boolean complaint, byte[] record) throws IOException;

        @Override
        void close() throws IOException;
    }

    private final class KafkaSink implements RecordSink {
        private final KafkaProducer<byte[], byte[]> producer;

        KafkaSink() throws Exception {
            KafkaTopics.ensure(bootstrap, Map.of(mentionsTopic, 4, complaintsTopic, 2, "crisis-alerts", 2,
                    "crisis-deadletter", 1), Map.of());
            producer = KafkaTopics.producer(bootstrap, 20);
        }

        @Override
        public void send(boolean complaint, byte[] record) {
            producer.send(new ProducerRecord<>(complaint ? complaintsTopic : mentionsTopic, record));
        }

        @Override
        public void close() {
            producer.flush();
            producer.close();
        }
    }

    private static final class FileSink implements RecordSink {
        private final OutputStream mentions;
        private final OutputStream complaints;

        FileSink(Path dir) throws IOException {
            Files.createDirectories(dir);
            mentions = new BufferedOutputStream(Files.newOutputStream(dir.resolve("mentions.jsonl")), 1 << 16);
            complaints = new BufferedOutputStream(Files.newOutputStream(dir.resolve("complaints.jsonl")), 1 << 16);
        }

        @Override
        public void send(boolean complaint, byte[] record) throws IOException {
            OutputStream out = complaint ? complaints : mentions;
            out.write(record);
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            try (mentions; complaints) {
                mentions.flush();
                complaints.flush();
            }
        }
    }
}
