package dev.crisiswatch.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The broker's raw rate: one plain KafkaConsumer reading the input topics from the start, touching nothing. */
@Command(name = "consume", description = "Raw consumer rate of the input topics (records/s).")
final class ConsumeCommand implements Callable<Integer> {
    @Option(names = "--bootstrap-servers", required = true) String bootstrap;
    @Option(names = "--topics", split = ",", defaultValue = "mentions,complaints") List<String> topics;
    @Option(names = "--max-seconds", defaultValue = "60") int maxSeconds;

    @Override
    public Integer call() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(64 * 1024 * 1024));
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
        long records = 0;
        long bytes = 0;
        long first = 0;
        long lastData = 0;
        int emptyPolls = 0;
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            c.subscribe(topics);
            long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
            while (System.nanoTime() < deadline && emptyPolls < 20) {
                ConsumerRecords<byte[], byte[]> batch = c.poll(Duration.ofMillis(250));
                if (batch.isEmpty()) {
                    if (records > 0) emptyPolls++;
                    continue;
                }
                emptyPolls = 0;
                if (first == 0) first = System.nanoTime();
                for (var r : batch) bytes += r.value().length;
                records += batch.count();
                lastData = System.nanoTime();
            }
        }
        double secs = Math.max(1e-9, (lastData - first) / 1e9);
        System.out.printf(Locale.ROOT, "{\"records\":%d,\"seconds\":%.1f,\"recordsPerSecond\":%.0f,"
                + "\"megabytesPerSecond\":%.1f}%n", records, secs, records / secs, bytes / secs / 1e6);
        return 0;
    }
}
