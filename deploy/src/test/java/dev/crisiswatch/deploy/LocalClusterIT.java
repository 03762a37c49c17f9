package dev.crisiswatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crisiswatch.config.CrisisConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole deployment on this machine: a KRaft broker and a Flink standalone cluster started by
 * deploy/local/*.sh, the shaded job jar submitted over REST, a generated crisis replayed into Kafka.
 * Then a stop with a savepoint and a resume from it in the middle of the incident; and a first deployment
 * started warm from a savepoint that {@code crisis-job bootstrap} wrote from recorded history.
 */
class LocalClusterIT {
    private static final String BOOTSTRAP = "127.0.0.1:9092";
    private static final FlinkRest CLUSTER = new FlinkRest("http://127.0.0.1:8081");
    private static final Set<String> ALARMING = Set.of("WARNING", "CRITICAL");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path runDir;
    private static Command command;

    @BeforeAll
    static void startBrokerAndCluster() throws Exception {
        runDir = Path.of(System.getProperty("crisis.runDir", Repo.file("deploy/target/e2e-run").toString()));
        deleteRecursively(runDir);
        command = new Command(runDir.resolve("logs"), Map.of("CRISIS_RUN_DIR", runDir.toString()));
        long t0 = System.nanoTime();
        CompletableFuture<String> kafka = CompletableFuture.supplyAsync(() -> start("kafka.sh"));
        CompletableFuture<String> flink = CompletableFuture.supplyAsync(() -> start("flink.sh"));
        CompletableFuture.allOf(kafka, flink).join();
        report("cluster start (broker with topics, JobManager and TaskManager, in parallel)", t0);
    }

    private static String start(String script) {
        try {
            return command.run(Duration.ofSeconds(150), script(script), "start");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (command == null) return;
        try {
            command.run(Duration.ofSeconds(60), script("flink.sh"), "stop");
        } finally {
            command.run(Duration.ofSeconds(60), script("kafka.sh"), "stop");
        }
    }

    /** Each test leaves the cluster's two slots free for the next. */
    @AfterEach
    void cancelJobs() throws Exception {
        CLUSTER.cancelRunningJobs();
    }

    @Test
    void shouldOpenTheCrisisOnceAndKeepItOpenAcrossAStopWithSavepoint() throws Exception {
        Path scenario = runDir.resolve("scenario");
        simulator("generate", "--scenario", System.getProperty("crisis.e2eScenario",
                Repo.file("simulator/scenarios/demo.yaml").toString()), "--out", scenario.toString());
        JsonNode crisis = firstCatalogCrisis(scenario.resolve("truth.json"));
        String topic = crisis.path("topic").asText();
        Instant onset = Instant.parse(crisis.path("onset").asText());
        Instant end = Instant.parse(crisis.path("end").asText());
        // Late enough in the incident for it to have escalated, early enough that it is still open.
        Instant cut = onset.plus(Duration.between(onset, end).multipliedBy(3).dividedBy(4));
        ScenarioSplit.split(scenario, cut, runDir.resolve("part1"), runDir.resolve("part2"));
        List<String> jobArgs = List.of("--bootstrap-servers", BOOTSTRAP,
                "--catalog", scenario.resolve("catalog.yaml").toString(), "--job-name", "crisiswatch-e2e");

        long t0 = System.nanoTime();
        String jobId = flink("submit", Repo.jobJar().toString(), jobArgs);
        CLUSTER.awaitRunning(jobId);
        report("submission until every task runs", t0);

        try (AlertCollector alerts = new AlertCollector(BOOTSTRAP, "crisis-alerts")) {
            simulator("replay", runDir.resolve("part1").toString(), "--bootstrap-servers", BOOTSTRAP,
                    "--speed", "max", "--quiet");
            // CONTRACT section 5: detected = OPEN or UPDATE at WARNING/CRITICAL within the incident.
            List<JsonNode> before = alerts.pollUntil(a -> isDetection(a, topic, onset, end), Duration.ofSeconds(90));
            print("before the savepoint", before);
            JsonNode opened = before.stream().filter(a -> isStatus(a, topic, "OPEN")).findFirst().orElse(null);
            JsonNode detected = before.stream().filter(a -> isDetection(a, topic, onset, end)).findFirst().orElse(null);
            assertThat(opened).as("an OPEN alert on %s", topic).isNotNull();
            assertThat(detected).as("a WARNING/CRITICAL alert on %s within 90 s", topic).isNotNull();
            assertThat(detected.path("incidentId").asText()).isEqualTo(opened.path("incidentId").asText());
            System.out.printf("[e2e] %s detected at event time %s, %s after onset%n", topic,
                    detected.path("eventTime").asText(),
                    Duration.between(onset, Instant.parse(detected.path("eventTime").asText())));

            long t1 = System.nanoTime();
            String savepoint = flink("stop-job", jobId, List.of("--savepoint"));
            report("stop with savepoint", t1);
            String resumedId = flink("resume", Repo.jobJar().toString(), prepend(savepoint, jobArgs));
            CLUSTER.awaitRunning(resumedId);
            report("savepoint round trip (stop with savepoint, resume, all tasks running)", t1);
            assertThat(CLUSTER.restoredFrom(resumedId)).isEqualTo(savepoint);

            simulator("replay", runDir.resolve("part2").toString(), "--bootstrap-servers", BOOTSTRAP,
                    "--speed", "max", "--quiet");
            List<JsonNode> after = alerts.pollUntil(a -> isStatus(a, topic, "RESOLVED"), Duration.ofSeconds(75));
            print("after the resume", after);

            // The restored state still holds the incident: it goes on (UPDATE/RESOLVED), it is not opened again.
            assertThat(after).noneMatch(a -> isStatus(a, topic, "OPEN"));
            assertThat(after).filteredOn(a -> topic.equals(a.path("topic").asText()))
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(a.path("incidentId").asText()).isEqualTo(opened.path("incidentId").asText()));
        }
    }

