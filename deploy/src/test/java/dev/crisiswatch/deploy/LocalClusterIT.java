package dev.crisiswatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole deployment on this machine: a KRaft broker and a Flink standalone cluster started by
 * deploy/local/*.sh, the shaded job jar submitted over REST, a generated crisis replayed into Kafka.
 * Then a stop with a savepoint and a resume from it in the middle of the incident.
 */
class LocalClusterIT {
    private static final String BOOTSTRAP = "127.0.0.1:9092";
    private static final String FLINK_REST = "http://127.0.0.1:8081";
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
        awaitRunning(jobId);
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
            awaitRunning(resumedId);
            report("savepoint round trip (stop with savepoint, resume, all tasks running)", t1);
            assertThat(rest("/jobs/" + resumedId + "/checkpoints").path("latest").path("restored")
                    .path("external_path").asText()).isEqualTo(savepoint);

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

    private static boolean isStatus(JsonNode alert, String topic, String status) {
        return status.equals(alert.path("status").asText()) && topic.equals(alert.path("topic").asText());
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

    private static void awaitRunning(String jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = rest("/jobs/" + jobId);
            String state = job.path("state").asText();
            if (Set.of("FAILED", "CANCELED", "FINISHED").contains(state)) {
                throw new AssertionError("job " + jobId + " is " + state + ": " + rest("/jobs/" + jobId + "/exceptions"));
            }
            boolean allTasksRunning = "RUNNING".equals(state) && job.path("vertices").size() > 0;
            for (JsonNode v : job.path("vertices")) allTasksRunning &= "RUNNING".equals(v.path("status").asText());
            if (allTasksRunning) return;
            Thread.sleep(250);
        }
        throw new AssertionError("job " + jobId + " not running after 60 s");
    }

    private static JsonNode rest(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(FLINK_REST + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
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
