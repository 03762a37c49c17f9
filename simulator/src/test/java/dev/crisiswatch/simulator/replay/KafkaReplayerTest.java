package dev.crisiswatch.simulator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replays files into a real in-JVM Kafka broker and reads back what arrived. */
class KafkaReplayerTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static KafkaClusterTestKit cluster;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (cluster != null) cluster.close();
    }

    @Test
    void shouldSendBothFilesInMergedEventTimeOrderKeepingScaledGaps() throws Exception {
        createTopics("m1", "c1");
        // Mentions at 0, 2, 4, 5 min; complaints at 1, 3 min; speed 600 turns a minute into 100 ms.
        Path mentions = write("mentions.jsonl",
                mention("m-0", T0), mention("m-2", T0.plusSeconds(120)), mention("m-4", T0.plusSeconds(240)),
                mention("m-5", T0.plusSeconds(300)));
        Path complaints = write("complaints.jsonl",
                complaint("c-1", T0.plusSeconds(60)), complaint("c-3", T0.plusSeconds(180)));

        ReplaySummary summary = new KafkaReplayer(cluster.bootstrapServers(), "m1", "c1", 600)
                .replay(mentions, complaints, null, false);

        assertThat(summary.mentions()).isEqualTo(4);
        assertThat(summary.complaints()).isEqualTo(2);
        assertThat(summary.firstEvent()).isEqualTo(T0);
        assertThat(summary.lastEvent()).isEqualTo(T0.plusSeconds(300));
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>(readAll("m1", 4));
        all.addAll(readAll("c1", 2));
        all.sort(Comparator.comparingLong(ConsumerRecord::timestamp));
        assertThat(all).extracting(r -> idOf(r.value())).containsExactly("m-0", "c-1", "m-2", "c-3", "m-4", "m-5");
        // Producer timestamps are wall-clock send times: each recorded minute took about 100 ms.
        long span = all.get(5).timestamp() - all.get(0).timestamp();
        assertThat(span).isBetween(450L, 1500L);
        // Sends follow the schedule from the start (minute i at i x 100 ms): never early; late only by what a
        // loaded machine adds, and one late send does not push back the ones after it.
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).timestamp() - all.get(0).timestamp()).isBetween(100L * i - 40, 100L * i + 1000);
        }
    }

    @Test
    void shouldSendLinesUntouchedIncludingMalformedAndLateOnes() throws Exception {
        createTopics("m2", "c2");
        byte[] invalidUtf8 = "{\"id\":\"bad\",\"ts\":\"2026-03-02T09:00:30Z\",\"source\":\"twitter\",\"text\":\"caf\u00e9 \"}"
                .getBytes(StandardCharsets.UTF_8);
        invalidUtf8[invalidUtf8.length - 4] = (byte) 0xC3; // a lone lead byte: not UTF-8
        invalidUtf8[invalidUtf8.length - 3] = (byte) 0x28;
        String truncated = "{\"id\":\"trunc\",\"ts\":\"2026-03-02T09:";
        String late = mention("late", T0.minusSeconds(90));
        String epochMillis = "{\"id\":\"epoch\",\"ts\":" + T0.plusSeconds(40).toEpochMilli()
                + ",\"source\":\"reddit\",\"text\":\"  spaced  \\u202e out \"}";
        Path mentions = dir.resolve("m.jsonl");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (byte[] line : List.of(mention("first", T0).getBytes(StandardCharsets.UTF_8), invalidUtf8,
                truncated.getBytes(StandardCharsets.UTF_8), late.getBytes(StandardCharsets.UTF_8),
                epochMillis.getBytes(StandardCharsets.UTF_8))) {
            file.write(line);
            file.write('\n');
        }
        file.write('\n'); // a trailing empty line is not an event
        Files.write(mentions, file.toByteArray());

        ReplaySummary summary = new KafkaReplayer(cluster.bootstrapServers(), "m2", "c2", Double.POSITIVE_INFINITY)
                .replay(mentions, null, null, false);

        assertThat(summary.sent()).isEqualTo(5);
        assertThat(summary.untimed()).isEqualTo(1);
        List<ConsumerRecord<byte[], byte[]>> got = readAll("m2", 5);
        assertThat(got.get(0).value()).isEqualTo(mention("first", T0).getBytes(StandardCharsets.UTF_8));
        assertThat(got.get(1).value()).isEqualTo(invalidUtf8);
        assertThat(new String(got.get(2).value(), StandardCharsets.UTF_8)).isEqualTo(truncated);
        assertThat(new String(got.get(3).value(), StandardCharsets.UTF_8)).isEqualTo(late);
        assertThat(new String(got.get(4).value(), StandardCharsets.UTF_8)).isEqualTo(epochMillis);
        assertThat(got).allSatisfy(r -> assertThat(r.key()).isNull());
    }

    @Test
    void shouldReplayAQuarterMillionEventsAtFullSpeed() throws Exception {
        createTopics("m3", "c3");
        int n = 250_000;
        Path mentions = dir.resolve("big.jsonl");
        StringBuilder sb = new StringBuilder(n * 420);
        for (int i = 0; i < n; i++) {
            sb.append("{\"id\":\"t").append(i).append("\",\"ts\":\"").append(T0.plusMillis(i * 250L))
                    .append("\",\"source\":\"twitter\",\"text\":\"@acmehelp my parcel 4711 never arrived and support has not")
                    .append(" answered in three days, this is the second time this month #acmefail\",")
                    .append("\"author\":{\"id\":\"u").append(i % 5000).append("\",\"handle\":\"@user").append(i % 5000)
                    .append("\",\"followers\":").append(i % 997).append(",\"verified\":false},\"lang\":\"en\",")
                    .append("\"reshares\":").append(i % 13).append(",\"likes\":").append(i % 31).append("}\n");
        }
        Files.writeString(mentions, sb);

        ReplaySummary summary = new KafkaReplayer(cluster.bootstrapServers(), "m3", "c3", Double.POSITIVE_INFINITY)
                .replay(mentions, null, null, false);

        System.out.printf("replay of %,d events of %d bytes: %.2f s, %,.0f events/s%n", n, sb.length() / n,
                summary.wall().toNanos() / 1e9, summary.ratePerSecond());
        assertThat(summary.sent()).isEqualTo(n);
        assertThat(endOffset("m3")).isEqualTo(n);
    }

    private static String mention(String id, Instant ts) {
        return "{\"id\":\"" + id + "\",\"ts\":\"" + ts + "\",\"source\":\"twitter\",\"text\":\"@acme where is my parcel\"}";
    }

    private static String complaint(String id, Instant ts) {
        return "{\"id\":\"" + id + "\",\"ts\":\"" + ts + "\",\"channel\":\"email\",\"text\":\"parcel lost\",\"category\":\"delivery\"}";
    }

    private static String idOf(byte[] json) {
        String s = new String(json, StandardCharsets.UTF_8);
        int i = s.indexOf("\"id\":\"") + 6;
        return s.substring(i, s.indexOf('"', i));
    }

    private Path write(String name, String... lines) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n");
        return p;
    }

    private static void createTopics(String... names) throws Exception {
        try (Admin admin = Admin.create(java.util.Map.<String, Object>of("bootstrap.servers", cluster.bootstrapServers()))) {
            admin.createTopics(java.util.Arrays.stream(names).map(n -> new NewTopic(n, 1, (short) 1)).toList()).all().get();
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static long endOffset(String topic) {
        try (KafkaConsumer<byte[], byte[]> c = consumer()) {
            TopicPartition tp = new TopicPartition(topic, 0);
            return c.endOffsets(List.of(tp)).get(tp);
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(String topic, int expected) {
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> c = consumer()) {
            TopicPartition tp = new TopicPartition(topic, 0);
            c.assign(List.of(tp));
            c.seekToBeginning(List.of(tp));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        assertThat(out).hasSize(expected);
        return out;
    }

}
