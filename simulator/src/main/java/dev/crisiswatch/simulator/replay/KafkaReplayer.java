package dev.crisiswatch.simulator.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RoundRobinPartitioner;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends the lines of a mentions file and a complaints file to their Kafka topics in merged
 * event-time order, paced by {@link Pacer}. Each record's value is the line's bytes untouched
 * (malformed lines too: the job must dead-letter them); records have no key and the broker's
 * timestamp, so that topic retention does not delete old recorded events on arrival.
 */
public final class KafkaReplayer {
    private final String bootstrapServers;
    private final String mentionsTopic;
    private final String complaintsTopic;
    private final double speed;

    public KafkaReplayer(String bootstrapServers, String mentionsTopic, String complaintsTopic, double speed) {
        this.bootstrapServers = bootstrapServers;
        this.mentionsTopic = mentionsTopic;
        this.complaintsTopic = complaintsTopic;
        this.speed = speed;
    }

    public static double parseSpeed(String s) {
        return Pacer.parseSpeed(s);
    }

    /** Producer settings for throughput with no loss or duplicates on retry. */
    static Properties producerProperties(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "crisis-replay");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        // Spread records over every partition from the start: the default sticky partitioner fills one
        // partition at a time, and at demo rates the idle ones hold the job's watermark back until
        // eventTime.idleness marks them idle (about 30 s of alert latency).
        p.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, RoundRobinPartitioner.class.getName());
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(128L * 1024 * 1024));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(4 * 1024 * 1024));
        return p;
    }

    /** Either file may be null; progress goes to {@code progressOut} (null for none). */
    public ReplaySummary replay(Path mentions, Path complaints, PrintStream progressOut, boolean terminal)
            throws IOException {
        long total = (mentions == null ? 0 : LineReader.countLines(mentions))
                + (complaints == null ? 0 : LineReader.countLines(complaints));
        ProgressBar progress = progressOut == null ? null : new ProgressBar(progressOut, total, terminal);
        FailureCounter failures = new FailureCounter();
        long[] sent = new long[2]; // mentions, complaints
        Pacer pacer = new Pacer(speed, Pacer.SYSTEM, simulatedTs -> {
            if (progress != null) progress.update(sent[0] + sent[1], simulatedTs);
        });
        long untimed = 0;
        long first = Long.MIN_VALUE;
        long start = 0;
        try (MergedLines lines = new MergedLines(mentions, complaints);
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties(bootstrapServers),
                        new ByteArraySerializer(), new ByteArraySerializer())) {
            // Fetch metadata first so that the first send does not stall the paced clock.
            if (mentions != null) producer.partitionsFor(mentionsTopic);
            if (complaints != null) producer.partitionsFor(complaintsTopic);
            start = System.nanoTime();
            ReplayRecord r;
            while ((r = lines.next()) != null) {
                pacer.awaitTurn(r.ts());
                if (first == Long.MIN_VALUE && r.timeKnown()) first = r.ts();
                if (!r.timeKnown()) untimed++;
                boolean isMention = r.stream() == ReplayRecord.Stream.MENTIONS;
                producer.send(new ProducerRecord<>(isMention ? mentionsTopic : complaintsTopic, r.value()), failures);
                sent[isMention ? 0 : 1]++;
                if (progress != null) progress.update(sent[0] + sent[1], pacer.simulatedTs());
            }
            producer.flush();
        }
        if (progress != null) progress.finish(sent[0] + sent[1], pacer.simulatedTs());
        if (failures.first.get() != null) {
            throw new IOException(failures.count.get() + " records could not be sent", failures.first.get());
        }
        return new ReplaySummary(sent[0], sent[1], untimed, failures.count.get(), Duration.ofNanos(System.nanoTime() - start),
                first == Long.MIN_VALUE ? null : Instant.ofEpochMilli(first),
                pacer.simulatedTs() == Long.MIN_VALUE ? null : Instant.ofEpochMilli(pacer.simulatedTs()));
    }

    /** One callback for every send: counts failures and keeps the first. */
    private static final class FailureCounter implements Callback {
        final AtomicLong count = new AtomicLong();
        final AtomicReference<Exception> first = new AtomicReference<>();

        @Override
        public void onCompletion(org.apache.kafka.clients.producer.RecordMetadata metadata, Exception e) {
            if (e != null) {
                count.incrementAndGet();
                first.compareAndSet(null, e);
            }
        }
    }
}