    /**
     * A first deployment started warm, the way README "Warm start from history" tells a user: {@code crisis-job
     * bootstrap} turns the 34 hours before a crisis into a savepoint, the job is submitted from it to the cluster
     * and reads the rest from Kafka. The crisis starts with the live stream. The restored baselines let the job
     * judge it at once; a cold job on the same input spends its first {@code warmupMinutes} learning and alerts
     * nothing in them, so a warm job that ignored its savepoint would fail here.
     */
    @Test
    void shouldJudgeTheFirstLiveMinutesWhenStartedFromABootstrapSavepoint() throws Exception {
        Path scenario = runDir.resolve("warm-scenario");
        simulator("generate", "--scenario", Repo.file("simulator/scenarios/rude-reply-screenshot.yaml").toString(),
                "--out", scenario.toString());
        JsonNode crisis = firstCatalogCrisis(scenario.resolve("truth.json"));
        String topic = crisis.path("topic").asText();
        Instant onset = Instant.parse(crisis.path("onset").asText());
        Instant end = Instant.parse(crisis.path("end").asText());
        Instant warmupEnd = onset.plus(Duration.ofMinutes(CrisisConfig.defaults().detection.warmupMinutes));
        ScenarioSplit.split(scenario, onset, runDir.resolve("history"), runDir.resolve("live"));
        createTopics(Map.of("live-mentions", 4, "live-complaints", 2, "warm-alerts", 2, "cold-alerts", 2,
                "live-deadletter", 1));
        Path warmConfig = jobConfig("warm");
        Path savepoint = runDir.resolve("warm-savepoint");

        long t0 = System.nanoTime();
        // Written at parallelism 1 and restored at the cluster's 2: key groups are redistributed.
        command.run(Duration.ofSeconds(180), "java", "-jar", Repo.jobJar().toString(), "bootstrap",
                "--mentions", runDir.resolve("history/mentions.jsonl").toString(),
                "--complaints", runDir.resolve("history/complaints.jsonl").toString(),
                "--catalog", scenario.resolve("catalog.yaml").toString(), "--config", warmConfig.toString(),
                "--parallelism", "1", "--savepoint-out", savepoint.toString());
        report("bootstrap of the history into a savepoint (java -jar)", t0);
        assertThat(savepoint.resolve("_metadata")).isRegularFile();
        simulator("replay", runDir.resolve("live").toString(), "--bootstrap-servers", BOOTSTRAP,
                "--mentions-topic", "live-mentions", "--complaints-topic", "live-complaints", "--speed", "max", "--quiet");

        long t1 = System.nanoTime();
        String warmId = flink("resume", Repo.jobJar().toString(), prepend(savepoint.toString(),
                liveJobArgs(scenario, warmConfig, "crisiswatch-warm")));
        CLUSTER.awaitRunning(warmId);
        report("submission from the bootstrap savepoint until every task runs", t1);
        assertThat(URI.create(CLUSTER.restoredFrom(warmId)).getPath()).isEqualTo(savepoint.toString());
        List<JsonNode> warm;
        try (AlertCollector alerts = new AlertCollector(BOOTSTRAP, "warm-alerts")) {
            warm = alerts.pollUntil(a -> isDetection(a, topic, onset, end), Duration.ofSeconds(90));
        }
        print("of the warm job", warm);
        CLUSTER.cancelRunningJobs();

        long t2 = System.nanoTime();
        String coldId = flink("submit", Repo.jobJar().toString(), liveJobArgs(scenario, jobConfig("cold"), "crisiswatch-cold"));
        CLUSTER.awaitRunning(coldId);
        CLUSTER.awaitWatermark(coldId, "Detect per topic", warmupEnd.plus(Duration.ofMinutes(5)), Duration.ofSeconds(90));
        List<JsonNode> cold;
        try (AlertCollector alerts = new AlertCollector(BOOTSTRAP, "cold-alerts")) {
            cold = alerts.pollUntil(a -> false, Duration.ofSeconds(5));
        }
        report("cold job on the same input, until its detector's watermark passed the warm-up", t2);
        print("of the cold job", cold);

        JsonNode detected = warm.stream().filter(a -> isDetection(a, topic, onset, end)).findFirst().orElse(null);
        assertThat(detected).as("a WARNING/CRITICAL alert of the warm job on %s", topic).isNotNull();
        Instant detectedAt = Instant.parse(detected.path("eventTime").asText());
        System.out.printf("[e2e] warm job detected %s at event time %s, %s after onset%n", topic, detectedAt,
                Duration.between(onset, detectedAt));
        assertThat(detectedAt).as("warm detection while a cold job still learns").isBefore(warmupEnd);
        assertThat(warm).anyMatch(a -> isStatus(a, topic, "OPEN"));
        assertThat(cold).as("alerts of the cold job during its warm-up")
                .noneMatch(a -> Instant.parse(a.path("eventTime").asText()).isBefore(warmupEnd));
    }

