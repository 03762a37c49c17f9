package dev.crisiswatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertCodec;
import dev.crisiswatch.model.AlertStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The streaming job on a real KRaft broker: a crisis and a happy burst in, alerts and dead letters out. */
class KafkaPipelineTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    static final Instant CRISIS = TestData.START.plus(Duration.ofHours(6));
    static final Instant BUZZ = TestData.START.plus(Duration.ofHours(7));

    static KafkaClusterTestKit kafka;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
    }

    private static void createTopics(String suffix) throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(
                Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("mentions" + suffix, 2, (short) 1),
                    new NewTopic("complaints" + suffix, 1, (short) 1),
                    new NewTopic("crisis-alerts" + suffix, 1, (short) 1),
                    new NewTopic("crisis-deadletter" + suffix, 1, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (kafka != null) kafka.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"at-least-once", "exactly-once"})
    void shouldAlertOnTheCrisisOnlyAndDeadLetterTheBrokenRecord(String guarantee) throws Exception {
        String suffix = "-" + guarantee;
        createTopics(suffix);
        Path catalog = dir.resolve("catalog.yaml");
        Files.writeString(catalog, TestData.CATALOG);
        Path config = dir.resolve("crisis" + suffix + ".yaml");
        Files.writeString(config, "kafka:\n  startingOffsets: earliest\n  deliveryGuarantee: " + guarantee
                + "\n  transactionalIdPrefix: test" + suffix + "\nstate:\n  checkpointInterval: 2s\ntopics:\n"
                + "  mentions: mentions" + suffix + "\n  complaints: complaints" + suffix + "\n"
                + "  alerts: crisis-alerts" + suffix + "\n  deadLetter: crisis-deadletter" + suffix + "\n");
        CrisisJob job = new CrisisJob();
        new CommandLine(job).parseArgs("--bootstrap-servers", kafka.bootstrapServers(), "--catalog",
                catalog.toString(), "--config", config.toString(), "--parallelism", "2",
                "--checkpoint-dir", dir.resolve("ckpt" + suffix).toUri().toString());
        JobClient client = job.prepare().executeAsync("kafka-pipeline-test");
        try {
            produce("mentions" + suffix, TestData.mentions(CRISIS, BUZZ, 3));
            produce("complaints" + suffix, TestData.complaints(CRISIS, 5));
            produce("mentions" + suffix, List.of("{\"id\":\"broken\",\"ts\":"));

            List<Alert> alerts = new ArrayList<>();
            List<String> dead = new ArrayList<>();
            try (KafkaConsumer<byte[], byte[]> c = consumer()) {
                c.subscribe(List.of("crisis-alerts" + suffix, "crisis-deadletter" + suffix));
                long deadline = System.currentTimeMillis() + 120_000;
                boolean crisisSeen = false;
                long settleUntil = Long.MAX_VALUE;
                while (System.currentTimeMillis() < Math.min(deadline, settleUntil)) {
                    for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
                        String v = new String(r.value(), StandardCharsets.UTF_8);
                        if (r.topic().startsWith("crisis-deadletter")) {
                            dead.add(v);
                            continue;
                        }
                        Alert a = AlertCodec.fromJson(v);
                        assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(a.topic);
                        alerts.add(a);
                        if (!crisisSeen && a.topic.equals("acme-delivery") && a.severity.isCrisis()) {
                            crisisSeen = true;
                            settleUntil = System.currentTimeMillis() + 10_000; // let the buzz alerts arrive too
                        }
                    }
                }
            }
            assertThat(alerts).anySatisfy(a -> {
                assertThat(a.topic).isEqualTo("acme-delivery");
                assertThat(a.status).isIn(AlertStatus.OPEN, AlertStatus.UPDATE);
                assertThat(a.severity.isCrisis()).isTrue();
                assertThat(Instant.parse(a.eventTime)).isBetween(CRISIS, CRISIS.plus(Duration.ofMinutes(40)));
                assertThat(a.detectedAt).isNotBlank();
            });
            assertThat(alerts).filteredOn(a -> a.topic.equals("acme-app")).noneMatch(a -> a.severity.isCrisis());
            assertThat(dead).anySatisfy(d -> assertThat(d).contains("invalid JSON").contains("mentions" + suffix + "/"));
            if (guarantee.equals("exactly-once")) {
                assertThat(alerts).extracting(a -> a.alertId).doesNotHaveDuplicates();
            }
        } finally {
            client.cancel().get();
        }
    }

    private static void produce(String topic, List<String> lines) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrapServers());
        p.put("linger.ms", "5");
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (String l : lines) producer.send(new ProducerRecord<>(topic, l.getBytes(StandardCharsets.UTF_8)));
            producer.flush();
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of("bootstrap.servers", kafka.bootstrapServers(), "group.id", "test",
                "auto.offset.reset", "earliest", "isolation.level", "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
