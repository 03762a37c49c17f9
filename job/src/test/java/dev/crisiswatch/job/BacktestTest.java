package dev.crisiswatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertCodec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The backtest command line (CONTRACT section 4) on files with a crisis, a happy burst and broken records. */
class BacktestTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    static final Instant CRISIS = TestData.START.plus(Duration.ofHours(6));
    static final Instant BUZZ = TestData.START.plus(Duration.ofHours(7));

    @TempDir
    static Path dir;
    static Path mentions;
    static Path complaints;
    static Path catalog;

    @BeforeAll
    static void writeInputs() throws Exception {
        List<String> lines = TestData.mentions(CRISIS, BUZZ, 7);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            bytes.write((lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
            if (i == 100) bytes.write("{\"id\":\"bad1\",\"ts\":\"2026-03-02T01:00:00Z\",\"source\":\"twit\n".getBytes());
            if (i == 200) bytes.write("{\"id\":\"bad2\",\"source\":\"twitter\",\"text\":\"no time\"}\n".getBytes());
            if (i == 300) {
                bytes.write(("{\"id\":\"bad3\",\"ts\":\"2026-03-02T02:00:00Z\",\"source\":\"twitter\",\"text\":\"x\","
                        + "\"author\":{\"followers\":\"lots\"}}\n").getBytes());
            }
            if (i == 400) {
                bytes.write("{\"id\":\"bad4\",\"ts\":\"2026-03-02T03:00:00Z\",\"source\":\"twitter\",\"text\":\"caf".getBytes());
                bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
                bytes.write("\"}\n".getBytes());
            }
        }
        mentions = dir.resolve("mentions.jsonl");
        Files.write(mentions, bytes.toByteArray());
        complaints = TestData.write(dir, "complaints.jsonl", TestData.complaints(CRISIS, 11));
        catalog = dir.resolve("catalog.yaml");
        Files.writeString(catalog, TestData.CATALOG);
    }

    static List<Alert> backtest(String name, int parallelism) throws Exception {
        Path alerts = dir.resolve(name + ".jsonl");
        int code = new CommandLine(new CrisisJob()).execute("--mentions", mentions.toString(),
                "--complaints", complaints.toString(), "--catalog", catalog.toString(),
                "--alerts-out", alerts.toString(), "--parallelism", String.valueOf(parallelism));
        assertThat(code).isZero();
        List<Alert> out = new ArrayList<>();
        var schema = Schemas.load("alert");
        for (String l : Files.readAllLines(alerts)) {
            assertThat(Schemas.violations(schema, l)).as(l).isEmpty();
            out.add(AlertCodec.fromJson(l));
        }
        return out;
    }

    @Test
    void shouldOpenACrisisAlertInsideTheBurstAndStayCalmForHappyBuzz() throws Exception {
        List<Alert> alerts = backtest("alerts", 2);

        List<Alert> crisis = alerts.stream()
                .filter(a -> a.topic.equals("acme-delivery") && a.severity.isCrisis())
                .collect(Collectors.toList());
        assertThat(crisis).isNotEmpty();
        Alert first = crisis.get(0);
        Instant at = Instant.parse(first.eventTime);
        assertThat(at).isBetween(CRISIS, CRISIS.plus(Duration.ofMinutes(40)));
        assertThat(first.owners).containsExactly("pr-oncall", "cs-delivery-lead");
        assertThat(first.reasons).isNotEmpty();
        assertThat(first.samples).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(first.alertId).isNotBlank();
        assertThat(alerts.stream().filter(a -> a.topic.equals("acme-delivery") && a.status.name().equals("OPEN")))
                .as("one OPEN per incident").hasSize(1);

        assertThat(alerts).filteredOn(a -> a.topic.equals("acme-app")).noneMatch(a -> a.severity.isCrisis());
    }

    @Test
    void shouldSendEveryBrokenRecordToTheDeadLettersWithItsOriginAndReason() throws Exception {
        backtest("alerts-dl", 1);
        List<JsonNode> dead = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        var schema = Schemas.load("deadletter");
        for (String l : Files.readAllLines(dir.resolve("alerts-dl.deadletter.jsonl"))) {
            assertThat(Schemas.violations(schema, l)).as(l).isEmpty();
            dead.add(m.readTree(l));
        }
        assertThat(dead).hasSize(4);
        assertThat(dead).allSatisfy(d -> {
            assertThat(d.get("stream").asText()).isEqualTo("mentions");
            assertThat(d.get("origin").asText()).contains("mentions.jsonl:");
        });
        String reasons = dead.stream().map(d -> d.get("reason").asText()).collect(Collectors.joining("|"));
        assertThat(reasons).contains("invalid JSON").contains("'ts'").contains("author.followers");
        assertThat(dead).anySatisfy(d -> assertThat(d.has("payloadBase64")).isTrue());
    }

    @Test
    void shouldGiveTheSameAlertsWhateverTheParallelism() throws Exception {
        List<String> one = withoutWallClock(backtest("p1", 1));
        List<String> four = withoutWallClock(backtest("p4", 4));
        assertThat(one).isNotEmpty().isEqualTo(four);
    }

    /**
     * Alerts without what may legitimately differ between runs: the wall-clock {@code detectedAt}, and
     * the near-duplicate share, which each subtask measures over the posts it happens to see.
     */
    static List<String> withoutWallClock(List<Alert> alerts) {
        return alerts.stream().map(a -> {
            a.detectedAt = null;
            a.metrics.remove("nearDuplicateShare");
            return AlertCodec.toJson(a);
        }).collect(Collectors.toList());
    }
}