    private static boolean isStatus(JsonNode alert, String topic, String status) {
        return status.equals(alert.path("status").asText()) && topic.equals(alert.path("topic").asText());
    }

    /** Job arguments of the live part: the same catalog, config and Kafka as the bootstrap's. */
    private static List<String> liveJobArgs(Path scenario, Path config, String name) {
        return List.of("--bootstrap-servers", BOOTSTRAP, "--catalog", scenario.resolve("catalog.yaml").toString(),
                "--config", config.toString(), "--job-name", name);
    }

    /** A job config that reads the live topics and writes alerts to NAME-alerts, with its own consumer group. */
    private static Path jobConfig(String name) throws IOException {
        Path file = runDir.resolve(name + ".yaml");
        Files.writeString(file, """
                topics: {mentions: live-mentions, complaints: live-complaints, alerts: %s-alerts, deadLetter: live-deadletter}
                kafka: {groupId: crisiswatch-%s}
                """.formatted(name, name));
        return file;
    }

    /** The broker does not create topics on first use (as in production): the tests create their own. */
    private static void createTopics(Map<String, Integer> partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
            admin.createTopics(partitions.entrySet().stream()
                    .map(t -> new NewTopic(t.getKey(), t.getValue(), (short) 1)).toList()).all().get();
        }
    }

    private static boolean isDetection(JsonNode alert, String topic, Instant onset, Instant end) {
        Instant at = Instant.parse(alert.path("eventTime").asText());
        return (isStatus(alert, topic, "OPEN") || isStatus(alert, topic, "UPDATE"))
                && ALARMING.contains(alert.path("severity").asText()) && !at.isBefore(onset) && !at.isAfter(end);
    }

    private static void print(String when, List<JsonNode> alerts) {
        System.out.printf("[e2e] alerts %s:%n", when);
        for (JsonNode a : alerts) {
            System.out.printf("[e2e]   %s %-8s %-8s %-20s %s%n", a.path("eventTime").asText(), a.path("status").asText(),
                    a.path("severity").asText(), a.path("kind").asText(), a.path("topic").asText());
        }
    }

    private static JsonNode firstCatalogCrisis(Path truth) throws IOException {
        for (JsonNode incident : JSON.readTree(truth.toFile()).path("incidents")) {
            if ("crisis".equalsIgnoreCase(incident.path("kind").asText())
                    && !incident.path("topic").asText().startsWith("emerging:")) {
                return incident;
            }
        }
        throw new IllegalStateException(truth + " has no crisis on a catalog topic");
    }

    private static String flink(String subcommand, String argument, List<String> more) throws Exception {
        List<String> cmd = Stream.concat(Stream.of(script("flink.sh"), subcommand, argument), more.stream()).toList();
        return command.run(Duration.ofSeconds(180), cmd);
    }

    private static void simulator(String... args) throws Exception {
        List<String> cmd = Stream.concat(Stream.of("java", "-jar", Repo.simulatorJar().toString()), Stream.of(args)).toList();
        command.run(Duration.ofSeconds(120), cmd);
    }

    private static List<String> prepend(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }

    private static String script(String name) {
        return Repo.file("deploy/local/" + name).toString();
    }

    private static void report(String what, long startNanos) {
        System.out.printf("[e2e] %s: %.1f s%n", what, (System.nanoTime() - startNanos) / 1e9);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
