package dev.crisiswatch.bench;

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

/** Writes the benchmark catalog and pre-loads the input topics, so the producer is not part of a measurement. */
@Command(name = "load", description = "Write the catalog and pre-load mentions/complaints topics.")
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--bootstrap-servers", required = true) String bootstrap;
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
        TemplatePool pool = TemplatePool.load(templates);
        KafkaTopics.ensure(bootstrap, Map.of(mentionsTopic, 4, complaintsTopic, 2, "crisis-alerts", 2,
                "crisis-deadletter", 1), Map.of());
        Traffic traffic = new Traffic(pool, catalog, complaintShare, untopicalShare, hotShare, seed);
        EventWriter writer = new EventWriter();
        long t0 = Instant.parse(start).toEpochMilli();
        long bytes = 0;
        long duplicates = 0;
        long began = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = KafkaTopics.producer(bootstrap, 20)) {
            ProducerRecord<byte[], byte[]> last = null;
            for (long i = 0; i < events; i++) {
                ProducerRecord<byte[], byte[]> r;
                if (last != null && traffic.nextDouble() < duplicateShare) {
                    r = last; // the same record again, as a feed that retries does
                    duplicates++;
                } else {
                    long ts = t0 + i * 1000 / eventTimeRate;
                    boolean complaint = traffic.nextIsComplaint();
                    byte[] value = complaint
                            ? writer.write(traffic.complaint(), "c", i, ts, null)
                            : writer.write(traffic.mention(), "m", i, ts, traffic.topicTag());
                    r = new ProducerRecord<>(complaint ? complaintsTopic : mentionsTopic, value);
                    last = r;
                }
                bytes += r.value().length;
                producer.send(r);
            }
            producer.flush();
        }
        double secs = (System.nanoTime() - began) / 1e9;
        System.out.printf(Locale.ROOT, "{\"catalogTopics\":%d,\"events\":%d,\"duplicates\":%d,\"avgBytes\":%.0f,"
                        + "\"loadSeconds\":%.1f,\"eventTimeMinutes\":%.1f,\"hotShare\":%.2f}%n",
                catalog.size(), events, duplicates, (double) bytes / events, secs,
                events / (double) eventTimeRate / 60, hotShare);
        return 0;
    }
}
