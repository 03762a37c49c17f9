package dev.crisiswatch.simulator.tail;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertCodec;
import dev.crisiswatch.simulator.evaluate.KafkaAlertReader;
import dev.crisiswatch.simulator.report.SafeText;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Follows the alerts topic and prints each alert as it arrives, until stopped. */
public final class AlertTail {
    private final String bootstrapServers;
    private final String topic;
    private final boolean fromBeginning;
    private final AlertFormatter formatter;
    private final AtomicBoolean running = new AtomicBoolean(true);

    public AlertTail(String bootstrapServers, String topic, boolean fromBeginning, AlertFormatter formatter) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.fromBeginning = fromBeginning;
        this.formatter = formatter;
    }

    public void stop() {
        running.set(false);
    }

    /** Prints alerts until {@link #stop()}; {@code maxAlerts} > 0 stops after that many. Returns the number printed. */
    public long run(PrintStream out, long maxAlerts) throws InterruptedException {
        long printed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = KafkaAlertReader.consumer(bootstrapServers)) {
            List<TopicPartition> parts = List.of();
            while (running.get() && parts.isEmpty()) {
                parts = KafkaAlertReader.partitions(consumer, topic, Duration.ofSeconds(5));
                if (parts.isEmpty()) System.err.println("waiting for topic '" + topic + "' to exist...");
            }
            if (parts.isEmpty()) return 0;
            consumer.assign(parts);
            if (fromBeginning) consumer.seekToBeginning(parts);
            else consumer.seekToEnd(parts);
            while (running.get()) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    out.print(render(r.value()));
                    out.flush();
                    if (maxAlerts > 0 && ++printed >= maxAlerts) return printed;
                }
            }
        }
        return printed;
    }

    String render(byte[] value) {
        String json = value == null ? "" : new String(value, StandardCharsets.UTF_8);
        try {
            Alert a = AlertCodec.fromJson(json);
            return formatter.format(a);
        } catch (IllegalArgumentException e) {
            return "(not an alert) " + SafeText.clean(json, 200) + "\n";
        }
    }
}
