package dev.crisiswatch.simulator.tail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertCodec;
import dev.crisiswatch.model.AlertStatus;
import dev.crisiswatch.model.Severity;
import dev.crisiswatch.simulator.evaluate.KafkaAlertReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads alerts back from a real in-JVM broker, as `tail` and `evaluate --bootstrap-servers` do. */
class AlertsFromKafkaTest {
    private static KafkaClusterTestKit cluster;

    @BeforeAll
    static void startBrokerWithAlerts() throws Exception {
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build()).build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        try (var admin = org.apache.kafka.clients.admin.Admin.create(
                java.util.Map.<String, Object>of("bootstrap.servers", cluster.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("crisis-alerts", 2, (short) 1))).all().get();
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        try (var producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(record(alert("acme-delivery", AlertStatus.OPEN, Severity.WARNING, "2026-03-02T10:06:00Z",
                    "\u001B[2Jmy parcel never arrived"))).get();
            producer.send(record(alert("acme-billing", AlertStatus.OPEN, Severity.CRITICAL, "2026-03-02T11:00:00Z",
                    "charged twice for one order"))).get();
            producer.send(new ProducerRecord<>("crisis-alerts", "x".getBytes(StandardCharsets.UTF_8),
                    "not json".getBytes(StandardCharsets.UTF_8))).get();
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (cluster != null) cluster.close();
    }

    @Test
    void shouldReadEveryAlertInTheTopicAndSkipRecordsThatAreNotAlerts() throws Exception {
        List<Alert> alerts = KafkaAlertReader.readAll(cluster.bootstrapServers(), "crisis-alerts");

        assertThat(alerts).extracting(a -> a.topic).containsExactlyInAnyOrder("acme-delivery", "acme-billing");
    }

    @Test
    void shouldTailFromTheBeginningAndPrintEachAlertCleanly() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        AlertTail tail = new AlertTail(cluster.bootstrapServers(), "crisis-alerts", true, new AlertFormatter(false));

        long printed = tail.run(new PrintStream(buf, true, StandardCharsets.UTF_8), 3);

        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(printed).isEqualTo(3);
        assertThat(out).contains("acme-delivery").contains("acme-billing").contains("(not an alert) not json")
                .contains("\"my parcel never arrived\"").doesNotContain("\u001B");
    }

    private static ProducerRecord<byte[], byte[]> record(Alert a) {
        return new ProducerRecord<>("crisis-alerts", a.topic.getBytes(StandardCharsets.UTF_8), AlertCodec.toJsonBytes(a));
    }

    private static Alert alert(String topic, AlertStatus status, Severity severity, String eventTime, String sample) {
        Alert a = new Alert();
        a.alertId = topic + "-" + eventTime;
        a.topic = topic;
        a.status = status;
        a.severity = severity;
        a.kind = "NEGATIVE_SURGE";
        a.eventTime = eventTime;
        a.reasons.add("40 negative mentions in 10 min vs 4 expected");
        var s = new dev.crisiswatch.model.Sample();
        s.author = "@customer";
        s.source = "twitter";
        s.text = sample;
        a.samples.add(s);
        return a;
    }
}
