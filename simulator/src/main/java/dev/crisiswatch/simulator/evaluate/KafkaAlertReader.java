package dev.crisiswatch.simulator.evaluate;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the alerts topic from Kafka without a consumer group (assigned partitions, nothing
 * committed), so reading never disturbs anyone else's offsets.
 */
public final class KafkaAlertReader {
    private KafkaAlertReader() {}

    public static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "crisis-simulator");
        // Reading must never create the alerts topic with broker defaults before the job creates it.
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Partitions of the topic, waiting up to {@code wait} for it to exist. */
    public static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic, Duration wait)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            }
            if (System.nanoTime() > deadline) return List.of();
            Thread.sleep(500);
        }
    }

    /** Every alert in the topic up to the end offsets seen when called. Records that are not alerts are counted and skipped. */
    public static List<Alert> readAll(String bootstrapServers, String topic) throws InterruptedException {
        List<Alert> out = new ArrayList<>();
        int skipped = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers)) {
            List<TopicPartition> parts = partitions(consumer, topic, Duration.ofSeconds(10));
            if (parts.isEmpty()) throw new IllegalStateException("topic '" + topic + "' does not exist");
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            while (!reached(consumer, end)) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        out.add(AlertCodec.fromJson(new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)));
                    } catch (IllegalArgumentException | NullPointerException e) {
                        skipped++;
                    }
                }
            }
        }
        if (skipped > 0) System.err.println("skipped " + skipped + " records of '" + topic + "' that are not alerts");
        return out;
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (var e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) return false;
        }
        return true;
    }
}
