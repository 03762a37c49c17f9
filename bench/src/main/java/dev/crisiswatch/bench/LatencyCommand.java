package dev.crisiswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Event-to-alert latency against a running job. Produces live at a fixed rate, event time running
 * {@code speed} times faster than the wall clock, with a new crisis (negative posts on one topic) starting
 * every event-minute after the detector's warm-up; reads the alerts topic and pairs each alert with the
 * append time of the event that caused it.
 *
 * <p>The alert of minute M (eventTime = M's end) can only fire once the watermark passes M's end, that is
 * once every input partition holds an event at or after M's end + maxOutOfOrderness. The cause is the
 * last such first event over all partitions; its append time is the broker's (LogAppendTime topics).
 */
@Command(name = "latency", description = "Event-append to alert-readable latency of a running job.")
final class LatencyCommand implements Callable<Integer> {
    private static final int MENTION_PARTITIONS = 4;
    private static final int COMPLAINT_PARTITIONS = 2;
    private static final int PARTITIONS = MENTION_PARTITIONS + COMPLAINT_PARTITIONS;

    @Option(names = "--bootstrap-servers", required = true) String bootstrap;
    @Option(names = "--templates", split = ",") List<Path> templates;
    @Option(names = "--real-catalogs", split = ",", defaultValue = "") List<Path> realCatalogs;
    @Option(names = "--catalog-out", required = true) Path catalogOut;
    @Option(names = "--catalog-size", defaultValue = "1000") int catalogSize;
    @Option(names = "--mentions-topic", required = true) String mentionsTopic;
    @Option(names = "--complaints-topic", required = true) String complaintsTopic;
    @Option(names = "--alerts-topic", required = true) String alertsTopic;
    @Option(names = "--prepare-only", description = "Create the topics and the catalog, then exit.")
    boolean prepareOnly;
    @Option(names = "--rate", defaultValue = "10000", description = "Events per wall second.") int rate;
    @Option(names = "--speed", defaultValue = "60", description = "Event-time seconds per wall second.")
    int speed;
    @Option(names = "--seconds", defaultValue = "90", description = "Wall seconds of production.") int seconds;
    @Option(names = "--drain-seconds", defaultValue = "15") int drainSeconds;
    @Option(names = "--read-committed") boolean readCommitted;
    @Option(names = "--out-of-orderness-ms", defaultValue = "120000") long outOfOrdernessMs;
    @Option(names = "--crisis-from-minute", defaultValue = "33",
            description = "Event-minute of the first crisis: after the detector's 30-minute warm-up.")
    int crisisFromMinute;
    @Option(names = "--crisis-minutes", defaultValue = "15") int crisisMinutes;
    @Option(names = "--crisis-share", defaultValue = "0.01", description = "Share of all events per crisis.")
    double crisisShare;
    @Option(names = "--start", defaultValue = "2026-03-05T00:00:00Z") String start;

    /** Event-minute boundary -> per partition, the append time of its first event at or after it. */
    private final Map<Long, long[]> boundaryAppends = new ConcurrentHashMap<>();

    private record Received(long readMs, long eventTimeMs, String status, String severity) {}

    @Override
    public Integer call() throws Exception {
        List<Path> real = realCatalogs.stream().filter(p -> !p.toString().isEmpty()).toList();
        BenchCatalog catalog = BenchCatalog.write(real, catalogSize, catalogOut);
        KafkaTopics.ensure(bootstrap, Map.of(mentionsTopic, MENTION_PARTITIONS, complaintsTopic, COMPLAINT_PARTITIONS),
                Map.of("message.timestamp.type", "LogAppendTime"));
        KafkaTopics.ensure(bootstrap, Map.of(alertsTopic, 2), Map.of());
        if (prepareOnly) return 0;

        Traffic traffic = new Traffic(TemplatePool.load(templates), catalog, 0.1, 0.2, 0, 7);
        List<Received> alerts = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> readAlerts(alerts, stop), "alerts-reader");
        reader.start();
        Thread.sleep(2000); // the reader is at the end of the alerts topic before the first event
        long sent = produce(traffic);
        Thread.sleep(drainSeconds * 1000L);
        stop.set(true);
        reader.join();
        System.out.println(report(alerts, sent));
        return 0;
    }

    private long produce(Traffic traffic) {
        long t0 = Instant.parse(start).toEpochMilli();
        long[] lastMinute = new long[PARTITIONS];
        Arrays.fill(lastMinute, -1);
        long[] perKind = new long[2];
        EventWriter writer = new EventWriter();
        long began = System.nanoTime();
        long end = began + seconds * 1_000_000_000L;
        long i = 0;
        try (KafkaProducer<byte[], byte[]> producer = KafkaTopics.producer(bootstrap, 5)) {
            while (true) {
                long now = System.nanoTime();
                if (now >= end) break;
                long due = (now - began) * rate / 1_000_000_000L;
                if (i >= due) {
                    Thread.onSpinWait();
                    if (due + 50 < i) sleep(1);
                    continue;
                }
                for (; i < due; i++) {
                    long ts = t0 + i * 1000L * speed / rate;
                    long minute = (ts - t0) / 60_000;
                    boolean complaint = traffic.nextIsComplaint();
                    int partition = complaint
                            ? MENTION_PARTITIONS + (int) (perKind[1]++ % COMPLAINT_PARTITIONS)
                            : (int) (perKind[0]++ % MENTION_PARTITIONS);
                    byte[] value = complaint
                            ? writer.write(traffic.complaint(), "lc", i, ts, null)
                            : mention(traffic, writer, i, ts, minute);
                    ProducerRecord<byte[], byte[]> r = complaint
                            ? new ProducerRecord<>(complaintsTopic, partition - MENTION_PARTITIONS, null, value)
                            : new ProducerRecord<>(mentionsTopic, partition, null, value);
                    long absMinute = Math.floorDiv(ts, 60_000L);
                    long firstCrossed = lastMinute[partition] + 1;
                    if (absMinute > lastMinute[partition]) {
                        lastMinute[partition] = absMinute;
                        long from = firstCrossed == 0 ? absMinute : firstCrossed;
                        int p = partition;
                        producer.send(r, (md, ex) -> {
                            if (ex != null || md == null) return;
                            for (long m = from; m <= absMinute; m++) {
                                boundaryAppends.computeIfAbsent(m, k -> new long[PARTITIONS])[p] = md.timestamp();
                            }
                        });
                    } else {
                        producer.send(r);
                    }
                }
            }
            producer.flush();
        }
        return i;
    }

    private byte[] mention(Traffic traffic, EventWriter writer, long i, long ts, long minute) {
        long active = Math.min(minute - crisisFromMinute + 1, crisisMinutes);
        if (active > 0 && traffic.nextDouble() < crisisShare * active) {
            long crisis = minute - (long) (traffic.nextDouble() * active);
            return writer.write(traffic.negativeMention(), "lm", i, ts, traffic.tagOf((int) crisis));
        }
        return writer.write(traffic.mention(), "lm", i, ts, traffic.topicTag());
    }

    private void readAlerts(List<Received> into, AtomicBoolean stop) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, readCommitted ? "read_committed" : "read_uncommitted");
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        ObjectMapper json = new ObjectMapper();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(alertsTopic).stream()
                    .map(i -> new TopicPartition(alertsTopic, i.partition())).toList();
            c.assign(parts);
            c.seekToEnd(parts);
            while (!stop.get()) {
                var batch = c.poll(Duration.ofMillis(20));
                long readMs = System.currentTimeMillis();
                for (var r : batch) {
                    try {
                        JsonNode a = json.readTree(r.value());
                        into.add(new Received(readMs, Instant.parse(a.path("eventTime").asText()).toEpochMilli(),
                                a.path("status").asText(), a.path("severity").asText()));
                    } catch (Exception e) {
                        System.err.println("unreadable alert: " + e.getMessage());
                    }
                }
            }
        }
    }

    private String report(List<Received> alerts, long sent) throws Exception {
        List<Long> latencies = new ArrayList<>();
        int unpaired = 0;
        for (Received a : alerts) {
            long[] appends = boundaryAppends.get(Math.floorDiv(a.eventTimeMs + outOfOrdernessMs, 60_000L));
            long cause = appends == null ? 0 : Arrays.stream(appends).min().getAsLong() == 0
                    ? 0 : Arrays.stream(appends).max().getAsLong();
            if (cause == 0) {
                unpaired++;
                continue;
            }
            latencies.add(a.readMs - cause);
        }
        latencies.sort(null);
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.put("mode", readCommitted ? "exactly-once (read_committed)" : "at-least-once");
        out.put("offeredEventsPerSecond", rate);
        out.put("eventsSent", sent);
        out.put("eventTimeSpeed", speed);
        out.put("alerts", alerts.size());
        out.put("alertsPaired", latencies.size());
        out.put("alertsUnpaired", unpaired);
        out.put("alertsOpen", alerts.stream().filter(a -> a.status.equals("OPEN")).count());
        out.put("alertsWarningOrCritical", alerts.stream()
                .filter(a -> a.severity.equals("WARNING") || a.severity.equals("CRITICAL")).count());
        if (!latencies.isEmpty()) {
            out.put("p50Ms", percentile(latencies, 0.50));
            out.put("p99Ms", percentile(latencies, 0.99));
            out.put("maxMs", latencies.get(latencies.size() - 1));
            out.put("minMs", latencies.get(0));
        }
        return new ObjectMapper().writeValueAsString(out);
    }

    private static long percentile(List<Long> sorted, double q) {
        int idx = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, idx)));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
